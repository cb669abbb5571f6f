import { useParams } from 'react-router';
import { PublicLayout } from '../../components/layouts/public-layout';
import { InviteLanding } from '../../features/candidate/components/invite-landing';

/** /invite/:token */
export default function InviteRoute() {
  const { token = '' } = useParams();
  return (
    <PublicLayout>
      <InviteLanding token={token} />
    </PublicLayout>
  );
}
