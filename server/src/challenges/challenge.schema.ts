import { z } from 'zod';
import { LANGUAGE_IDS, LanguageIdSchema, LimitsSchema, MAX_LIMITS, SignatureSchema, type LanguageId, type Limits } from '@assay/runners';
import { RubricSchema } from './rubric.schema';
import { SlugSchema as Slug } from './slug';

/** Challenge kinds: what the candidate does. */
export const CHALLENGE_KINDS = ['implement', 'debug', 'review', 'compare', 'explain'] as const;
export type ChallengeKind = (typeof CHALLENGE_KINDS)[number];

/**
 * Whether the candidate writes code in this kind (implement, debug). An
 * assessment's languages are the languages candidates may write in, so they
 * narrow only these kinds: a review, compare or explain challenge is read in
 * the AI answers' own languages whatever the assessment offers.
 */
export function writesCode(kind: string): boolean {
  return kind === 'implement' || kind === 'debug';
}

/** Whether the kind judges AI answers (review, compare): Runs probe the candidate's own cases, Submits are graded against the key. */
export function isCritique(kind: string): kind is 'review' | 'compare' {
  return kind === 'review' || kind === 'compare';
}

/** File extension of each language's starter and reference file: `starter/python.py`. */
export const SOURCE_EXTENSIONS: Record<LanguageId, string> = { python: 'py', javascript: 'js', typescript: 'ts', java: 'java', cpp: 'cpp', go: 'go' };

/** Languages that run function mode: all of them, given a `signature` (see UNTYPED_FUNCTION_LANGUAGES). */
export const FUNCTION_LANGUAGES = LANGUAGE_IDS;

/**
 * Languages that also run function mode without a `signature` (their shared
 * harness calls the entry with plain JSON values); Java, C++ and Go need one,
 * since their driver is generated from it.
 */
export const UNTYPED_FUNCTION_LANGUAGES = ['python', 'javascript', 'typescript'] as const;

const Identifier = z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]*$/, 'must be a plain identifier');
const GroupName = z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "_" or "-"');

/** A challenge's limit overrides: any runner limit, each at most the server's maximum. */
const ChallengeLimitsSchema = LimitsSchema.partial().superRefine((limits, ctx) => {
  for (const [key, value] of Object.entries(limits) as [keyof Limits, number][]) {
    if (value > MAX_LIMITS[key]) ctx.addIssue({ code: 'custom', path: [key], message: `at most ${MAX_LIMITS[key]}` });
  }
});

/** How produced output is compared with the expected one (see grading/compare.ts). */
export const ComparisonSchema = z.union(
  [z.enum(['exact', 'unordered', 'text']), z.strictObject({ float: z.number().positive().max(0.5) })],
  { error: 'expected "exact", "unordered", "text" or {float: tolerance}' },
);
export type Comparison = z.infer<typeof ComparisonSchema>;

/**
 * Function-mode entry: one name (idiomatic per-language names derived) or,
 * without a signature, one per language.
 */
export const EntrySchema = z.union([
  Identifier,
  z.strictObject({ python: Identifier.optional(), javascript: Identifier.optional(), typescript: Identifier.optional() }),
], { error: 'expected a function name, or a map from python/javascript/typescript to names' });
/** With a signature the entry is spelled in six languages: no `$`, which Java alone would take. */
const PORTABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
export type Entry = z.infer<typeof EntrySchema>;

/** `scoring`: component weights (sum 1), hidden-group weights, and partial credit. */
export const ScoringSchema = z
  .strictObject({
    weights: z
      .strictObject({ tests: z.number().min(0).default(0), objective: z.number().min(0).default(0), rubric: z.number().min(0).default(0) })
      .refine((w) => Math.abs(w.tests + w.objective + w.rubric - 1) < 1e-9, 'tests + objective + rubric must sum to 1')
      .default({ tests: 1, objective: 0, rubric: 0 }),
    /** Hidden group name → weight; groups not named here weigh 1. */
    groups: z.record(GroupName, z.number().min(0)).optional(),
    /** true: a group scores the weighted fraction of its cases passed; false: 1 only if all pass. */
    partialCredit: z.boolean().default(true),
    /**
     * Debug kind: weights of the hidden tests the starter fails (`failToPass`)
     * and passes (`passToPass`); the tests score is their weighted mean, each
     * set scored by its groups as above. A `passToPass` weight above the
     * other makes a fix that breaks what worked worse than no fix.
     */
    sets: z.strictObject({ failToPass: z.number().min(0), passToPass: z.number().min(0) }).optional(),
    /**
     * Review and compare kinds: weights of the objective part's pieces
     * (default 1 each; compare's `tests` 0 unless set); a piece that does
     * not apply (a tests piece on a correct answer) is left out of the mean.
     */
    objective: z
      .strictObject({ verdict: z.number().min(0).optional(), lines: z.number().min(0).optional(), tests: z.number().min(0).optional(), preference: z.number().min(0).optional() })
      .optional(),
  })
  .default({ weights: { tests: 1, objective: 0, rubric: 0 }, partialCredit: true });
