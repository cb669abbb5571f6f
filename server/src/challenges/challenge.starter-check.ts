import type { InvalidJobError, LanguageId } from '@assay/runners';
import type { CompareResult } from '../grading/compare';
import type { Problem, StarterOutcome } from './challenge-api.schema';
import type { DebugSet, TestCase } from './challenge.schema';

/** Outcome of running some code on some cases: per case, the comparison result. */
export type Outcome = { compileError: string } | { results: Map<string, CompareResult> } | { invalid: InvalidJobError };

/** What a debug starter did on one hidden test over the runs. */
export interface StarterResult {
  outcome: StarterOutcome;
  passes: number;
  runs: number;
}

/** The set a hidden test belongs in, by what the buggy starter does on it. */
const SET_OF: Record<Exclude<StarterOutcome, 'flaky'>, DebugSet> = { fails: 'fail_to_pass', passes: 'pass_to_pass' };

/**
 * Debug kind: reads the starter's repeated runs on the hidden tests (a
 * compile error fails them all). Each test's outcome is what the author
 * copies into its `set`; a test whose `set` disagrees, or that passes only
 * sometimes on the starter, is a problem, as is a starter passing every
 * test (there is no bug to fix). `file` is the starter's path as shown.
 */
export function checkStarterRuns(runs: readonly Outcome[], hidden: readonly TestCase[], file: string, language: LanguageId): { problems: Problem[]; byTest: Map<string, StarterResult> } {
  const problems: Problem[] = [];
  const byTest = new Map<string, StarterResult>();
  for (const test of hidden) {
    const passes = runs.filter((o) => 'results' in o && o.results.get(test.name)?.pass).length;
    const outcome: StarterOutcome = passes === runs.length ? 'passes' : passes === 0 ? 'fails' : 'flaky';
    byTest.set(test.name, { outcome, passes, runs: runs.length });
    const at = { file, language, test: test.name };
    if (outcome === 'flaky') {
      const message = `the buggy starter passes this test in ${passes} of ${runs.length} runs: a debug test must pass or fail on it every time`;
      if (test.set) problems.push({ ...at, message });
    } else if (test.set && test.set !== SET_OF[outcome]) {
      problems.push({ ...at, message: `set ${test.set}, but the buggy starter ${outcome === 'passes' ? 'passes' : 'fails'} it: it belongs in ${SET_OF[outcome]}` });
    }
  }
  if (hidden.length && [...byTest.values()].every((r) => r.outcome === 'passes')) {
    problems.push({ file, language, message: 'the buggy starter passes every hidden test: add a test that exposes the bug' });
  }
  return { problems, byTest };
}
