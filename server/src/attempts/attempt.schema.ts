import { z } from 'zod';
import { LanguageIdSchema, MAX_SOURCE_BYTES } from '@assay/runners';
import { CandidateChallengeViewSchema } from '../challenges/challenge-view.schema';
import { STRENGTHS, VERDICTS } from '../challenges/challenge.schema';

/** The compare kind's four ratings of each answer, 1 (poor) to 5 (excellent). */
export const RATING_ASPECTS = ['correctness', 'efficiency', 'readability', 'safety'] as const;
const Rating = z.number().int().min(1).max(5);
export const AnswerRatingsSchema = z.strictObject({ correctness: Rating.optional(), efficiency: Rating.optional(), readability: Rating.optional(), safety: Rating.optional() });

const Comment = z.string().max(2000);

/**
 * A test case the candidate adds (review and compare kinds): an input in
 * the challenge's mode, optionally the value the correct program returns
 * (function mode: any JSON value, `null` included; stdio: the expected
 * stdout), and optionally the written claim it backs ("fails on input X").
 * `id` is the candidate's own handle, unique in the list.
 */
export const CandidateTestSchema = z.union([
  z.strictObject({ id: z.string().min(1).max(40), args: z.array(z.unknown()).max(20), expected: z.unknown().optional(), claim: Comment.optional() }),
  z.strictObject({ id: z.string().min(1).max(40), stdin: z.string().max(100_000), expected: z.string().max(100_000).optional(), claim: Comment.optional() }),
]);
export type CandidateTest = z.infer<typeof CandidateTestSchema>;

/**
 * Objective answers of the critique kinds, graded against key.yaml. Answers
 * name AI answers by the label shown (`A`, `B`), never by id: the order is
 * randomized per candidate and the server maps labels back.
 */
export const AnswersSchema = z.strictObject({
  /** Review kind: the candidate's verdict on the AI answer. */
  verdict: z.enum(VERDICTS).optional(),
  /** Review kind: 1-based lines of the AI answer flagged in the gutter, each with a comment. */
  flags: z
    .array(z.strictObject({ line: z.number().int().positive(), comment: Comment }))
    .max(200)
    .optional(),
  /** Compare kind: the better answer and by how much (no strength with `equal`). */
  preference: z.strictObject({ choice: z.enum(['A', 'B', 'equal']), strength: z.enum(STRENGTHS).optional() }).optional(),
  /** Compare kind: each answer rated on correctness, efficiency, readability and safety. */
  ratings: z.strictObject({ A: AnswerRatingsSchema.optional(), B: AnswerRatingsSchema.optional() }).optional(),
  /** Review and compare kinds: test cases meant to expose a bug (at most 20). */
  tests: z.array(CandidateTestSchema).max(20).optional(),
  /** Earlier shape, still read from drafts stored before: lines flagged without comments. */
  flaggedLines: z.array(z.number().int().positive()).max(500).optional(),
  /** Earlier shape, still read: the preferred response's id. */
  preferred: z.string().max(100).optional(),
  /** Earlier shape, still read: one test case without an expected value. */
  testCase: z.union([z.strictObject({ args: z.array(z.unknown()) }), z.strictObject({ stdin: z.string().max(100_000) })]).optional(),
});
export type Answers = z.infer<typeof AnswersSchema>;

/** PostgreSQL text cannot hold NUL, and no source or prose needs one: refused with a 400 naming the field instead of a 500. */
const noNul = (s: string) => !s.includes('\u0000');
const NO_NUL = 'must not contain the NUL character (U+0000)';

const Code = z
  .string()
  .refine((s) => Buffer.byteLength(s, 'utf8') <= MAX_SOURCE_BYTES, `must be at most ${MAX_SOURCE_BYTES} bytes`)
  .refine(noNul, NO_NUL);
const Explanation = z.string().max(50_000).refine(noNul, NO_NUL);

