import { z } from 'zod';

// Staff views of attempts (browser-safe: zod only). Scores and full results: never for candidates.

/** One row of GET /api/v1/assessments/:id/attempts. */
export const AttemptSummarySchema = z.object({
  id: z.string(),
  email: z.string(),
  status: z.enum(['active', 'finished']),
  startedAt: z.string(),
  deadlineAt: z.string(),
  remainingMs: z.number(),
  finishedAt: z.string().nullable(),
  finishReason: z.string().nullable(),
  /** challenge id → tests score of the last finished submit (0..1), or null. */
  scores: z.record(z.string(), z.number().nullable()),
  /** The attempt's score (grading: tests and reviews, weighted) and whether it is final; null when it cannot be computed. */
  score: z.object({ value: z.number(), status: z.enum(['provisional', 'final']) }).nullable(),
});
export type AttemptSummary = z.infer<typeof AttemptSummarySchema>;

/** A judged case as stored: the runner's report plus the comparison. */
const JudgedCaseSchema = z.looseObject({
  name: z.string(),
  status: z.string(),
  pass: z.boolean(),
  reason: z.string().optional(),
  group: z.string().optional(),
  timeMs: z.number().optional(),
  stdout: z.string().optional(),
  stderr: z.string().optional(),
});
export type JudgedCaseView = z.infer<typeof JudgedCaseSchema>;

const ResultSchema = z.looseObject({
  compile: z.object({ ok: z.boolean(), output: z.string(), timeMs: z.number().optional() }).nullable().optional(),
  cases: z.array(JudgedCaseSchema).default([]),
  runTimeMs: z.number().optional(),
  score: z.looseObject({ score: z.number() }).nullable().optional(),
});

export const AttemptSubmissionSchema = z.object({
  id: z.string(),
  challengeId: z.string(),
  challengeVersion: z.number(),
  kind: z.enum(['run', 'submit', 'validate']),
  language: z.string(),
  code: z.string(),
  explanation: z.string().nullable(),
  answers: z.unknown().nullable(),
  status: z.enum(['queued', 'running', 'done', 'error']),
  result: ResultSchema.nullable(),
  testsScore: z.number().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type AttemptSubmission = z.infer<typeof AttemptSubmissionSchema>;

/** One browser session of an attempt: each start from the invite link ends the one before. */
export const AttemptSessionSchema = z.object({
  startedAt: z.string(),
  /** When a newer start from the link ended it; null for the live (or last) one. */
  endedAt: z.string().nullable(),
  userAgent: z.string(),
  /** The client address as the server saw it (a proxy's unless ASSAY_TRUST_PROXY is set). */
  address: z.string().nullable(),
});
export type AttemptSessionView = z.infer<typeof AttemptSessionSchema>;

/** GET /api/v1/attempts/:id: one attempt in full. */
export const AttemptDetailSchema = z.object({
  attempt: z.object({
    id: z.string(),
    assessmentId: z.string(),
    email: z.string(),
    versions: z.record(z.string(), z.number()),
    startedAt: z.string(),
    deadlineAt: z.string(),
    finishedAt: z.string().nullable(),
    finishReason: z.string().nullable(),
    remainingMs: z.number(),
  }),
  /** Draft history rows kept (autosaves within 10 s share one row). */
  draftSaves: z.number(),
  /** Bytes the attempt takes in the database (code, explanations, answers, results; as stored, after compression). */
  storedBytes: z.object({ drafts: z.number(), submissions: z.number(), total: z.number() }),
  /** Every session the attempt was worked in, oldest first; more than one means it continued elsewhere. */
  sessions: z.array(AttemptSessionSchema),
  submissions: z.array(AttemptSubmissionSchema),
});
export type AttemptDetail = z.infer<typeof AttemptDetailSchema>;
