import { z } from 'zod';
import { AttemptScoreSchema, ChallengeScoreSchema, ScoreStatusSchema } from '../grading/score.schema';
import { ChoiceSchema, ObjectiveViewSchema } from '../reviews/objective-view.schema';

// The candidate report (admins only: it names the candidate and the reviewers). Browser-safe: zod only.

/** A span of the explanation a reviewer marked for a criterion: UTF-16 offsets [start, end) into `submission.explanation`. */
export const ReportSpanSchema = z.object({
  criterion: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  reviewerId: z.string(),
  /** The reviewer's name. */
  reviewer: z.string(),
});
export type ReportSpan = z.infer<typeof ReportSpanSchema>;

/** One submitted review (or the adjudication) as an admin reads it: levels, comments, spans, named. */
export const ReportReviewSchema = z.object({
  reviewerId: z.string(),
  reviewer: z.string(),
  role: z.enum(['reviewer', 'adjudicator']),
  /** The reviewer is paused from new items now (calibration): their scores here stay, and are marked. */
  paused: z.boolean(),
  submittedAt: z.string().nullable(),
  /** criterion id → picked level index (0 = lowest). */
  levels: z.record(z.string(), z.number()),
  /** criterion id → comment. */
  comments: z.record(z.string(), z.string()),
  comment: z.string(),
  /** The adjudicator's reason for the final scores; null for reviewers. */
  reason: z.string().nullable(),
  spans: z.array(z.object({ criterion: z.string(), start: z.number().int(), end: z.number().int() })),
});
export type ReportReview = z.infer<typeof ReportReviewSchema>;

/** Hidden-test results as counts (per group and per verdict), as staff see a submit; no inputs, expected values or timings. */
export const ReportTestsSchema = z.object({
  compile: z.object({ ok: z.boolean(), output: z.string() }).nullable(),
  passed: z.number().nullable(),
  total: z.number(),
  groups: z.array(z.object({ name: z.string(), passed: z.number(), total: z.number() })),
  verdicts: z.record(z.string(), z.number()),
});

const ChoiceOnSchema = z.object({ challengeId: z.string(), title: z.string(), choice: ChoiceSchema.nullable() });

/**
 * A compare challenge and its `swapOf` probe (the same two answers shown in
 * the opposite order) in one attempt: did the candidate's pick follow the
 * answer (the same response both times), the position (the same label both
 * times), or was it `equal` both times? `mixed`: equal once only;
 * `unanswered`: a preference is missing; `not_swapped`: the orders were not
 * reversed, so the pick cannot tell.
 */
export const PositionBiasSchema = z.object({
  outcome: z.enum(['followed_answer', 'followed_position', 'equal_both', 'mixed', 'unanswered', 'not_swapped']),
  original: ChoiceOnSchema,
  probe: ChoiceOnSchema,
});
export type PositionBias = z.infer<typeof PositionBiasSchema>;

/** One challenge of the report: the final code, its tests, the explanation with spans, every review, and the score with its steps. */
export const ReportChallengeSchema = z.object({
  challengeId: z.string(),
  title: z.string(),
  kind: z.string(),
  version: z.number(),
  /** The submit that counts (the one under review, else the last); null when nothing was submitted. */
  submission: z.object({ id: z.string(), language: z.string(), code: z.string(), explanation: z.string().nullable(), status: z.string(), submittedAt: z.string() }).nullable(),
  tests: ReportTestsSchema.nullable(),
  /** The rubric's criteria (at the review's pinned version), to name what the levels and spans refer to. */
  criteria: z.array(z.object({ id: z.string(), title: z.string(), weight: z.number(), levels: z.array(z.object({ points: z.number(), descriptor: z.string() })) })),
  review: z
    .object({
      itemId: z.string(),
      status: z.enum(['open', 'adjudication', 'final']),
      rubricVersion: z.number(),
      required: z.number(),
      reviews: z.array(ReportReviewSchema),
      adjudication: ReportReviewSchema.nullable(),
    })
    .nullable(),
  /** Every reviewer's spans, in order of their start. */
  spans: z.array(ReportSpanSchema),
  /** Review and compare kinds: the objective results of the submit that counts (null for the other kinds, or with nothing submitted). */
  objective: ObjectiveViewSchema.nullable(),
  /** A compare challenge with `swapOf` whose original is in the attempt too: the position-bias line; null otherwise. */
  positionBias: PositionBiasSchema.nullable(),
  score: ChallengeScoreSchema,
});
export type ReportChallenge = z.infer<typeof ReportChallengeSchema>;

/** GET /api/v1/attempts/:id/report: the candidate report, printable as it is. */
export const AttemptReportSchema = z.object({
  attempt: z.object({
    id: z.string(),
    assessmentId: z.string(),
    assessmentTitle: z.string(),
    email: z.string(),
    startedAt: z.string(),
    deadlineAt: z.string(),
    finishedAt: z.string().nullable(),
    finishReason: z.string().nullable(),
    finalAt: z.string().nullable(),
  }),
  /** The score's status: `provisional` while the attempt runs or a counted part (a review) is missing. */
  status: ScoreStatusSchema,
  score: AttemptScoreSchema,
  challenges: z.array(ReportChallengeSchema),
  /** Reviewer id → name, for the score sets and steps that name reviewers by id. */
  reviewers: z.record(z.string(), z.string()),
  generatedAt: z.string(),
});
export type AttemptReport = z.infer<typeof AttemptReportSchema>;

/** `:id` of the report route. */
export const ReportParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });
