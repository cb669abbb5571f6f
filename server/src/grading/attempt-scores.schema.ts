import { z } from 'zod';
import { AttemptScoreSchema, ChallengeScoreSchema, ScoreStatusSchema } from './score.schema';

/**
 * An attempt's score as grading states it (`AttemptScores.forAttempt`):
 * who, when, and the score with every challenge's. `status` is the score's:
 * `provisional` while the attempt runs or a counted part is missing,
 * `final` once nothing is. Times are ISO 8601. Staff and webhooks only.
 */
export const AttemptResultSchema = z.object({
  attemptId: z.string(),
  assessmentId: z.string(),
  email: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** When the score became final (set once; `attempt.final` fired then); null until it is. */
  finalAt: z.string().nullable(),
  status: ScoreStatusSchema,
  score: AttemptScoreSchema,
  /** In the assessment's order. */
  challenges: z.array(ChallengeScoreSchema),
});
export type AttemptResult = z.infer<typeof AttemptResultSchema>;
