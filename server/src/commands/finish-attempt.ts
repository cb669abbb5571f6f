import type { AttemptRow, AttemptService } from '../attempts/attempt.service';
import type { DomainEvents } from '../lib/domain-events';
import type { SubmissionService } from '../submissions/submission.service';

/**
 * Finishing an attempt spans two domains: the attempt closes (attempts/),
 * then each challenge's latest draft is submitted when it is newer than its
 * last submit (submissions/). Used by `POST /api/v1/attempt/finish` and the
 * deadline sweeper.
 */
export class FinishAttempt {
  constructor(
    private readonly deps: {
      attempts: Pick<AttemptService, 'close' | 'latestDrafts' | 'expired'>;
      submissions: Pick<SubmissionService, 'submitFinal'>;
      /** Hears `attempt.submitted` once the final submits are queued. */
      events?: Pick<DomainEvents, 'emit'>;
      /** Grading's `AttemptScores.refresh`: with nothing left to judge or review, the score is final at once. */
      refreshScore?: (attemptId: string) => Promise<unknown>;
    },
  ) {}

  /** Finishes one attempt; a second call (or a lost race) changes nothing and submits nothing. */
  async run(attemptId: string, reason: 'candidate' | 'deadline'): Promise<AttemptRow> {
    const { attempt, closed } = await this.deps.attempts.close(attemptId, reason);
    if (!closed) return attempt;
    for (const { challengeId, draft, savedAt } of await this.deps.attempts.latestDrafts(attempt)) {
      await this.deps.submissions.submitFinal(attempt, challengeId, draft, savedAt);
    }
    await this.deps.events?.emit('attempt.submitted', { attemptId: attempt.id, assessmentId: attempt.assessmentId, at: attempt.finishedAt ?? new Date() });
    await this.deps.refreshScore?.(attempt.id);
    return attempt;
  }

  /** Finishes every attempt past deadline + grace; returns how many. Run by the sweeper. */
  async sweep(): Promise<number> {
    const ids = await this.deps.attempts.expired();
    for (const id of ids) await this.run(id, 'deadline');
    return ids.length;
  }
}
