import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { Icon } from '../../../components/ui/icon';
import { LoadState } from '../../../components/ui/load-state';
import { PageHeader } from '../../../components/ui/page-header';
import { Button } from '../../../components/ui/button';
import { useApi } from '../../../lib/api-context';
import { formatRelative } from '../../../lib/relative-time';
import { formatDateTime } from '../../../lib/time';
import { useResource } from '../../../lib/use-resource';
import { useLanguages } from '../../../lib/languages';
import { getReviewQueue } from '../api/reviews';

/** The blind review queue, oldest first: which challenge, in which language, when, and how long the explanation is. Never who wrote it. */
export function ReviewQueue() {
  const { label: languageLabel } = useLanguages();
  const api = useApi();
  const queue = useResource(() => getReviewQueue(api), 'queue');
  return (
    <div className="staff-page">
      <PageHeader
        title="Review queue"
        meta="Final submissions with an explanation to judge, oldest first. Reviews are blind: you never see who wrote one, nor other reviewers’ scores."
        actions={
          <Button onClick={() => void queue.reload()} busy={queue.loading && queue.data !== undefined} icon={<Icon name="refresh" size={15} />}>
            Refresh
          </Button>
        }
      />
      <LoadState data={queue.data} error={queue.error} label="Loading the queue…" retry={() => void queue.reload()}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState icon="checkCircle" title="Nothing to review">
              Submissions with an explanation appear here once their tests have run.
            </EmptyState>
          ) : (
            <section className="card table-card">
              <div className="table-scroll">
                <table className="data-table">
                  <caption className="visually-hidden">Submissions waiting for review</caption>
                  <thead>
                    <tr>
                      <th scope="col">Challenge</th>
                      <th scope="col">Kind</th>
                      <th scope="col">Language</th>
                      <th scope="col">Submitted</th>
                      <th scope="col" className="num">
                        Explanation
                      </th>
                      <th scope="col">
                        <span className="visually-hidden">Open</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((item, i) => (
                      <tr key={item.submissionId}>
                        <th scope="row">
                          <Link to={`/review/${encodeURIComponent(item.submissionId)}`} className="row-link">
                            {item.challengeTitle}
                          </Link>
                          <span className="row-sub">Item {i + 1}</span>
                        </th>
                        <td>
                          <Badge tone="brand">{item.kind}</Badge>
                        </td>
                        <td>{languageLabel(item.language)}</td>
                        <td>
                          <time dateTime={item.submittedAt} title={formatDateTime(item.submittedAt)}>
                            {formatRelative(item.submittedAt)}
                          </time>
                        </td>
                        <td className="num">{item.explanationWords ? `${item.explanationWords} words` : <span className="muted">answers only</span>}</td>
                        <td className="actions-cell">
                          <Link
                            to={`/review/${encodeURIComponent(item.submissionId)}`}
                            className="btn btn-secondary btn-sm"
                            aria-label={`Review item ${i + 1}: ${item.challengeTitle}`}
                          >
                            Review
                            <Icon name="arrowRight" size={14} />
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )
        }
      </LoadState>
    </div>
  );
}
