import { isCritique } from '../challenges/challenge.schema';
import type { SubmissionRepo } from '../submissions/submission.repo';
import type { AttemptView } from './attempt.schema';
import type { AttemptContext, AttemptService } from './attempt.service';

/**
 * The candidate's view of their attempt: no scores, no hidden data, the
 * time by the server's clock. The page polls it, so it reads summaries
 * only: no code, no draft text, no stored result.
 */
export async function presentAttempt(context: AttemptContext, deps: { attempts: AttemptService; submissionRepo: SubmissionRepo; clock: { now(): Date } }): Promise<AttemptView> {
  const { attempt, assessment } = context;
  const rows = await deps.submissionRepo.summaries(attempt.id);
  const drafted = await deps.attempts.draftedChallenges(attempt.id);
  const feedback = deps.attempts.feedbackFor(context);
  const challenges = await Promise.all(
    (await deps.attempts.challengeOrder(attempt)).map(async (id) => {
      const { stored, languages } = await deps.attempts.challengeFor(context, id);
      const mine = rows.filter((r) => r.challengeId === id);
      const lastSubmit = mine.find((r) => r.kind === 'submit');
      return {
        id,
        title: stored.challenge.meta.title,
        kind: stored.challenge.meta.kind,
        languages,
        state: lastSubmit ? ('submitted' as const) : drafted.has(id) || mine.length ? ('in_progress' as const) : ('not_started' as const),
        lastSubmission: lastSubmit
          ? {
              id: lastSubmit.id,
              kind: 'submit' as const,
              status: lastSubmit.status,
              // Review and compare submits say only that they were submitted: any count would tell the key.
              passed: lastSubmit.status === 'done' && feedback !== 'none' && !isCritique(stored.challenge.meta.kind) ? lastSubmit.passed : null,
              total: isCritique(stored.challenge.meta.kind) ? 0 : stored.challenge.tests.hidden.length,
              createdAt: lastSubmit.createdAt.toISOString(),
            }
          : null,
      };
    }),
  );
  return {
    id: attempt.id,
    status: attempt.finishedAt ? 'finished' : 'active',
    assessment: { title: assessment.title, description: assessment.description },
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt.toISOString(),
    serverNow: deps.clock.now().toISOString(),
    remainingMs: deps.attempts.remainingMs(attempt),
    finishedAt: attempt.finishedAt?.toISOString() ?? null,
    finishReason: attempt.finishReason ?? null,
    challenges,
  };
}
