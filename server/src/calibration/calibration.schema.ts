import { z } from 'zod';

/**
 * The calibration API's contract (admins only): gold items, each reviewer's
 * accuracy against gold and agreement with peers, pauses, and the
 * assessment's agreement figures. Browser-safe; exported through
 * `contract/index.ts`.
 */

const Id = z.string().min(1).max(100);

/** POST /api/v1/review-items/:itemId/gold: the reference level index (0 = lowest) of every criterion of the item's rubric version. */
export const GoldBodySchema = z.strictObject({
  levels: z.record(z.string().min(1).max(100), z.number().int().min(0).max(99)),
});
export type GoldBody = z.infer<typeof GoldBodySchema>;

/** A gold (calibration) item as admins see it. `retired` items take no new claims; their submitted reviews still count. */
export const GoldItemSchema = z.object({
  itemId: z.string(),
  /** The scored item it was made from (same submission), when that item still exists. */
  sourceItemId: z.string().nullable(),
  challengeId: z.string(),
  challengeTitle: z.string(),
  rubricVersion: z.number().int(),
  goldLevels: z.record(z.string(), z.number().int()),
  status: z.enum(['active', 'retired']),
  /** Reviewers who submitted scores on it. */
  reviews: z.number().int(),
  createdAt: z.string(),
  retiredAt: z.string().nullable(),
});
export type GoldItem = z.infer<typeof GoldItemSchema>;

/** One agreement figure with the number of items behind it and its plain-language reading; `value` null when there is not enough data or the figure is undefined. */
export const FigureSchema = z.object({
  value: z.number().nullable(),
  /** `ok`; `not_enough_data` (fewer items than `minItems`); `undefined` (the data cannot show agreement, see `note`). */
  status: z.enum(['ok', 'not_enough_data', 'undefined']),
  /** Items (units) behind the figure. */
  items: z.number().int(),
  /** Fewest items a figure is shown for. */
  minItems: z.number().int(),
  reading: z.object({ band: z.string(), text: z.string() }),
  /** Why there is no number, or what the figure rests on. */
  note: z.string().nullable(),
});
export type Figure = z.infer<typeof FigureSchema>;

/** A reviewer as the calibration pages name them (admins only). */
export const ReviewerRefSchema = z.object({ id: z.string(), name: z.string(), email: z.string(), paused: z.boolean() });
export type ReviewerRef = z.infer<typeof ReviewerRefSchema>;

/** A reviewer's pause: they take no new items; their scores stay and are marked. */
export const PauseViewSchema = z.object({
  reviewerId: z.string(),
  reason: z.string(),
  pausedAt: z.string(),
  pausedBy: z.string().nullable(),
});
export type PauseView = z.infer<typeof PauseViewSchema>;

/** One line of GET /api/v1/assessments/:id/reviewers. */
export const ReviewerStatsSchema = z.object({
  reviewer: ReviewerRefSchema,
  role: z.enum(['admin', 'reviewer']),
  pause: PauseViewSchema.nullable(),
  /** Submitted reviews of this assessment's scored items. */
  scoredItems: z.number().int(),
  gold: z.object({
    /** Gold items this reviewer submitted. */
    items: z.number().int(),
    /** Criteria compared with the reference (items × criteria). */
    criteria: z.number().int(),
    /** Share of criteria where the reviewer picked the reference level; null with no gold item. */
    accuracy: z.number().nullable(),
    /** Mean |picked level − reference level|, in level steps; null with no gold item. */
    meanDistance: z.number().nullable(),
  }),
  peers: z.object({
    /** Scored items this reviewer and at least one peer submitted. */
    items: z.number().int(),
    /** (item, criterion, peer) pairs compared. */
    pairs: z.number().int(),
    /** Quadratic-weighted Cohen's kappa of this reviewer against their peers, pooled over criteria (levels scaled to [0, 1]). */
    kappa: z.number().nullable(),
    reading: z.object({ band: z.string(), text: z.string() }),
    note: z.string().nullable(),
  }),
  flagged: z.boolean(),
  /** Why flagged, one sentence each. */
  flags: z.array(z.string()),
});
export type ReviewerStats = z.infer<typeof ReviewerStatsSchema>;

/** GET /api/v1/assessments/:id/reviewers. */
export const ReviewersReportSchema = z.object({
  assessmentId: z.string(),
  threshold: z.number(),
  /** Fewest gold items (and, separately, shared scored items) before a figure can flag a reviewer. */
  minItems: z.number().int(),
  reviewers: z.array(ReviewerStatsSchema),
});
export type ReviewersReport = z.infer<typeof ReviewersReportSchema>;

/** POST /api/v1/reviewers/:userId/pause. */
export const PauseBodySchema = z.strictObject({ reason: z.string().trim().min(1, 'say why the reviewer is paused').max(2_000) });
export const ReviewerParamsSchema = z.strictObject({ userId: Id });
export const ReviewItemIdParamsSchema = z.strictObject({ itemId: Id });

/** Cohen's kappa of one reviewer pair, unweighted and quadratic-weighted. */
export const PairKappaSchema = z.object({
  reviewers: z.tuple([ReviewerRefSchema, ReviewerRefSchema]),
  unweighted: FigureSchema,
  weighted: FigureSchema,
});

/** Agreement on one criterion of one challenge's rubric version (values: level indexes), or on the rubric part overall (values: scores in [0, 1]). */
export const AgreementSectionSchema = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(['criterion', 'overall']),
  challengeId: z.string().nullable(),
  criterionId: z.string().nullable(),
  rubricVersion: z.number().int().nullable(),
  /** Items with at least one submitted review in this section. */
  items: z.number().int(),
  reviewers: z.number().int(),
  alpha: z.object({ nominal: FigureSchema, ordinal: FigureSchema, interval: FigureSchema }),
  /** Overall only: ICC(2,1) and ICC(2,k) of the items with k complete reviews; k in `iccRaters`. */
  icc: z.object({ single: FigureSchema, average: FigureSchema, raters: z.number().int() }).nullable(),
  pairs: z.array(PairKappaSchema),
});
export type AgreementSection = z.infer<typeof AgreementSectionSchema>;

/** GET /api/v1/assessments/:id/agreement. */
export const AgreementReportSchema = z.object({
  assessmentId: z.string(),
  /** Submitted reviewer (not adjudicator) reviews of scored (not gold) items behind the figures. */
  reviews: z.number().int(),
  overall: AgreementSectionSchema,
  criteria: z.array(AgreementSectionSchema),
});
export type AgreementReport = z.infer<typeof AgreementReportSchema>;
