import { z } from 'zod';

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
  history: z.array(z.object({ version: z.number(), hash: z.string(), createdAt: z.string() })),
});
export type ChallengeDocument = z.infer<typeof ChallengeDocumentSchema>;

export const SavedChallengeSchema = z.object({ id: z.string(), version: z.number(), created: z.boolean() });

/** One thing wrong with a challenge; `file` as `<id>/tests/hidden.yaml`. */
export const ProblemSchema = z.object({
  file: z.string(),
  line: z.number().optional(),
  field: z.string().optional(),
  test: z.string().optional(),
  language: z.string().optional(),
  message: z.string(),
});

export const ValidationReportSchema = z.object({
  id: z.string(),
  kind: z.string().nullable(),
  valid: z.boolean(),
  languages: z.array(z.string()),
  tests: z.object({ public: z.number(), hidden: z.number() }),
  timeMs: z.number(),
  problems: z.array(ProblemSchema),
  results: z.array(z.object({ language: z.string(), test: z.string(), visibility: z.string(), passes: z.number(), runs: z.number(), reason: z.string().optional() })),
});

export const ExportedChallengeSchema = z.object({ id: z.string(), version: z.number(), files: z.record(z.string(), z.string()) });
