import { parseSignature, type Signature } from '@assay/runners';
import type { CandidateTest } from '../attempts/attempt.schema';
import type { ChallengeMeta, TestCase } from '../challenges/challenge.schema';
import { signatureMisfits } from '../challenges/signature-misfits';
import { parseJsonExact, toJsonText } from './json-exact';

type Mode = ChallengeMeta['mode'];

/** A problem with one of the candidate's test cases; `field` is the path under the body (`answers.tests.2.args`). */
export interface CaseProblem {
  field: string;
  message: string;
}

/** Whether a candidate case gives the input the challenge's mode takes (function: `args`, stdio: `stdin`). */
export function fitsMode(mode: Mode, test: CandidateTest): boolean {
  return mode === 'function' ? 'args' in test : 'stdin' in test;
}

/** Whether the candidate gave an expected value (`null` counts in function mode: a function may return null). */
export function hasExpected(test: CandidateTest): boolean {
  return Object.hasOwn(test, 'expected') && test.expected !== undefined;
}

/**
 * The candidate's expected value as the comparison takes it: exact JSON
 * text (function mode) or the expected stdout; `text: null` when none was
 * given; `error` when a function-mode value is not JSON the comparison can
 * read (checked on the way in by `candidateTestProblems`, so only a stored
 * draft can hold one).
 */
export function expectedTextOf(mode: Mode, test: CandidateTest): { text: string | null } | { error: string } {
  if (!hasExpected(test)) return { text: null };
  if (mode !== 'function') return { text: String(test.expected) };
  try {
    const text = toJsonText(test.expected);
    parseJsonExact(text); // the comparison parses it again: same limits here
    return { text };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/**
 * What is wrong with the candidate's test cases for a challenge of `mode`:
 * an input of the other mode, a duplicate id, a value JSON cannot hold (or
 * nests deeper than the comparison reads), and with a `signature`, an
 * argument or expected value that does not fit its declared type (the
 * field names the argument: `answers.tests.0.args.1`). Empty when they can run.
 */
export function candidateTestProblems(mode: Mode, tests: readonly CandidateTest[], signature?: Signature): CaseProblem[] {
  const sig = signature && mode === 'function' ? parseSignature(signature) : undefined;
  const problems: CaseProblem[] = [];
  const ids = new Set<string>();
  tests.forEach((test, i) => {
    const at = `answers.tests.${i}`;
    if (ids.has(test.id)) problems.push({ field: `${at}.id`, message: `"${test.id}" is used by an earlier case; give each case its own id` });
    ids.add(test.id);
    if (!fitsMode(mode, test)) {
      const message =
        mode === 'function'
          ? 'required: this challenge calls a function, so a case gives its arguments (args), not stdin'
          : 'required: this challenge reads stdin, so a case gives stdin, not args';
      problems.push({ field: `${at}.${mode === 'function' ? 'args' : 'stdin'}`, message });
      return;
    }
    if ('args' in test) {
      try {
        toJsonText(test.args);
      } catch (error) {
        problems.push({ field: `${at}.args`, message: (error as Error).message });
      }
    }
    const expected = expectedTextOf(mode, test);
    if ('error' in expected) problems.push({ field: `${at}.expected`, message: expected.error });
    else if (sig && 'args' in test) {
      for (const misfit of signatureMisfits(sig, test.args, hasExpected(test) ? { value: test.expected } : undefined)) {
        problems.push({ field: [at, ...misfit.at].join('.'), message: `tests[${i}].${misfit.message}` });
      }
    }
  });
  return problems;
}

/** The name a candidate case runs under in a job: by position, since the candidate's ids are free text. */
export const probeCaseName = (index: number) => `case-${index + 1}`;

/** The cases of a job for the candidate's tests that fit the mode (inputs only; the job never carries an expected value). */
export function probeTestCases(mode: Mode, tests: readonly CandidateTest[]): TestCase[] {
  return tests.flatMap((test, i): TestCase[] => {
    if (!fitsMode(mode, test)) return [];
    const name = probeCaseName(i);
    return ['args' in test ? { name, args: test.args, expected: null } : { name, stdin: test.stdin, stdout: '' }];
  });
}
