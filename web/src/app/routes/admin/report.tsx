import { useParams } from 'react-router';
import { AdminOnly } from '../../../features/admin/components/admin-only';
import { ReportPage } from '../../../features/admin/components/report-page';
// The report's screen and print styles, loaded with its page only.
import '../../../features/admin/components/report.css';

/** /admin/attempts/:id/report (admins: it names the candidate and the reviewers) */
export default function ReportRoute() {
  const { id = '' } = useParams();
  return (
    <AdminOnly>
      <ReportPage key={id} id={id} />
    </AdminOnly>
  );
}
