import { z } from 'zod';
import { CompileReportSchema, LanguageIdSchema } from '@assay/runners';
import { AnswerLabelSchema, ComparisonSchema } from '../challenges/challenge.schema';

/** What one program (an AI answer or the reference) did on one candidate case, as stored. */
export const ProbeRunSchema = z.object({
  /** `not_run`: the program did not compile, or the case was never run (it did not fit the challenge's mode). */
  status: z.enum(['ok', 'runtime_error', 'time_limit', 'memory_limit', 'output_limit', 'not_run']),
  stdout: z.string(),
  stderr: z.string(),
  /** Function mode: the returned JSON text as the program wrote it (absent: returned nothing, or too large to keep, see `valueBytes`). */
  valueJson: z.string().optional(),
  /** Set when the returned JSON was too large to store: its size, bytes. */
  valueBytes: z.number().optional(),
  exitCode: z.number().int().nullable(),
  timeMs: z.number(),
});
export type ProbeRun = z.infer<typeof ProbeRunSchema>;

/** Where the reference stands on one case (the same vocabulary as `ProbeCaseOutcome.reference`). */
export const ReferenceStatusSchema = z.enum(['matches', 'differs', 'failed', 'not_checked']);
export type ReferenceStatus = z.infer<typeof ReferenceStatusSchema>;

/** One program of a probe: each AI answer in the order shown, then the reference. */
export const ProbeProgramSchema = z.object({
  role: z.enum(['answer', 'reference']),
  /** Answers: the label the candidate saw; null for the reference. */
  label: AnswerLabelSchema.nullable(),
  /** Answers: the response id (the key's vocabulary; staff only); null for the reference. */
  responseId: z.string().nullable(),
  language: LanguageIdSchema,
  image: z.string(),
  compile: CompileReportSchema.nullable(),
  /** The runner's wall-clock time, ms. */
  runTimeMs: z.number(),
});
export type ProbeProgram = z.infer<typeof ProbeProgramSchema>;

/**
 * One of the candidate's test cases, probed. `answers` follows the order
 * shown (labels A, B); `reference` is the secret reference's own run, kept
 * for staff (reviewers and the report read it to show claims): it never
 * reaches the candidate, who gets `reference.status`/`why` only.
 */
export const ProbeCaseSchema = z.object({
  /** The candidate's handle for the case. */
  id: z.string(),
  input: z.union([z.object({ args: z.array(z.unknown()) }), z.object({ stdin: z.string() })]),
  /** The candidate's expected value: JSON text (function mode) or stdout; null when none was given. */
  expected: z.string().nullable(),
  claim: z.string().nullable(),
  answers: z.array(
    z.object({
      label: AnswerLabelSchema,
      responseId: z.string(),
      run: ProbeRunSchema,
      /** Returned the expected value (status ok and equal under the challenge's comparison); null without an expected value. */
      matchesExpected: z.boolean().nullable(),
      /** Why it did not match, briefly (the comparison's reason or the status). */
      reason: z.string().nullable(),
    }),
  ),
  reference: z.object({
    /** The reference's run; null when there was none (no reference, or the case did not fit the mode). */
    run: ProbeRunSchema.nullable(),
    status: ReferenceStatusSchema,
    /** Why the case cannot count (`failed`, `not_checked`), for the candidate as well: no output, no value, no stderr in it. */
    why: z.string().nullable(),
  }),
  /** The reference returns the expected value and some AI answer does not; false when all match or the reference differs; null when the reference did not check it. */
  exposes: z.boolean().nullable(),
});
export type ProbeCase = z.infer<typeof ProbeCaseSchema>;

/**
 * A probe (Run or Submit of a review or compare challenge), as stored in
 * `submissions.result` (told from a code judgement by `kind: 'probe'`; read
 * it through `parseSubmission`, which puts it in `row.probe`). Server and
 * staff only: it holds the reference's outputs and the response ids.
 * Outputs are bounded for storage like hidden cases (stored-output.ts):
 * the reference's always, the answers' on submits.
 */
export const ProbeJudgementSchema = z.object({
  kind: z.literal('probe'),
  mode: z.enum(['function', 'stdio']),
  comparison: ComparisonSchema,
  /** The AI answers in the order shown, then the reference (absent when the challenge has none); empty when no case was run. */
  programs: z.array(ProbeProgramSchema),
  cases: z.array(ProbeCaseSchema),
});
export type ProbeJudgement = z.infer<typeof ProbeJudgementSchema>;
