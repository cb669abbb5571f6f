import { Badge } from '../../../components/ui/badge';
import { formatDateTime } from '../../../lib/time';
import type { RubricDocument } from '../api/rubrics';

/** The rubric's versions (how many reviews each has, which is current) and every revision, newest first: who, when, why. */
export function RubricHistory({ doc }: { doc: RubricDocument }) {
  if (!doc.history.length) return <p className="muted">No rubric yet: the first save makes version 1.</p>;
  return (
    <div className="rubric-history">
      <table className="data-table">
        <caption className="visually-hidden">Rubric versions and the reviews that use them</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Reviews</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {doc.versions.map((v) => (
            <tr key={v.version}>
              <th scope="row">
                v{v.version} <span className="muted">rev. {v.revision}</span>
              </th>
              <td>{v.reviews}</td>
              <td>{v.current ? <Badge tone="brand">Current</Badge> : <Badge tone="warning">Outdated: its reviews keep it</Badge>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol className="rubric-revisions" aria-label="Revisions, newest first">
        {doc.history.map((r) => (
          <li key={`${r.version}.${r.revision}`}>
            <p className="rubric-revision-head">
              <Badge tone={doc.current && r.version === doc.current.version && r.revision === doc.current.revision ? 'brand' : 'neutral'}>
                v{r.version}.{r.revision}
              </Badge>
              <span>{formatDateTime(r.createdAt)}</span>
              <span className="muted">{r.editedBy ? `by ${r.editedBy.name}` : 'from the challenge files'}</span>
              <span className="muted">challenge v{r.challengeVersion}</span>
            </p>
            {r.note && <p className="rubric-revision-note">{r.note}</p>}
          </li>
        ))}
      </ol>
    </div>
  );
}
