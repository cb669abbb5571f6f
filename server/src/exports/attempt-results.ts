import type { AttemptResult } from '../grading/attempt-scores.schema';

export type { AttemptResult };

/**
 * Where exports and webhooks read an attempt's result: grading's
 * `AttemptScores.forAttempt`, narrowed to that one call so unit tests can
 * pass a fake. An unknown attempt is null, undefined or a thrown error.
 */
export interface AttemptResults {
  forAttempt(attemptId: string): Promise<AttemptResult | null | undefined>;
}
