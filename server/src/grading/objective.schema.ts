import { z } from 'zod';
import { STRENGTHS, VERDICTS } from '../challenges/challenge.schema';

/** The pieces of the objective part of a score (challenge.yaml `scoring.objective` weighs them). */
export const OBJECTIVE_PIECES = ['verdict', 'lines', 'tests', 'preference'] as const;
export const ObjectivePieceSchema = z.enum(OBJECTIVE_PIECES);
export type ObjectivePiece = z.infer<typeof ObjectivePieceSchema>;

/**
 * What one of the candidate's test cases showed when it ran on the secret
 * reference and on the AI answer(s), as the objective grader takes it (the
 * submission path produces these from the sandbox runs):
 * - `reference`: `matches` / `differs` the candidate's expected value,
 *   `failed` (crashed, timed out, ran out of memory or output: the case
 *   cannot count), or `not_checked` (no expected value given);
 * - `answers`: per AI answer (by response id), whether it returned the
 *   expected value (a crash or timeout does not).
 */
export const ProbeCaseOutcomeSchema = z.object({
  id: z.string(),
  reference: z.enum(['matches', 'differs', 'failed', 'not_checked']),
  /** Why the reference result cannot count (`failed`), e.g. "time limit on the reference". */
  why: z.string().nullable(),
  answers: z.array(z.object({ responseId: z.string(), matches: z.boolean() })),
  claim: z.string().nullable(),
});
export type ProbeCaseOutcome = z.infer<typeof ProbeCaseOutcomeSchema>;

/** A preference on the compare scale, by response id (`equal`: neither). */
const Preference = z.object({ preferred: z.string(), strength: z.enum(STRENGTHS).nullable() });

/**
 * The objective part of one challenge's score and how it was reached; stored
 * with the submission (`submissions.objective`), shown to reviewers and in
 * the report, never to the candidate (it holds the key).
 * `score` is the weighted mean of the pieces that apply, in [0, 1]; null when
 * none applies (the challenge then has no objective part to count).
 */
export const ObjectiveResultSchema = z.object({
  score: z.number().nullable(),
  pieces: z.array(z.object({ piece: ObjectivePieceSchema, weight: z.number(), value: z.number(), detail: z.string() })),
  /** Review kind: the candidate's verdict against the key's (null: not given). */
  verdict: z.object({ given: z.enum(VERDICTS).nullable(), key: z.enum(VERDICTS), correct: z.boolean() }).nullable(),
  /** Review kind: flagged lines against the key's buggy lines, one line of tolerance either way. */
  lines: z
    .object({
      flagged: z.array(z.number().int()),
      key: z.array(z.number().int()),
      /** Key lines found (some flag within one line). */
      found: z.array(z.number().int()),
      /** Flags within one line of a key line. */
      hits: z.array(z.number().int()),
      precision: z.number().nullable(),
      recall: z.number().nullable(),
    })
    .nullable(),
  /** Review and compare kinds: the candidate's test cases and which exposed a bug. */
  tests: z
    .object({
      cases: z.array(z.object({ id: z.string(), exposes: z.boolean(), counted: z.boolean(), why: z.string().nullable(), claim: z.string().nullable() })),
      exposing: z.number().int(),
    })
    .nullable(),
  /** Compare kind: the preference against the key's, on the seven-step scale, and the order the candidate saw. */
  preference: z
    .object({
      given: Preference.nullable(),
      key: Preference,
      /** Steps apart on the scale (null when nothing was given). */
      distance: z.number().int().nullable(),
      tolerance: z.number().int(),
      /** Response ids in the order shown to the candidate (labels A, B). */
      order: z.array(z.string()),
    })
    .nullable(),
});
export type ObjectiveResult = z.infer<typeof ObjectiveResultSchema>;