export type Scoring = z.infer<typeof ScoringSchema>;

/** `challenge.yaml`. */
export const ChallengeMetaSchema = z
  .strictObject({
    id: Slug,
    title: z.string().trim().min(1),
    kind: z.enum(CHALLENGE_KINDS),
    difficulty: z.enum(['easy', 'medium', 'hard']).optional(),
    languages: z
      .array(LanguageIdSchema)
      .min(1)
      .refine((l) => new Set(l).size === l.length, 'each language once'),
    mode: z.enum(['function', 'stdio']),
    entry: EntrySchema.optional(),
    /** Function mode: the entry's typed signature (challenges/README.md, "Signatures"); Java, C++ and Go need it. */
    signature: SignatureSchema.optional(),
    limits: ChallengeLimitsSchema.optional(),
    comparison: ComparisonSchema.default('exact'),
    scoring: ScoringSchema,
    explanation: z
      .strictObject({ required: z.boolean(), minWords: z.number().int().min(0).optional(), prompt: z.string().min(1).optional() })
      .optional(),
    /** Suggested time for this challenge, minutes. */
    timeLimitMinutes: z.number().int().positive().optional(),
    /**
     * Compare kind, a consistency probe: this challenge shows the same two
     * answers as the compare challenge named here. In an attempt holding
     * both, it shows them in the opposite order, and the report tells
     * whether the candidate's choice followed the answer or the position.
     */
    swapOf: Slug.optional(),
  })
  .superRefine((meta, ctx) => {
    if (meta.mode === 'function') {
      if (!meta.signature) {
        meta.languages.forEach((language, i) => {
          if (!(UNTYPED_FUNCTION_LANGUAGES as readonly string[]).includes(language)) {
            ctx.addIssue({ code: 'custom', path: ['languages', i], message: `${language} runs function mode from a signature: declare "signature" (params, returns) in challenge.yaml, or use stdio mode` });
          }
        });
      }
      if (meta.entry === undefined) ctx.addIssue({ code: 'custom', path: ['entry'], message: 'required in function mode' });
      if (meta.entry !== undefined && typeof meta.entry === 'object') {
        if (meta.signature) {
          ctx.addIssue({ code: 'custom', path: ['entry'], message: 'with a signature the entry is one name (each language spells it its own way: two_sum, twoSum)' });
        } else {
          for (const language of meta.languages) {
            if (!meta.entry[language as keyof typeof meta.entry]) ctx.addIssue({ code: 'custom', path: ['entry'], message: `no entry name for ${language}` });
          }
        }
      }
      if (meta.signature && typeof meta.entry === 'string' && !PORTABLE_NAME.test(meta.entry)) {
        ctx.addIssue({ code: 'custom', path: ['entry'], message: 'with a signature the entry is letters, digits and "_" (every language must spell it)' });
      }
      if (meta.comparison === 'text') ctx.addIssue({ code: 'custom', path: ['comparison'], message: '"text" compares stdout; use it in stdio mode' });
    } else {
      if (meta.entry !== undefined) ctx.addIssue({ code: 'custom', path: ['entry'], message: 'entry is for function mode; stdio programs read stdin' });
      if (meta.signature !== undefined) ctx.addIssue({ code: 'custom', path: ['signature'], message: 'signature is for function mode; stdio programs read stdin' });
    }
  });
export type ChallengeMeta = z.infer<typeof ChallengeMetaSchema>;

/** Debug kind: whether a hidden test fails on the buggy starter (the fix must make it pass) or passes on it (the fix must keep it passing). */
export const DEBUG_SETS = ['fail_to_pass', 'pass_to_pass'] as const;
export type DebugSet = (typeof DEBUG_SETS)[number];

const CaseCommon = {
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 _.:()-]*$/, 'letters, digits, spaces and _ . : ( ) -').max(80),
  group: GroupName.optional(),
  /** Weight inside its group (default 1). */
  weight: z.number().positive().optional(),
  /** Debug kind, hidden tests: its set, which validation proves by running the starter. */
  set: z.enum(DEBUG_SETS).optional(),
};

