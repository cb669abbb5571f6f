import { z } from 'zod';

/** Decimal places of every score and value in a result (0.7475 = 74.75 %); the maths before is exact. */
export const SCORE_DECIMALS = 4;

/** The parts of a challenge's score (challenge.yaml `scoring.weights`). */
export const ScorePartSchema = z.enum(['tests', 'objective', 'rubric']);
export type ScorePart = z.infer<typeof ScorePartSchema>;

/** `provisional` while a part that counts (weight above 0) is missing; `final` once none is. */
export const ScoreStatusSchema = z.enum(['provisional', 'final']);
export type ScoreStatus = z.infer<typeof ScoreStatusSchema>;

/** A part that keeps a score provisional, and why ("1 of 2 reviews final"). */
export const MissingPartSchema = z.object({ challengeId: z.string(), part: ScorePartSchema, reason: z.string() });
export type MissingPart = z.infer<typeof MissingPartSchema>;

/** One criterion of one score set: the picked level (0 = lowest), its points, and those points × the weight. */
export const CriterionScoreSchema = z.object({
  criterion: z.string(),
  level: z.number().int(),
  descriptor: z.string(),
  points: z.number(),
  weight: z.number(),
  weighted: z.number(),
});

/** A gate as applied to one score set: what was reached against the minimum. `criterion` null: the total. */
export const GateCheckSchema = z.object({ criterion: z.string().nullable(), minPoints: z.number(), reached: z.number(), passed: z.boolean() });
export type GateCheck = z.infer<typeof GateCheckSchema>;

/**
 * One final score set (a reviewer's, or the adjudicator's) scored with the
 * rubric: `total` of `fullMarks` points (after the floor, which `floored`
 * says lifted it), the gates, and `value` = total / fullMarks, or 0 when a
 * gate failed.
 */
export const RubricSetScoreSchema = z.object({
  reviewer: z.string(),
  adjudicated: z.boolean(),
  criteria: z.array(CriterionScoreSchema),
  total: z.number(),
  fullMarks: z.number(),
  floored: z.boolean(),
  gates: z.array(GateCheckSchema),
  value: z.number(),
});
export type RubricSetScore = z.infer<typeof RubricSetScoreSchema>;

/** The rubric part: every final set scored, and their mean (null while the part is missing). */
export const RubricPartSchema = z.object({
  scoring: z.enum(['positive', 'negative']),
  sets: z.array(RubricSetScoreSchema),
  value: z.number().nullable(),
});
export type RubricPart = z.infer<typeof RubricPartSchema>;

/** One weighted part of a challenge's score: `contribution` = weight × value (0 while missing). */
export const ComponentScoreSchema = z.object({ part: ScorePartSchema, weight: z.number(), value: z.number().nullable(), contribution: z.number() });
export type ComponentScore = z.infer<typeof ComponentScoreSchema>;

/**
 * A challenge's score in [0, 1] (`exact`: the same as a reduced fraction,
 * "2991/4000"), its parts, what is still missing, and `steps`: the
 * computation in lines a report can print as they are.
 */
export const ChallengeScoreSchema = z.object({
  challengeId: z.string(),
  status: ScoreStatusSchema,
  score: z.number(),
  exact: z.string(),
  components: z.array(ComponentScoreSchema),
  rubric: RubricPartSchema.nullable(),
  missing: z.array(MissingPartSchema),
  steps: z.array(z.string()),
});
export type ChallengeScore = z.infer<typeof ChallengeScoreSchema>;

/** An attempt's score: the weighted mean of its challenges' (`share` = a challenge's weight / all weights). */
export const AttemptScoreSchema = z.object({
  status: ScoreStatusSchema,
  score: z.number(),
  exact: z.string(),
  challenges: z.array(z.object({ challengeId: z.string(), share: z.number(), status: ScoreStatusSchema, score: z.number(), contribution: z.number() })),
  missing: z.array(MissingPartSchema),
  steps: z.array(z.string()),
});
export type AttemptScore = z.infer<typeof AttemptScoreSchema>;
