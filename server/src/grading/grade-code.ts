import { MAX_CASES, type LanguageId, type RunJob, type RunReport, type Runner } from '@assay/runners';
import type { Challenge, TestCase } from '../challenges/challenge.schema';
import { entryNameFor } from '../challenges/entry-name';
import { judge, type Judgement } from './judge';

/** Some code to grade against some of a challenge's tests. */
export interface GradeRequest {
  language: LanguageId;
  code: string;
  tests: readonly TestCase[];
  /** Compute the `tests` score (submits); runs and validation only compare. */
  score: boolean;
}

/**
 * The runner job for a challenge's tests: inputs only, never expected
 * values. In function mode it carries the signature, and each loaded
 * test's exact argument text (`argsJson`: integers beyond 2^53 as written);
 * a case built in code (a candidate's) carries its `args`.
 */
export function buildJob(challenge: Challenge, tests: readonly TestCase[], language: LanguageId, code: string): RunJob {
  const { meta } = challenge;
  const base = { language, code, limits: meta.limits };
  if (meta.mode === 'function') {
    const cases = tests.map((t) => ('argsJson' in t && t.argsJson !== undefined ? { name: t.name, argsJson: t.argsJson } : { name: t.name, args: 'args' in t ? t.args : [] }));
    return { ...base, mode: 'function', entry: entryNameFor(meta, language), ...(meta.signature ? { signature: meta.signature } : {}), cases };
  }
  return { ...base, mode: 'stdio', cases: tests.map((t) => ({ name: t.name, stdin: 'stdin' in t ? t.stdin : '' })) };
}

/**
 * Runs code on tests (in chunks the runner accepts; a compile error stops
 * at the first) and judges the whole report once. Engine faults and refused
 * jobs (`InvalidJobError`) propagate; a candidate's failure is a verdict.
 * The one path from code to a verdict for the queue worker and `challenges validate`.
 */
export async function gradeCode(runner: Pick<Runner, 'run'>, challenge: Challenge, request: GradeRequest): Promise<Judgement> {
  const { tests } = request;
  let merged: RunReport | undefined;
  for (let offset = 0; offset < tests.length; offset += MAX_CASES) {
    const report = await runner.run(buildJob(challenge, tests.slice(offset, offset + MAX_CASES), request.language, request.code));
    merged = merged ? { ...merged, cases: [...merged.cases, ...report.cases], timeMs: merged.timeMs + report.timeMs } : report;
    if (report.compile && !report.compile.ok) break;
  }
  if (!merged) throw new Error('gradeCode needs at least one test');
  const { meta } = challenge;
  return judge(tests, merged, {
    comparison: meta.comparison,
    ...(request.score ? { scoring: { groups: meta.scoring.groups, partialCredit: meta.scoring.partialCredit, sets: meta.scoring.sets } } : {}),
  });
}
