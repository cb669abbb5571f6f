import { useParams } from 'react-router';
import { AdminOnly } from '../../../features/admin/components/admin-only';
import { AttemptDetailPage } from '../../../features/admin/components/attempt-detail';

/** /admin/attempts/:id (admins: it names the candidate, so reviewers never see it) */
export default function AttemptRoute() {
  const { id = '' } = useParams();
  return (
    <AdminOnly>
      <AttemptDetailPage key={id} id={id} />
    </AdminOnly>
  );
}
