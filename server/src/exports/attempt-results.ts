import type { AttemptResult } from '../grading/attempt-scores.schema';

export type { AttemptResult };

/**
 * Where exports and webhooks read an attempt's result: grading's
 * `AttemptScores.forAttempt` and `forAttempts`, narrowed to those calls so unit tests can
 * pass a fake. An unknown attempt is null, undefined or a thrown error.
 */
export interface AttemptResults {
  forAttempt(attemptId: string): Promise<AttemptResult | null | undefined>;
  /** Several attempts in a few queries, in the order asked, unknown ids left out (exports score a page at once). */
  forAttempts(attemptIds: readonly string[]): Promise<AttemptResult[]>;
}
