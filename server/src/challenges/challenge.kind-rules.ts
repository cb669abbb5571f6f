import type { Problem } from './challenge.problem';
import { isCritique, type ChallengeMeta, type TestCase } from './challenge.schema';

/** Adds a problem at a field of a file (relative to the challenge folder). */
export type At = (rel: string, path: readonly PropertyKey[], message: string, extra?: Partial<Problem>) => void;

/** "a debug challenge", "an implement challenge". */
export const aKind = (kind: string) => `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} challenge`;

/**
 * Fields of challenge.yaml that only some kinds use: `scoring.sets` (debug),
 * `scoring.objective` and an objective weight (review and compare: nothing
 * else has an objective part to grade), `swapOf` (compare, another
 * challenge), and at most one response for an explain challenge (the code it
 * is about).
 */
export function checkKindFields(meta: ChallengeMeta, responseCount: number, at: At, add: (problem: Problem) => void, shown: (rel: string) => string): void {
  const { kind, scoring } = meta;
  if (scoring.sets && kind !== 'debug') {
    at('challenge.yaml', ['scoring', 'sets'], `only a debug challenge has test sets (the tests its buggy starter fails and passes); this one is ${kind}`);
  }
  if (!isCritique(kind)) {
    if (scoring.objective) at('challenge.yaml', ['scoring', 'objective'], `weighs the objective pieces of review and compare challenges; this one is ${kind}`);
    if (scoring.weights.objective > 0) {
      at('challenge.yaml', ['scoring', 'weights', 'objective'], `only review and compare answers are graded objectively; ${aKind(kind)}'s objective weight must be 0`);
    }
  }
  if (meta.swapOf !== undefined) {
    if (kind !== 'compare') at('challenge.yaml', ['swapOf'], `only a compare challenge can show another's pair swapped; this one is ${kind}`);
    else if (meta.swapOf === meta.id) at('challenge.yaml', ['swapOf'], 'names this challenge itself; name the compare challenge whose pair this one shows swapped');
  }
  if (kind === 'explain' && responseCount > 1) {
    add({ file: shown('responses/'), message: `an explain challenge shows at most one response (the code it is about); found ${responseCount}` });
  }
}

/**
 * Debug sets on tests: `set` only on hidden tests of a debug challenge; with
 * `scoring.sets` every hidden test needs one, and a set weighed above 0
 * needs a test. Validation proves each set by running the starter.
 */
export function checkTestSets(meta: ChallengeMeta, publicTests: readonly TestCase[], hiddenTests: readonly TestCase[], at: At): void {
  publicTests.forEach((test, i) => {
    if (test.set) at('tests/public.yaml', [i, 'set'], 'only hidden tests carry a set (public tests are examples, not scored)', { test: test.name });
  });
  if (meta.kind !== 'debug') {
    hiddenTests.forEach((test, i) => {
      if (test.set) at('tests/hidden.yaml', [i, 'set'], `only a debug challenge's hidden tests carry a set; this one is ${meta.kind}`, { test: test.name });
    });
    return;
  }
  const sets = meta.scoring.sets;
  if (!sets) return;
  hiddenTests.forEach((test, i) => {
    if (!test.set) {
      at('tests/hidden.yaml', [i, 'name'], 'scoring.sets weighs the debug sets: give this test "set: fail_to_pass" or "set: pass_to_pass" (the validation report shows which)', { test: test.name });
    }
  });
  for (const [field, set] of [['failToPass', 'fail_to_pass'], ['passToPass', 'pass_to_pass']] as const) {
    if (sets[field] > 0 && !hiddenTests.some((t) => t.set === set)) at('challenge.yaml', ['scoring', 'sets', field], `weighs the ${set} set, but no hidden test is in it`);
  }
}
