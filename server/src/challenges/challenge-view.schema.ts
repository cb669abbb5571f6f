import { z } from 'zod';
import { LanguageIdSchema } from '@assay/runners';
import { AnswerLabelSchema, CHALLENGE_KINDS, ComparisonSchema } from './challenge.schema';

const PublicTestSchema = z.union([
  z.object({ name: z.string(), args: z.array(z.unknown()), expected: z.unknown() }),
  z.object({ name: z.string(), stdin: z.string(), stdout: z.string() }),
]);

/**
 * What a candidate may see of a challenge (the HTTP response body shared with
 * the web app). Never hidden tests, reference code, the answer key, rubric
 * levels or reviewer notes.
 */
export const CandidateChallengeViewSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  kind: z.enum(CHALLENGE_KINDS),
  difficulty: z.enum(['easy', 'medium', 'hard']).nullable(),
  /** Markdown. */
  prompt: z.string(),
  languages: z.array(LanguageIdSchema),
  mode: z.enum(['function', 'stdio']),
  /** Function to write per language (function mode), e.g. `{python: 'two_sum'}`. */
  entry: z.partialRecord(LanguageIdSchema, z.string()).nullable(),
  /** Starting code per language; only the requested language when one was asked for. */
  starter: z.partialRecord(LanguageIdSchema, z.string()),
  comparison: ComparisonSchema,
  publicTests: z.array(PublicTestSchema),
  /** How many hidden tests the submission is judged on (their content stays secret). */
  hiddenTestCount: z.number().int(),
  /** Per-case wall-clock time, ms, and memory, MiB, with the server's defaults filled in. */
  limits: z.object({ timeMs: z.number(), memoryMb: z.number() }),
  explanation: z.object({ required: z.boolean(), minWords: z.number().optional(), prompt: z.string().optional() }).nullable(),
  /**
   * What the explanation is scored on (titles and worth only; no levels or
   * notes): `points` is what the criterion can count in the total, its
   * weight already applied (`weight` × its top level, or largest deduction).
   */
  rubric: z.array(z.object({ id: z.string(), title: z.string(), description: z.string(), points: z.number(), weight: z.number() })),
  /** The rubric's full marks (a perfect explanation's total); null without a rubric. */
  rubricFullMarks: z.number().nullable(),
  /**
   * The AI answers under review (review: one, compare: two), in the order
   * this candidate is shown them (randomized per candidate for compare, and
   * stable), each under the label answers refer to it by. Response ids are
   * not sent: they are the key's vocabulary.
   */
  responses: z.array(z.object({ label: AnswerLabelSchema, language: LanguageIdSchema, code: z.string(), explanation: z.string().optional() })),
  timeLimitMinutes: z.number().nullable(),
});
export type CandidateChallengeView = z.infer<typeof CandidateChallengeViewSchema>;
