import { useParams } from 'react-router';
import { AdminOnly } from '../../../features/admin/components/admin-only';
import { ReviewersPage } from '../../../features/admin/components/reviewers-page';

/** /admin/assessments/:id/reviewers (admins) */
export default function ReviewersRoute() {
  const { id = '' } = useParams();
  return (
    <AdminOnly>
      <ReviewersPage key={id} assessmentId={id} />
    </AdminOnly>
  );
}
