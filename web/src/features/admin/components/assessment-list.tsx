import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadState } from '../../../components/ui/load-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useApi } from '../../../lib/api-context';
import { useStaffUser } from '../../../lib/staff-session';
import { formatDateTime, formatMinutes } from '../../../lib/time';
import { useResource } from '../../../lib/use-resource';
import { useLanguages } from '../../../lib/languages';
import { listAssessments, type AssessmentView } from '../api/assessments';
import { AssessmentWindow } from './assessment-window';
import { Icon } from '../../../components/ui/icon';

/** Every assessment: what it contains, when it is open, and how many candidates were invited, started and finished. */
export function AssessmentList() {
  const api = useApi();
  const admin = useStaffUser().role === 'admin';
  const assessments = useResource(() => listAssessments(api), 'assessments');
  const newButton = admin && (
    <Link to="/admin/assessments/new" className="btn btn-primary btn-md">
      <Icon name="plus" size={15} />
      New assessment
    </Link>
  );
  return (
    <div className="staff-page">
      <PageHeader title="Assessments" meta="Timed sets of challenges. Invite candidates from an assessment’s page and watch their attempts live." actions={newButton} />
      <LoadState data={assessments.data} error={assessments.error} label="Loading assessments…" retry={() => void assessments.reload()}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState icon="calendar" title="No assessments yet" action={newButton}>
              An assessment puts challenges in order, sets the time and languages, and gives each candidate a single-use link.
            </EmptyState>
          ) : (
            <AssessmentTable list={list} />
          )
        }
      </LoadState>
    </div>
  );
}

function AssessmentTable({ list }: { list: AssessmentView[] }) {
  const { label: languageLabel } = useLanguages();
  return (
    <section className="card table-card">
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Assessments</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col" className="num">
                Challenges
              </th>
              <th scope="col">Languages</th>
              <th scope="col">Duration</th>
              <th scope="col">Window</th>
              <th scope="col" className="num">
                Invited
              </th>
              <th scope="col" className="num">
                Started
              </th>
              <th scope="col" className="num">
                Finished
              </th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {[...list].reverse().map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link to={`/admin/assessments/${encodeURIComponent(a.id)}`} className="row-link">
                    {a.title}
                  </Link>
                </th>
                <td className="num">{a.challenges.length}</td>
                <td className="lang-cell">{a.languages.map(languageLabel).join(', ')}</td>
                <td>{formatMinutes(a.durationMinutes)}</td>
                <td>
                  <AssessmentWindow opensAt={a.opensAt} closesAt={a.closesAt} />
                </td>
                <td className="num">{a.counts.invited}</td>
                <td className="num">{a.counts.started}</td>
                <td className="num">{a.counts.finished > 0 ? <Badge tone="success">{a.counts.finished}</Badge> : a.counts.finished}</td>
                <td>{formatDateTime(a.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