/** A function-mode test: arguments in, JSON value out. `expected: null` is allowed; a missing key is not. */
export const FunctionCaseSchema = z.strictObject({ ...CaseCommon, args: z.array(z.unknown()), expected: z.unknown() });
/** A stdio-mode test. */
export const StdioCaseSchema = z.strictObject({ ...CaseCommon, stdin: z.string(), stdout: z.string() });
/**
 * A function-mode test as loaded: `expectedJson` and `argsJson` are the
 * exact JSON texts of `expected` and `args` (integers of any size as
 * written; `expected` and `args` themselves went through doubles). Set by
 * the loader, never read from a file (the file schema above refuses them);
 * a case built in code may omit them.
 */
export const LoadedFunctionCaseSchema = FunctionCaseSchema.extend({ expectedJson: z.string().optional(), argsJson: z.string().optional() });
export type FunctionCase = z.infer<typeof LoadedFunctionCaseSchema>;
export type StdioCase = z.infer<typeof StdioCaseSchema>;
/** A test as loaded, in either mode. */
export const TestCaseSchema = z.union([LoadedFunctionCaseSchema, StdioCaseSchema]);
export type TestCase = z.infer<typeof TestCaseSchema>;

/** `tests/public.yaml` or `tests/hidden.yaml` for a mode; an empty file is an empty list. */
export function testListSchema(mode: ChallengeMeta['mode']) {
  return z.array(mode === 'function' ? FunctionCaseSchema : StdioCaseSchema).nullable().transform((l) => l ?? []);
}

/** `rubric.yaml` lives in its own module (its format, the first format's reading, the checks). */
export { RubricSchema, criterionPoints, rubricFullMarks, type Rubric, type RubricCriterion, type RubricGate, type RubricLevel } from './rubric.schema';

/** Labels the candidate sees for the AI answers, in the order shown (review: one, compare: two). */
export const ANSWER_LABELS = ['A', 'B'] as const;
export const AnswerLabelSchema = z.enum(ANSWER_LABELS);
export type AnswerLabel = z.infer<typeof AnswerLabelSchema>;

/** A review verdict on an AI answer (key.yaml and the candidate's answer). */
export const VERDICTS = ['correct', 'incorrect', 'partially_correct'] as const;
export type Verdict = (typeof VERDICTS)[number];
/** How much better the preferred answer is (compare kind), weakest first. */
export const STRENGTHS = ['slightly', 'clearly', 'much'] as const;
export type Strength = (typeof STRENGTHS)[number];

/** `key.yaml`: the answer key for objective parts. Secret. */
export const KeySchema = z.strictObject({
  verdict: z.enum(VERDICTS).optional(),
  /** 1-based lines of the reviewed response that hold the bug. */
  buggyLines: z.array(z.number().int().positive()).optional(),
  /** Compare kind: id of the better response, or `equal`. */
  preferred: z.union([z.literal('equal'), Slug]).optional(),
  /** Compare kind: how much better `preferred` is (required unless `equal`). */
  strength: z.enum(STRENGTHS).optional(),
  /**
   * Compare kind: steps the candidate's preference may be off on the scale
   * much A … slightly A, equal, slightly B … much B and still count in full,
   * as long as it does not pick the other answer (default 1).
   */
  strengthTolerance: z.number().int().min(0).max(6).default(1),
  /** Free text for reviewers and authors. */
  notes: z.string().optional(),
});
export type Key = z.infer<typeof KeySchema>;

/** `responses/<file>.yaml`: one AI answer under review. */
export const ResponseSchema = z.strictObject({
  id: Slug,
  language: z.enum(LANGUAGE_IDS),
  code: z.string().min(1),
  explanation: z.string().optional(),
});
export type AiResponse = z.infer<typeof ResponseSchema>;

/**
 * A loaded challenge, secrets included: never send it to a candidate (see
 * challenge.presenter.ts). What the loader returns, and what
 * `challenge_versions.content` stores (with `dir` emptied) and is parsed
 * with on read.
 */
export const ChallengeSchema = z.strictObject({
  id: Slug,
  /** The folder it was loaded from, as given. */
  dir: z.string(),
  meta: ChallengeMetaSchema,
  prompt: z.string(),
  starter: z.partialRecord(LanguageIdSchema, z.string()),
  reference: z.partialRecord(LanguageIdSchema, z.string()),
  responses: z.array(ResponseSchema),
  tests: z.strictObject({ public: z.array(TestCaseSchema), hidden: z.array(TestCaseSchema) }),
  rubric: RubricSchema.nullable(),
  key: KeySchema.nullable(),
  /** Every file read, path relative to the folder → content; the input of `challengeHash`. */
  files: z.record(z.string(), z.string()),
});
export type Challenge = z.infer<typeof ChallengeSchema>;
