import { z } from 'zod';
import { CaseReportSchema, CompileReportSchema, type RunReport } from '@assay/runners';
import type { Comparison, TestCase } from '../challenges/challenge.schema';
import { compareOutput } from './compare';
import { Pacer } from './next-turn';
import { scoreTests, TestsScoreSchema, type TestsScoring } from './tests-score';

/** One case judged: the runner's report plus the server-side comparison. Server-only. */
export const JudgedCaseSchema = CaseReportSchema.extend({
  pass: z.boolean(),
  /** Why it failed, briefly (for authors and candidates' public runs). */
  reason: z.string().optional(),
  group: z.string().optional(),
  /** Set when the returned value was too large to store (hidden cases): its size as JSON, in bytes. */
  valueBytes: z.number().optional(),
  /** The returned value parsed, as results stored before `valueJson` carry it (read by grading/case-values.ts). */
  value: z.unknown().optional(),
});
export type JudgedCase = z.infer<typeof JudgedCaseSchema>;

/**
 * A run judged: what is stored in `submissions.result` and what
 * `challenges validate` reads. Never sent to a candidate as is.
 */
export const JudgementSchema = z.object({
  image: z.string(),
  imageId: z.string(),
  compile: CompileReportSchema.nullable(),
  /** One per test that produced a report, in the tests' order; a compile error leaves none. */
  cases: z.array(JudgedCaseSchema),
  /** The runner's wall-clock time, ms. */
  runTimeMs: z.number(),
  /** The hidden-tests component, when the rules ask for a score (submits). */
  score: TestsScoreSchema.nullable(),
});
export type Judgement = z.infer<typeof JudgementSchema>;

/** How a challenge judges: its comparison (the mode follows from each test's shape), and (to score) its test scoring. */
export interface JudgingRules {
  comparison: Comparison;
  /** Present to compute the `tests` score; runs and validation leave it out. */
  scoring?: TestsScoring;
}

/**
 * The one judge: compares each case of a run report with the test that
 * produced it, in the server (expected values never enter the sandbox), and
 * scores the tests when the rules carry a scoring. A test without a case
 * (compile error, missing report) is absent from `cases` and counts as failed.
 * Used by the queue worker (through `gradeCode`), `challenges validate` and so the API bench.
 * `pace` decides when to let the event loop run (tests pass their own budget).
 */
export async function judge(tests: readonly TestCase[], report: RunReport, rules: JudgingRules, pace: Pacer = new Pacer()): Promise<Judgement> {
  const byName = new Map(report.cases.map((c) => [c.name, c]));
  const cases: JudgedCase[] = [];
  for (const test of tests) {
    const actual = byName.get(test.name);
    if (!actual) continue;
    const verdict = compareOutput(rules.comparison, test, actual);
    cases.push({ ...actual, pass: verdict.pass, reason: verdict.reason, group: test.group });
    // Comparisons are linear in the output: yielding by output judged keeps large reports from holding up other requests.
    await pace.after(actual.stdout.length + (actual.valueJson?.length ?? 0));
  }
  const passed = new Map(cases.map((c) => [c.name, c.pass]));
  const score = rules.scoring ? scoreTests(tests, passed, rules.scoring) : null;
  return { image: report.image, imageId: report.imageId, compile: report.compile, cases, runTimeMs: report.timeMs, score };
}
