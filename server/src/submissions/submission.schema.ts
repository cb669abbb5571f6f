import { z } from 'zod';

const Status = z.enum(['queued', 'running', 'done', 'error']);
const Verdict = z.enum(['ok', 'runtime_error', 'time_limit', 'memory_limit', 'output_limit', 'compile_error', 'wrong_answer']);

/** What every submission view carries. */
const CommonView = {
  id: z.string(),
  challengeId: z.string(),
  language: z.string(),
  status: Status,
  /** While queued: how many submissions run before this one (null when unknown, or not queued). */
  queuedAhead: z.number().int().min(0).nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  compile: z.object({ ok: z.boolean(), output: z.string(), timeMs: z.number() }).nullable(),
};

/** A public-example run as the candidate sees it: everything, since the examples are public. */
export const RunViewSchema = z.object({
  ...CommonView,
  kind: z.literal('run'),
  cases: z.array(
    z.object({
      name: z.string(),
      verdict: Verdict,
      passed: z.boolean(),
      input: z.union([z.object({ args: z.array(z.unknown()) }), z.object({ stdin: z.string() })]),
      expected: z.unknown(),
      actual: z.unknown(),
      stdout: z.string(),
      stderr: z.string(),
      timeMs: z.number(),
      reason: z.string().nullable(),
    }),
  ),
});

/** A hidden-test submission as the candidate sees it: counts per group and verdict kinds only. */
export const SubmitViewSchema = z.object({
  ...CommonView,
  kind: z.literal('submit'),
  passed: z.number().nullable(),
  total: z.number(),
  groups: z.array(z.object({ name: z.string(), passed: z.number(), total: z.number() })),
  /** How many hidden cases ended with each verdict. */
  verdicts: z.record(z.string(), z.number()),
});

export const SubmissionViewSchema = z.discriminatedUnion('kind', [RunViewSchema, SubmitViewSchema]);
export type RunView = z.infer<typeof RunViewSchema>;
export type SubmitView = z.infer<typeof SubmitViewSchema>;
export type SubmissionView = z.infer<typeof SubmissionViewSchema>;

export const SubmissionParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });
