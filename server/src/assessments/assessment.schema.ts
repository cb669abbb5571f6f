import { z } from 'zod';
import { LanguageIdSchema } from '@assay/runners';
import { FeedbackLevelSchema } from '../submissions/submission.schema';
import { InviteDeliverySchema } from '../mail/invite-email.schema';

const Languages = z
  .array(LanguageIdSchema)
  .min(1)
  .refine((l) => new Set(l).size === l.length, 'each language once');

/** Body of POST /api/v1/assessments. */
export const AssessmentBodySchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200),
    description: z.string().max(10_000).default(''),
    /** Minutes from start to deadline (before per-candidate extra time). */
    durationMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60),
    /** Languages a candidate may use (each challenge narrows this to its own). */
    languages: Languages,
    /** Challenge ids in the order candidates see them. */
    challengeIds: z
      .array(z.string().min(1))
      .min(1)
      .max(50)
      .refine((l) => new Set(l).size === l.length, 'each challenge once'),
    /** Attempts may start from this time (ISO 8601); open now when absent. */
    opensAt: z.iso.datetime({ offset: true }).nullable().default(null),
    /** Attempts may not start after this time; never closes when absent. */
    closesAt: z.iso.datetime({ offset: true }).nullable().default(null),
    /** What a Submit tells the candidate: `full` (counts per group and verdict), `summary` (passed / total), `none` (until the attempt ends). */
    feedback: FeedbackLevelSchema.default('full'),
    /** Reviews each explanation needs before its scores can be final (1-9). */
    reviewsPerItem: z.number().int().min(1).max(9).default(2),
    /** Reviewers' rubric totals further apart than this many points (or a gate decided differently) send an item to adjudication. */
    disagreementPoints: z.number().min(0).max(1_000).default(2),
    /** A reviewer whose accuracy against gold (or agreement with peers) is below this, in [0, 1], is flagged. */
    reviewerThreshold: z.number().min(0).max(1).default(0.7),
    /** Minutes "next item" locks an item for its reviewer before an unsubmitted claim returns to the queue (1-240). */
    claimMinutes: z.number().int().min(1).max(240).default(20),
  })
  .refine((a) => !a.opensAt || !a.closesAt || new Date(a.opensAt) < new Date(a.closesAt), { path: ['closesAt'], message: 'must be after opensAt' });
/** Settings with defaults that in-process callers (seed, bench, tests) may leave out. */
type Defaulted = 'feedback' | 'reviewsPerItem' | 'disagreementPoints' | 'reviewerThreshold' | 'claimMinutes';
/** A parsed body; in-process callers (seed, bench, tests) may leave `feedback` and the review settings out for their defaults. */
export type AssessmentBody = Omit<z.infer<typeof AssessmentBodySchema>, Defaulted> & Partial<Pick<z.infer<typeof AssessmentBodySchema>, Defaulted>>;

/** Body of POST /api/v1/assessments/:id/invites: one or many emails. */
export const InviteBodySchema = z.strictObject({
  emails: z.array(z.email()).min(1).max(500),
  /** Extra minutes on top of the duration for these candidates (accommodations). */
  extraMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(0),
  /** Days until the links stop working. Default 14. */
  expiresInDays: z.number().int().min(1).max(365).default(14),
});

/** Body of PATCH /api/v1/invites/:id. */
export const InvitePatchSchema = z.strictObject({
  extraMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
});

export const AssessmentViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  durationMinutes: z.number(),
  languages: z.array(z.string()),
  opensAt: z.string().nullable(),
  closesAt: z.string().nullable(),
  feedback: FeedbackLevelSchema,
  /** How its explanations are reviewed (the body's fields of the same names). */
  reviewsPerItem: z.number(),
  disagreementPoints: z.number(),
  reviewerThreshold: z.number(),
  claimMinutes: z.number(),
  challenges: z.array(z.object({ id: z.string(), title: z.string(), kind: z.string(), version: z.number() })),
  counts: z.object({ invited: z.number(), started: z.number(), finished: z.number() }),
  createdAt: z.string(),
});
export type AssessmentView = z.infer<typeof AssessmentViewSchema>;

export const InviteViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  extraMinutes: z.number(),
  expiresAt: z.string(),
  usedAt: z.string().nullable(),
  /** Its latest email: queued, sent, failed (with the server's answer), or kept in the outbox; null for invites made before emails. */
  delivery: InviteDeliverySchema.nullable(),
  /** Only in the response that created (or reissued) it: the link holds a secret shown once. */
  url: z.string().optional(),
});
export type InviteView = z.infer<typeof InviteViewSchema>;

export const AssessmentParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

/** POST /api/v1/assessments/:id/invites: the new links, shown only in this response. */
export const InvitesCreatedSchema = z.object({ invites: z.array(InviteViewSchema) });
