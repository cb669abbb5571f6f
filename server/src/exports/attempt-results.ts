import type { AttemptScore, ChallengeScore, ScoreStatus } from '../grading/score.schema';

/**
 * An attempt's result as grading reports it: the shape of the scores
 * part's `AttemptScores.forAttempt` (issue 9 plan), which exports and
 * webhook bodies are built from.
 */
export interface AttemptResult {
  attemptId: string;
  assessmentId: string;
  email: string;
  finishedAt: Date | null;
  status: ScoreStatus;
  score: AttemptScore;
  challenges: ChallengeScore[];
}

/**
 * Where exports and webhooks read results from. Narrow on purpose, so
 * grading's `AttemptScores` fits it as is and unit tests pass a fake.
 * Null (or undefined) when there is no such attempt.
 */
export interface AttemptResults {
  forAttempt(attemptId: string): Promise<AttemptResult | null | undefined>;
}
