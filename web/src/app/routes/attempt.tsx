import { useParams } from 'react-router';
import { AttemptWorkspace } from '../../features/candidate/components/attempt-workspace';
import { preloadCodeEditor } from '../../components/editor/lazy-code-editor';

// Monaco loads while the attempt and the challenge are still being fetched,
// not after them: the editor is the largest part of this page.
void preloadCodeEditor();

/** /attempt and /attempt/:challengeId */
export default function AttemptRoute() {
  const { challengeId } = useParams();
  return <AttemptWorkspace challengeId={challengeId} />;
}
