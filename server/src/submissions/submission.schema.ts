import { z } from 'zod';
import { AnswerLabelSchema } from '../challenges/challenge.schema';

/**
 * What a candidate learns from a Submit, set per assessment (like CMS's
 * feedback levels): `full` pass counts per group and per verdict kind,
 * `summary` passed / total only, `none` only that it was submitted and
 * judged, until the attempt ends (then the summary). Compile output is shown
 * at every level (it does not depend on hidden data), and no level ever
 * carries a hidden-case timing.
 */
export const FeedbackLevelSchema = z.enum(['full', 'summary', 'none']);
export type FeedbackLevel = z.infer<typeof FeedbackLevelSchema>;

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
  compile: z.object({ ok: z.boolean(), output: z.string(), timeMs: z.number().optional() }).nullable(),
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
      /** What to show, exactly: the expected JSON text (function mode; integers of any size as written) or stdout. */
      expected: z.string(),
      /** The returned JSON text as the program wrote it (function mode; null when it returned nothing) or its stdout. */
      actual: z.string().nullable(),
      stdout: z.string(),
      stderr: z.string(),
      timeMs: z.number(),
      reason: z.string().nullable(),
    }),
  ),
});

/**
 * A hidden-test submission as the candidate sees it, at the assessment's
 * feedback level: never a case, and no time (`finishedAt` is null, compile
 * has no `timeMs`), so a program cannot signal hidden data through timing.
 */
export const SubmitViewSchema = z.object({
  ...CommonView,
  kind: z.literal('submit'),
  /** The level this view was made at (`none` becomes `summary` once the attempt has ended). */
  feedback: FeedbackLevelSchema,
  /** Hidden tests passed; null while running, and at level `none`. */
  passed: z.number().nullable(),
  total: z.number(),
  /** Level `full` only (empty otherwise). */
  groups: z.array(z.object({ name: z.string(), passed: z.number(), total: z.number() })),
  /** How many hidden cases ended with each verdict; level `full` only (empty otherwise). */
  verdicts: z.record(z.string(), z.number()),
});

/** How one AI answer did on one of the candidate's test cases: everything, since the AI answers are shown anyway. */
const ProbeOutputSchema = z.object({
  label: AnswerLabelSchema,
  verdict: Verdict,
  /** The returned JSON text (function mode; null when it returned nothing) or its stdout. */
  actual: z.string().nullable(),
  stdout: z.string(),
  stderr: z.string(),
  timeMs: z.number(),
  /** Whether it returned the candidate's expected value; null when the case gives none. */
  matchesExpected: z.boolean().nullable(),
});

/**
 * A Run of the critique kinds (review, compare): the candidate's own test
 * cases run on each AI answer, and on the secret reference. Of the
 * reference only whether it returns the candidate's expected value comes
 * back (`matches`, `differs`), or why the case cannot count (`failed`: it
 * crashed or ran out of time or memory on the reference; `not_checked`: no
 * expected value given): never its output, so a run cannot read secrets.
 */
export const ProbeViewSchema = z.object({
  ...CommonView,
  kind: z.literal('probe'),
  /** Each AI answer's compile result (null when its language compiles nothing), in the order shown. */
  answers: z.array(z.object({ label: AnswerLabelSchema, compile: z.object({ ok: z.boolean(), output: z.string() }).nullable() })),
  cases: z.array(
    z.object({
      id: z.string(),
      input: z.union([z.object({ args: z.array(z.unknown()) }), z.object({ stdin: z.string() })]),
      /** The candidate's expected value as JSON text (function mode) or stdout; null when none was given. */
      expected: z.string().nullable(),
      claim: z.string().nullable(),
      outputs: z.array(ProbeOutputSchema),
      reference: z.object({ status: z.enum(['matches', 'differs', 'failed', 'not_checked']), why: z.string().nullable() }),
      /** The case exposes a bug: the reference returns the expected value and some AI answer does not. Null when the reference did not check it. */
      exposes: z.boolean().nullable(),
    }),
  ),
});
export type ProbeView = z.infer<typeof ProbeViewSchema>;

export const SubmissionViewSchema = z.discriminatedUnion('kind', [RunViewSchema, SubmitViewSchema, ProbeViewSchema]);
export type RunView = z.infer<typeof RunViewSchema>;
export type SubmitView = z.infer<typeof SubmitViewSchema>;
export type SubmissionView = z.infer<typeof SubmissionViewSchema>;

export const SubmissionParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });
