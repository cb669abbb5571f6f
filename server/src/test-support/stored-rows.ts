import type { AssessmentRepo } from '../assessments/assessment.repo';
import type { AttemptRepo, AttemptRow } from '../attempts/attempt.repo';
import { ChallengeRepo } from '../challenges/challenge.repo';
import type { Database } from '../db/client';
import { systemClock } from '../lib/clock';
import { newId } from '../lib/ids';
import { addChallenge } from './factories';

/** One challenge, assessment, invite and started attempt, written through the repositories (for repository tests). */
export async function storedAttempt(
  database: Database,
  repos: { assessments: AssessmentRepo; attempts: AttemptRepo },
): Promise<{ assessmentId: string; challengeId: string; attempt: AttemptRow }> {
  const challenge = addChallenge();
  await new ChallengeRepo(database.db, systemClock).save(challenge);
  const assessmentId = newId();
  const now = new Date();
  await repos.assessments.create(
    { id: assessmentId, title: 'T', description: '', durationMinutes: 30, languages: ['python'], opensAt: null, closesAt: null, feedback: 'full', createdBy: null, createdAt: now },
    [challenge.id],
  );
  const inviteId = newId();
  await repos.assessments.insertInvites([
    { id: inviteId, assessmentId, email: 'a@example.com', tokenHash: newId(), extraMinutes: 0, expiresAt: new Date(now.getTime() + 86_400_000), createdAt: now },
  ]);
  const attempt = await repos.attempts.start({
    id: newId(),
    assessmentId,
    inviteId,
    email: 'a@example.com',
    versions: { [challenge.id]: 1 },
    startedAt: now,
    deadlineAt: new Date(now.getTime() + 1_800_000),
  });
  return { assessmentId, challengeId: challenge.id, attempt: attempt! };
}
