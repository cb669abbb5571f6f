import type { CaseReport, CompileReport, RunReport } from '@assay/runners';
import type { Challenge, TestCase } from '../challenges/challenge.schema';
import { compareOutput } from '../grading/compare';
import { nextTurn } from '../grading/next-turn';
import { scoreTests, type TestsScore } from '../grading/tests-score';

/** One case judged: the runner's report plus the server-side comparison. Server-only. */
export interface JudgedCase extends CaseReport {
  pass: boolean;
  reason?: string;
  group?: string;
  /** Set when the returned value was too large to store (hidden cases): its size as JSON, in bytes. */
  valueBytes?: number;
}

/** What is stored in `submissions.result`. Never sent to a candidate as is. */
export interface SubmissionResult {
  image: string;
  imageId: string;
  compile: CompileReport | null;
  cases: JudgedCase[];
  runTimeMs: number;
  /** Hidden-test score (submit kind only). */
  score: TestsScore | null;
}

/**
 * Compares a report's cases with the tests that produced them, in the
 * server (expected values never enter the sandbox), and scores submits.
 * Each comparison is linear in its case's output, and judging yields to the
 * event loop between cases, so a large report never holds up other requests.
 */
export async function judge(challenge: Challenge, tests: TestCase[], report: RunReport, kind: 'run' | 'submit' | 'validate'): Promise<SubmissionResult> {
  const { meta } = challenge;
  const byName = new Map(report.cases.map((c) => [c.name, c]));
  const cases: JudgedCase[] = [];
  for (const test of tests) {
    const actual = byName.get(test.name);
    if (!actual) continue; // a compile error leaves no cases: they count as failed below
    await nextTurn();
    const verdict = compareOutput(meta.comparison, test, actual);
    cases.push({ ...actual, pass: verdict.pass, reason: verdict.reason, group: test.group });
  }
  const passed = new Map(cases.map((c) => [c.name, c.pass]));
  const score = kind === 'submit' ? scoreTests(tests, passed, { groups: meta.scoring.groups, partialCredit: meta.scoring.partialCredit }) : null;
  return { image: report.image, imageId: report.imageId, compile: report.compile, cases, runTimeMs: report.timeMs, score };
}
