import { useParams } from 'react-router';
import { AdminOnly } from '../../../features/admin/components/admin-only';
import { AgreementPage } from '../../../features/admin/components/agreement-page';

/** /admin/assessments/:id/agreement (admins: the figures name reviewers) */
export default function AgreementRoute() {
  const { id = '' } = useParams();
  return (
    <AdminOnly>
      <AgreementPage key={id} assessmentId={id} />
    </AdminOnly>
  );
}
