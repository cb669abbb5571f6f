import { z } from 'zod';
import { LanguageIdSchema } from '@assay/runners';
import { CHALLENGE_KINDS } from './challenge.schema';

// The admin challenge API's request and response bodies (browser-safe: zod only).

const FilesSchema = z
  .record(z.string().regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/, 'a relative path like tests/hidden.yaml'), z.string().max(2_000_000))
  .refine((files) => Object.keys(files).length <= 200, 'at most 200 files');
/** A challenge as its files: relative path → content. */
export const FilesBodySchema = z.strictObject({ files: FilesSchema });
export const ChallengeIdParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });
export const RepeatsQuerySchema = z.strictObject({ repeats: z.coerce.number().int().min(1).max(5).default(1) });

export const ChallengeSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  version: z.number(),
  languages: z.array(z.string()),
  mode: z.string(),
  archived: z.boolean(),
  updatedAt: z.string(),
});
export type ChallengeSummary = z.infer<typeof ChallengeSummarySchema>;

/** A challenge's files (secrets included: admins only) and its version history. */
export const ChallengeDocumentSchema = z.object({
  id: z.string(),
  version: z.number(),
  title: z.string(),
  kind: z.string(),
  files: z.record(z.string(), z.string()),
  /** Starters generated from the signature for the languages with no starter file: what candidates get, and what a new starter file starts from. */
  generatedStarters: z.partialRecord(LanguageIdSchema, z.string()),
  history: z.array(z.object({ version: z.number(), hash: z.string(), createdAt: z.string() })),
});
export type ChallengeDocument = z.infer<typeof ChallengeDocumentSchema>;

export const SavedChallengeSchema = z.object({ id: z.string(), version: z.number(), created: z.boolean() });
export type SavedChallenge = z.infer<typeof SavedChallengeSchema>;

/**
 * One thing wrong with a challenge, located as precisely as known: the file
 * (as a path under the catalog folder, `<id>/tests/hidden.yaml`), the YAML
 * line, the field inside the file (`[3].expected`), the test case and language.
 */
export const ProblemSchema = z.object({
  file: z.string(),
  line: z.number().optional(),
  field: z.string().optional(),
  test: z.string().optional(),
  language: LanguageIdSchema.optional(),
  message: z.string(),
});
export type Problem = z.infer<typeof ProblemSchema>;

/** What a debug challenge's buggy starter does on a hidden test over the runs: `fails` → set fail_to_pass, `passes` → pass_to_pass. */
export const StarterOutcomeSchema = z.enum(['fails', 'passes', 'flaky']);
export type StarterOutcome = z.infer<typeof StarterOutcomeSchema>;

/** One test of one language's reference across the repeated runs. */
export const TestResultSchema = z.object({
  language: LanguageIdSchema,
  test: z.string(),
  visibility: z.enum(['public', 'hidden']),
  passes: z.number(),
  runs: z.number(),
  /** Why a run failed, when one did. */
  reason: z.string().optional(),
  /** Debug kind, hidden tests: the starter's outcome, i.e. the test's set to copy into tests/hidden.yaml. */
  starter: StarterOutcomeSchema.optional(),
});
export type TestResult = z.infer<typeof TestResultSchema>;

/** The verdict on one challenge, as `assay challenges validate --json` prints it and the admin page shows it. */
export const ValidationReportSchema = z.object({
  id: z.string(),
  kind: z.enum(CHALLENGE_KINDS).nullable(),
  valid: z.boolean(),
  languages: z.array(LanguageIdSchema),
  tests: z.object({ public: z.number(), hidden: z.number() }),
  /** Wall-clock time of the validation, ms. */
  timeMs: z.number(),
  problems: z.array(ProblemSchema),
  /** Per language and test: how many of the reference runs passed. */
  results: z.array(TestResultSchema),
});
export type ValidationReport = z.infer<typeof ValidationReportSchema>;

export const ExportedChallengeSchema = z.object({ id: z.string(), version: z.number(), files: z.record(z.string(), z.string()) });
