import type { ObjectiveResult, ProbeCaseOutcome } from './objective.schema';

/** The tests piece's value and its record, as `gradeTests` returns it. */
export interface TestsGrade {
  value: number;
  detail: string;
  tests: NonNullable<ObjectiveResult['tests']>;
}

/** Whether one probed case counts, exposes a bug, and why not when it does not. */
function judgeCase(c: ProbeCaseOutcome): NonNullable<ObjectiveResult['tests']>['cases'][number] {
  const base = { id: c.id, claim: c.claim };
  switch (c.reference) {
    case 'failed':
      return { ...base, exposes: false, counted: false, why: c.why ?? 'the case failed on the reference' };
    case 'not_checked':
      return { ...base, exposes: false, counted: false, why: 'no expected value given' };
    case 'differs':
      return { ...base, exposes: false, counted: true, why: 'the reference does not return the expected value given' };
    case 'matches': {
      const exposes = c.answers.some((a) => !a.matches);
      return { ...base, exposes, counted: true, why: exposes ? null : 'every AI answer returns the expected value too' };
    }
  }
}

/**
 * Review and compare kinds: the candidate's own test cases as probed. A case
 * exposes a bug when the reference returns the candidate's expected value
 * and some AI answer does not; a case the reference failed on, or without an
 * expected value, does not count and says why. The value is 1 when at least
 * one case exposes a bug, else 0. `probe` null: nothing was run.
 */
export function gradeTests(probe: readonly ProbeCaseOutcome[] | null): TestsGrade {
  const cases = (probe ?? []).map(judgeCase);
  const exposing = cases.filter((c) => c.exposes).length;
  const tests = { cases, exposing };
  if (cases.length === 0) return { value: 0, detail: 'no test cases given', tests };
  const counted = cases.filter((c) => c.counted).length;
  return { value: exposing > 0 ? 1 : 0, detail: `${exposing} of ${cases.length} case(s) expose a bug (${counted} counted)`, tests };
}
