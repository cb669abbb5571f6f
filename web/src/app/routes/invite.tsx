import { useParams } from 'react-router';
import { PublicLayout } from '../../components/layouts/public-layout';
import { InviteLanding } from '../../features/candidate/components/invite-landing';
import { whenIdle } from '../../lib/idle';

/**
 * Once the landing shows Start and the page is idle, fetches the attempt
 * page and loads the editor, so that Start leads to a ready Monaco. The mark lets the bench tell the
 * landing's own bytes from the prefetch.
 */
function prefetchAttempt(): () => void {
  return whenIdle(() => {
    performance.mark('assay:editor-prefetch');
    void import('./attempt');
    void import('../../components/editor/lazy-code-editor').then((m) => m.preloadCodeEditor());
  });
}

/** /invite/:token */
export default function InviteRoute() {
  const { token = '' } = useParams();
  return (
    <PublicLayout>
      <InviteLanding token={token} onStartable={prefetchAttempt} />
    </PublicLayout>
  );
}
