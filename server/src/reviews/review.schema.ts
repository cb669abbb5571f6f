import { z } from 'zod';
import { ObjectiveViewSchema } from './objective-view.schema';

/**
 * The review API's contract. Everything a reviewer receives is blind: no
 * candidate identity (no email, attempt or submission id) and no other
 * reviewer's scores until their own are submitted. Gold (calibration)
 * items come through exactly the same shapes as any other item.
 */

const Id = z.string().min(1).max(100);
const LevelIndex = z.number().int().min(0).max(99);

/** criterion id → index of the picked level (0 = the lowest). A draft may leave criteria out; a submitted set has them all. */
export const ReviewLevelsSchema = z.record(z.string().min(1).max(100), LevelIndex);
export type ReviewLevels = z.infer<typeof ReviewLevelsSchema>;

/** The part of the explanation that earned or lost a criterion's points: UTF-16 offsets, `end` exclusive. */
export const ReviewSpanSchema = z
  .strictObject({ criterion: z.string().min(1).max(100), start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((s) => s.end > s.start, { path: ['end'], message: 'must be after start' });
export type ReviewSpan = z.infer<typeof ReviewSpanSchema>;

/** One rubric criterion as reviewers see it: levels lowest first, with their points. */
export const ReviewCriterionSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  weight: z.number(),
  /** The most the criterion adds (positive scoring) or deducts (negative), before its weight. */
  points: z.number(),
  levels: z.array(z.object({ points: z.number(), descriptor: z.string() })),
  notes: z.string().nullable(),
});

/** The rubric an item is scored with (its version's latest revision). */
export const ReviewRubricSchema = z.object({
  version: z.number().int(),
  revision: z.number().int(),
  scoring: z.enum(['positive', 'negative']),
  fullMarks: z.number(),
  floor: z.number(),
  criteria: z.array(ReviewCriterionSchema),
  gates: z.array(z.object({ criterion: z.string().nullable(), minPoints: z.number() })),
});
export type ReviewRubric = z.infer<typeof ReviewRubricSchema>;

/** What a reviewer sees of one item: the task, the candidate's work and its test counts; nothing that names the candidate. */
export const ReviewItemSchema = z.object({
  itemId: z.string(),
  challenge: z.object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    prompt: z.string(),
    explanationPrompt: z.string().nullable(),
    /** The answer key's notes (key.yaml `notes`: the bug, what a good answer says), for staff only; null without any. */
    keyNotes: z.string().nullable(),
  }),
  rubric: ReviewRubricSchema,
  language: z.string(),
  code: z.string(),
  /** The starter the candidate began from (debug: the buggy AI answer), for a diff; null when there is none. */
  starter: z.string().nullable(),
  explanation: z.string().nullable(),
  answers: z.unknown().nullable(),
  tests: z.object({
    compile: z.object({ ok: z.boolean(), output: z.string() }).nullable(),
    passed: z.number().nullable(),
    total: z.number(),
    groups: z.array(z.object({ name: z.string(), passed: z.number(), total: z.number() })),
    verdicts: z.record(z.string(), z.number()),
  }),
  /** Review and compare kinds: the objective results beside the rubric (the key, the grading, the answers by response); null for the other kinds. */
  objective: ObjectiveViewSchema.nullable(),
  submittedAt: z.string(),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

/** One score set with its total as the rubric computes it (weights, negative scoring, floor and gates applied). */
export const ScoredSetSchema = z.object({
  levels: ReviewLevelsSchema,
  spans: z.array(ReviewSpanSchema),
  comments: z.record(z.string(), z.string()),
  comment: z.string(),
  /** Weighted rubric points after the floor; null while a criterion is unpicked. */
  total: z.number().nullable(),
  /** Whether every gate passed; null while a criterion is unpicked. */
  gatesPassed: z.boolean().nullable(),
});
export type ScoredSet = z.infer<typeof ScoredSetSchema>;

/** Another reviewer's submitted set, shown only once the viewer has submitted theirs; named for admins, "Reviewer 2" for reviewers. */
export const PeerSetSchema = ScoredSetSchema.extend({
  label: z.string(),
  role: z.enum(['reviewer', 'adjudicator']),
  submittedAt: z.string(),
  reason: z.string().nullable(),
});

/** A reviewer's claim on an item and their scores so far. */
export const ReviewViewSchema = ScoredSetSchema.extend({
  reviewId: z.string(),
  status: z.enum(['claimed', 'submitted', 'released']),
  claimedAt: z.string(),
  /** The lock: after this an unsubmitted claim returns to the queue. */
  expiresAt: z.string(),
  submittedAt: z.string().nullable(),
  /** Scores can change until the item is final (and, before submitting, while the claim holds). */
  editable: z.boolean(),
  item: ReviewItemSchema,
  /** The rubric version has since been replaced (a level added or removed): these scores keep the old one. */
  rubricOutdated: z.boolean(),
  /** Empty until this reviewer has submitted. */
  peers: z.array(PeerSetSchema),
});
export type ReviewView = z.infer<typeof ReviewViewSchema>;

/** POST /api/v1/reviews/next: the claimed item, or null with why (queue empty, reviewer paused). */
export const NextReviewSchema = z.object({ review: ReviewViewSchema.nullable(), message: z.string().nullable() });
export type NextReview = z.infer<typeof NextReviewSchema>;

/** A line of the reviewer's own list (GET /api/v1/reviews/mine). */
export const MyReviewSchema = z.object({
  reviewId: z.string(),
  challengeTitle: z.string(),
  status: z.enum(['claimed', 'submitted', 'released']),
  itemStatus: z.enum(['open', 'adjudication', 'final']),
  claimedAt: z.string(),
  expiresAt: z.string(),
  submittedAt: z.string().nullable(),
  editable: z.boolean(),
});

/** PUT /api/v1/reviews/:reviewId: save scores (a draft), or submit them (`submit: true`, every criterion picked). */
export const ReviewBodySchema = z.strictObject({
  levels: ReviewLevelsSchema,
  spans: z.array(ReviewSpanSchema).max(200).default([]),
  comments: z.record(z.string().min(1).max(100), z.string().max(5_000)).default({}),
  comment: z.string().max(20_000).default(''),
  submit: z.boolean().default(false),
});
export type ReviewBody = z.input<typeof ReviewBodySchema>;

/** An item waiting for adjudication (GET /api/v1/adjudications). */
export const AdjudicationQueueItemSchema = z.object({
  itemId: z.string(),
  challengeTitle: z.string(),
  reviews: z.number().int(),
  /** Largest difference between reviewers' totals, in rubric points. */
  spread: z.number(),
  gatesDiffer: z.boolean(),
  waitingSince: z.string(),
});

/** GET /api/v1/adjudications/:itemId: every submitted set side by side, spans included. */
export const AdjudicationViewSchema = z.object({
  itemId: z.string(),
  status: z.enum(['open', 'adjudication', 'final']),
  item: ReviewItemSchema,
  sets: z.array(PeerSetSchema),
  threshold: z.number(),
});

/** POST /api/v1/adjudications/:itemId: the final scores and why. */
export const AdjudicationBodySchema = z.strictObject({
  levels: ReviewLevelsSchema,
  reason: z.string().trim().min(1, 'say why these are the final scores').max(5_000),
  spans: z.array(ReviewSpanSchema).max(200).default([]),
  comments: z.record(z.string().min(1).max(100), z.string().max(5_000)).default({}),
});

export const ReviewParamsSchema = z.strictObject({ reviewId: Id });
export const ReviewItemParamsSchema = z.strictObject({ itemId: Id });
