import { useParams } from 'react-router';
import { AttemptWorkspace } from '../../features/candidate/components/attempt-workspace';

/** /attempt and /attempt/:challengeId */
export default function AttemptRoute() {
  const { challengeId } = useParams();
  return <AttemptWorkspace challengeId={challengeId} />;
}
