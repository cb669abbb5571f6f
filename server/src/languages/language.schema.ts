import { z } from 'zod';
import { LanguageIdSchema } from '@assay/runners';

/** One language Assay runs, as the editor and the pickers need it (GET /api/v1/languages). */
export const LanguageViewSchema = z.object({
  id: LanguageIdSchema,
  /** Display name, e.g. `Python 3`. */
  name: z.string(),
  /** File the candidate's code is written to; compilers and tracebacks name it. */
  sourceFile: z.string(),
  /** File extension of starter and reference files (`challenges/<id>/starter/<lang>.<ext>`). */
  extension: z.string(),
  /** Compiled before the cases run (its errors become editor markers). */
  compiled: z.boolean(),
  /** Supports function mode (tests call an entry function); otherwise stdio only. */
  functionMode: z.boolean(),
});
export type LanguageView = z.infer<typeof LanguageViewSchema>;

export const LanguageListSchema = z.array(LanguageViewSchema);