/** PUT …/draft: what the candidate has typed so far. */
export const DraftBodySchema = z.strictObject({
  language: LanguageIdSchema,
  code: Code,
  explanation: Explanation.optional(),
  answers: AnswersSchema.optional(),
});
export type DraftBody = z.infer<typeof DraftBodySchema>;

/** POST …/run and …/submit. */
export const CodeBodySchema = z.strictObject({
  language: LanguageIdSchema,
  code: Code,
  explanation: Explanation.optional(),
  answers: AnswersSchema.optional(),
});
export type CodeBody = z.infer<typeof CodeBodySchema>;

export const TokenParamsSchema = z.strictObject({ token: z.string().min(10).max(200) });
export const ChallengeParamsSchema = z.strictObject({ challengeId: z.string().min(1).max(100) });

export const LandingViewSchema = z.object({
  state: z.enum(['ready', 'in_progress', 'finished', 'expired', 'not_open', 'closed']),
  message: z.string(),
  email: z.string(),
  assessment: z.object({
    title: z.string(),
    description: z.string(),
    durationMinutes: z.number(),
    extraMinutes: z.number(),
    languages: z.array(z.string()),
    challengeCount: z.number(),
    opensAt: z.string().nullable(),
    closesAt: z.string().nullable(),
  }),
});
export type LandingView = z.infer<typeof LandingViewSchema>;

/** A run or submit in a list: its counts only. */
export const SubmissionBriefSchema = z.object({
  id: z.string(),
  kind: z.enum(['run', 'submit']),
  status: z.string(),
  passed: z.number().nullable(),
  total: z.number().nullable(),
  createdAt: z.string(),
});

export const AttemptViewSchema = z.object({
  id: z.string(),
  status: z.enum(['active', 'finished']),
  assessment: z.object({ title: z.string(), description: z.string() }),
  startedAt: z.string(),
  deadlineAt: z.string(),
  /** The server's clock when this was produced; the client's timer counts from it. */
  serverNow: z.string(),
  remainingMs: z.number(),
  finishedAt: z.string().nullable(),
  finishReason: z.string().nullable(),
  challenges: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      kind: z.string(),
      languages: z.array(z.string()),
      state: z.enum(['not_started', 'in_progress', 'submitted']),
      lastSubmission: SubmissionBriefSchema.nullable(),
    }),
  ),
});
export type AttemptView = z.infer<typeof AttemptViewSchema>;

export const DraftViewSchema = z.object({
  /** Latest code per language. */
  codes: z.record(z.string(), z.string()),
  /** Language of the most recent save. */
  language: z.string().nullable(),
  explanation: z.string().nullable(),
  answers: AnswersSchema.nullable(),
  savedAt: z.string().nullable(),
});
export type DraftView = z.infer<typeof DraftViewSchema>;

/** POST /api/v1/invites/:token/start: the attempt, and the CSRF token of the new candidate session. */
export const StartedViewSchema = z.object({ attempt: AttemptViewSchema, csrfToken: z.string() });
export type StartedView = z.infer<typeof StartedViewSchema>;

/** GET /api/v1/attempt/session: send `csrfToken` back as X-CSRF-Token on every state-changing candidate request. */
export const CandidateSessionViewSchema = z.object({ csrfToken: z.string() });

/** GET /api/v1/attempt/challenges/:challengeId: one challenge with the candidate's draft and recent submissions. */
export const ChallengeDetailSchema = z.object({
  challenge: CandidateChallengeViewSchema,
  languages: z.array(LanguageIdSchema),
  draft: DraftViewSchema,
  submissions: z.array(SubmissionBriefSchema),
  remainingMs: z.number(),
});
export type ChallengeDetail = z.infer<typeof ChallengeDetailSchema>;

/** PUT …/draft: when the server saved it, and the time left. */
export const DraftSavedSchema = z.object({ savedAt: z.string(), remainingMs: z.number() });
export type DraftSaved = z.infer<typeof DraftSavedSchema>;
