import { ChallengeList } from '../../../features/admin/components/challenge-list';

/** /admin/challenges */
export default function ChallengesRoute() {
  return <ChallengeList />;
}
