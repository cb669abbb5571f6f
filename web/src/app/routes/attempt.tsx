import { useParams } from 'react-router';
import { AttemptWorkspace } from '../../features/candidate/components/attempt-workspace';

// Monaco is not evaluated here: its evaluation would hold the main thread
// while the attempt and challenge arrive, and the plain editor shows the
// code first (lazy-code-editor). Its chunks are already on the way: the
// server names them in this page's HTML (server/src/ops/web-preload.ts).

/** /attempt and /attempt/:challengeId */
export default function AttemptRoute() {
  const { challengeId } = useParams();
  return <AttemptWorkspace challengeId={challengeId} />;
}
