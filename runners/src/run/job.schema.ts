import { z } from 'zod';
import { SignatureSchema } from '../functions/signature';
import { LanguageIdSchema } from '../languages/language.schema';
import { LimitsSchema } from './limits';

/**
 * A case carries inputs only: expected outputs never enter the sandbox. A
 * function-mode case gives its arguments as values, or as the exact JSON
 * text of the argument array (`argsJson`: integers beyond 2^53 stay exact).
 */
export const CaseInputSchema = z.union([
  z.strictObject({ name: z.string().min(1), stdin: z.string() }),
  z.strictObject({ name: z.string().min(1), args: z.array(z.unknown()) }),
  z.strictObject({ name: z.string().min(1), argsJson: z.string().regex(/^\s*\[/, 'must be the JSON text of an array') }),
]);
export type CaseInput = z.infer<typeof CaseInputSchema>;

/** What a caller asks the runner to do. */
export const RunJobSchema = z
  .strictObject({
    language: LanguageIdSchema,
    mode: z.enum(['stdio', 'function']),
    code: z.string(),
    /** Function to call in function mode; a plain identifier. */
    entry: z
      .string()
      .regex(/^[A-Za-z_$][A-Za-z0-9_$]*$/, 'must be a plain identifier')
      .optional(),
    /**
     * Function mode: the entry's typed signature. Required by the languages
     * whose driver is generated from it (Java, C++, Go); in Python,
     * JavaScript and TypeScript it makes the call typed (arguments decoded
     * and the result checked against the declared types).
     */
    signature: SignatureSchema.optional(),
    cases: z.array(CaseInputSchema).min(1),
    limits: LimitsSchema.partial().optional(),
  })
  .superRefine((job, ctx) => {
    if (job.mode === 'function' && !job.entry) {
      ctx.addIssue({ code: 'custom', path: ['entry'], message: 'function mode needs an entry function name' });
    }
    job.cases.forEach((c, i) => {
      const fits = job.mode === 'function' ? 'args' in c || 'argsJson' in c : 'stdin' in c;
      if (!fits) {
        const want = job.mode === 'function' ? 'args' : 'stdin';
        ctx.addIssue({ code: 'custom', path: ['cases', i], message: `a ${job.mode}-mode case needs "${want}"` });
      }
    });
  });
export type RunJob = z.infer<typeof RunJobSchema>;

export const CASE_STATUSES = ['ok', 'runtime_error', 'time_limit', 'memory_limit', 'output_limit'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CaseReportSchema = z.object({
  name: z.string(),
  status: z.enum(CASE_STATUSES),
  stdout: z.string(),
  /**
   * The returned value as exact JSON text (function mode, when the call
   * returned): strict RFC 8259 (no NaN or Infinity), nested at most 1000
   * deep, numbers as the program wrote them. Never parsed by the runner.
   */
  valueJson: z.string().optional(),
  stderr: z.string(),
  exitCode: z.number().int().nullable(),
  /** Name of the signal that ended the process, e.g. `SIGKILL`. */
  signal: z.string().optional(),
  timeMs: z.number(),
  memoryKb: z.number().int().optional(),
});
export type CaseReport = z.infer<typeof CaseReportSchema>;

export const CompileReportSchema = z.object({
  ok: z.boolean(),
  output: z.string(),
  timeMs: z.number(),
});
export type CompileReport = z.infer<typeof CompileReportSchema>;

/** The runner's answer. `compile` is null for interpreted languages. */
export const RunReportSchema = z.object({
  language: LanguageIdSchema,
  image: z.string(),
  imageId: z.string(),
  compile: CompileReportSchema.nullable(),
  cases: z.array(CaseReportSchema),
  timeMs: z.number(),
  /** Sandbox containers the run used: 1 unless a case took a container down. */
  containers: z.number().int().nonnegative(),
  /** Compile steps the run started (at most one per container; 0 for interpreted languages). */
  compiles: z.number().int().nonnegative(),
});
export type RunReport = z.infer<typeof RunReportSchema>;
