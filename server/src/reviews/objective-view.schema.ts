import { z } from 'zod';
import { LanguageIdSchema } from '@assay/runners';
import { AnswerRatingsSchema } from '../attempts/attempt.schema';
import { AnswerLabelSchema, STRENGTHS } from '../challenges/challenge.schema';
import { ObjectiveResultSchema } from '../grading/objective.schema';

// What staff (reviewers, admins) see of a review/compare submit's objective side. Browser-safe: zod only.
// It names AI answers by response id, holds the key and the reference's outputs: never for a candidate.

/** One AI answer as the candidate was shown it: its label, and which response it really is. */
export const ShownResponseSchema = z.object({ label: AnswerLabelSchema, responseId: z.string(), language: LanguageIdSchema, code: z.string() });
export type ShownResponse = z.infer<typeof ShownResponseSchema>;

/** What one program (the reference or an AI answer) returned on a candidate's test case. */
const CaseOutputSchema = z.object({
  /** `ok`, `runtime_error`, `time_limit`…; null when only the comparison was stored. */
  verdict: z.string().nullable(),
  /** Returned JSON text (function mode) or stdout; null when it returned nothing or the output was not stored. */
  output: z.string().nullable(),
  /** Whether it returned the candidate's expected value; null when the case gives none. */
  matches: z.boolean().nullable(),
});

/**
 * One of the candidate's own test cases with the claim it backs, what the
 * grader made of it, and what the reference and each AI answer returned.
 */
export const ObjectiveCaseSchema = z.object({
  id: z.string(),
  input: z.union([z.object({ args: z.array(z.unknown()) }), z.object({ stdin: z.string() })]),
  /** The candidate's expected value as JSON text (function mode) or stdout; null when none was given. */
  expected: z.string().nullable(),
  claim: z.string().nullable(),
  /** The grader's reading (null until graded): it exposes a bug; it did not count, and why. */
  exposes: z.boolean().nullable(),
  counted: z.boolean().nullable(),
  why: z.string().nullable(),
  /** The secret reference on this case: staff may see its output. Null until the probe's outputs are stored. */
  reference: CaseOutputSchema.extend({ status: z.enum(['matches', 'differs', 'failed', 'not_checked']) }).nullable(),
  /** Each AI answer on this case, in the order shown. */
  answers: z.array(CaseOutputSchema.extend({ label: AnswerLabelSchema, responseId: z.string() })),
});
export type ObjectiveCase = z.infer<typeof ObjectiveCaseSchema>;

/** The candidate's preference with the response it names (null with `equal`). */
export const ChoiceSchema = z.object({ choice: z.enum(['A', 'B', 'equal']), strength: z.enum(STRENGTHS).nullable(), responseId: z.string().nullable() });
export type Choice = z.infer<typeof ChoiceSchema>;

/**
 * The objective side of a review or compare submit as staff see it: the
 * answers in the order the candidate saw them (label → response id), the
 * stored grading (null until graded), the flags with their comments, the
 * preference and ratings mapped to real responses, and the candidate's test
 * cases with their claims and outputs.
 */
export const ObjectiveViewSchema = z.object({
  kind: z.enum(['review', 'compare']),
  shown: z.array(ShownResponseSchema),
  result: ObjectiveResultSchema.nullable(),
  /** The candidate's flags; `onKey`: within one line of a key line (null until graded). */
  flags: z.array(z.object({ line: z.number().int(), comment: z.string(), onKey: z.boolean().nullable() })),
  preference: ChoiceSchema.nullable(),
  /** Compare kind: the candidate's ratings of each answer, 1-5 per aspect. */
  ratings: z.array(z.object({ label: AnswerLabelSchema, responseId: z.string(), ratings: AnswerRatingsSchema })),
  cases: z.array(ObjectiveCaseSchema),
});
export type ObjectiveView = z.infer<typeof ObjectiveViewSchema>;
