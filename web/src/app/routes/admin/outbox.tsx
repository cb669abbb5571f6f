import { useParams } from 'react-router';
import { AdminOnly } from '../../../features/admin/components/admin-only';
import { OutboxPage } from '../../../features/admin/components/outbox-page';

/** /admin/assessments/:id/outbox (admins): the assessment's invite emails to copy. */
export default function OutboxRoute() {
  const { id = '' } = useParams();
  return (
    <AdminOnly>
      <OutboxPage key={id} assessmentId={id} />
    </AdminOnly>
  );
}
