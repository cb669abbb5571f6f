import { z } from 'zod';
import { RubricFileSchema } from '../challenges/rubric.schema';

// The admin rubric API's request and response bodies (browser-safe: zod only).

/** A rubric as stored and served: today's format with its defaults filled in. */
const RubricContentSchema = RubricFileSchema;

/** Who saved a revision; null when it came from the challenge's files (the challenge editor, the CLI). */
const EditorSchema = z.object({ id: z.string(), name: z.string() }).nullable();

/** One stored revision of a challenge's rubric. */
export const RubricRevisionSchema = z.object({
  version: z.number().int(),
  revision: z.number().int(),
  /** The challenge version whose rubric.yaml it was taken from. */
  challengeVersion: z.number().int(),
  rubric: RubricContentSchema,
  editedBy: EditorSchema,
  note: z.string(),
  createdAt: z.string(),
});
export type RubricRevisionView = z.infer<typeof RubricRevisionSchema>;

/** One rubric version: reviews pin a version and are scored with its newest revision. */
export const RubricVersionUseSchema = z.object({
  version: z.number().int(),
  /** Its newest revision (what its reviews are scored with now). */
  revision: z.number().int(),
  /** Submitted reviews (reviewers' and adjudicators') pinned to this version. */
  reviews: z.number().int(),
  /** New reviews use this version; reviews of any other are flagged `rubricOutdated`. */
  current: z.boolean(),
});
export type RubricVersionUse = z.infer<typeof RubricVersionUseSchema>;

/** GET /api/v1/challenges/:id/rubric: the rubric now, every revision newest first, and what each version is used by. */
export const RubricDocumentSchema = z.object({
  challengeId: z.string(),
  challengeTitle: z.string(),
  /** The challenge's current version (a save makes the next one). */
  challengeVersion: z.number().int(),
  /** Null while the challenge has no rubric. */
  current: RubricRevisionSchema.nullable(),
  history: z.array(RubricRevisionSchema),
  versions: z.array(RubricVersionUseSchema),
});
export type RubricDocument = z.infer<typeof RubricDocumentSchema>;

/**
 * PUT /api/v1/challenges/:id/rubric: the whole rubric, checked like
 * rubric.yaml (a problem names its path, `rubric.criteria.1.levels.0.points`),
 * and a note for the history. `base` is the version and revision the editor
 * started from: when another save came first the answer is 409, not a
 * silent overwrite.
 */
export const RubricSaveBodySchema = z.strictObject({
  rubric: RubricFileSchema,
  note: z.string().trim().max(2_000).default(''),
  base: z
    .strictObject({ version: z.number().int().min(1), revision: z.number().int().min(1) })
    .nullable()
    .optional(),
});
export type RubricSaveBody = z.input<typeof RubricSaveBodySchema>;

/**
 * What a save did. `unchanged`: the same rubric, nothing written.
 * `revision`: same criteria and levels, new points, weights or words; every
 * review of that version is re-scored (`rescored`). `version`: a criterion
 * or level added or removed; reviews of older versions keep theirs
 * (`keptOld`), flagged `rubricOutdated`.
 */
export const RubricSavedSchema = z.object({
  outcome: z.enum(['unchanged', 'revision', 'version']),
  version: z.number().int(),
  revision: z.number().int(),
  challengeVersion: z.number().int(),
  rescored: z.number().int(),
  keptOld: z.number().int(),
});
export type RubricSaved = z.infer<typeof RubricSavedSchema>;
