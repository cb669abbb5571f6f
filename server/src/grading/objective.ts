import type { Answers } from '../attempts/attempt.schema';
import { shownResponses } from '../challenges/challenge.presenter';
import { isCritique, type Challenge, type Key } from '../challenges/challenge.schema';
import type { ObjectivePiece, ObjectiveResult, ProbeCaseOutcome } from './objective.schema';
import { gradeLines } from './objective-lines';
import { gradePreference } from './objective-preference';
import { gradeTests } from './objective-tests';

/** What `gradeObjective` grades: a challenge (its key), the candidate's answers, the order they saw and the probe of their test cases. */
export interface ObjectiveInput {
  challenge: Challenge;
  /** The answers submitted; null when none were. */
  answers: Answers | null;
  /** Response ids in the order shown to the candidate (labels A, B); ids it does not name follow in the files' order. */
  order: readonly string[];
  /** The candidate's test cases as run on the reference and the AI answers; null when nothing was run. */
  probe: readonly ProbeCaseOutcome[] | null;
}

type Piece = ObjectiveResult['pieces'][number];

/** A piece's weight: `scoring.objective` or 1, except compare's tests piece, which counts only when weighted there. */
function weightOf(challenge: Challenge, piece: ObjectivePiece): number {
  const set = challenge.meta.scoring.objective?.[piece];
  if (set !== undefined) return set;
  return piece === 'tests' && challenge.meta.kind === 'compare' ? 0 : 1;
}

/** Whether the key says the reviewed answer has a bug (its verdict, else buggy lines listed). */
function keyFindsBug(key: Key): boolean {
  return key.verdict !== undefined ? key.verdict !== 'correct' : (key.buggyLines?.length ?? 0) > 0;
}

/** Every line the candidate flagged: comment flags and the earlier bare `flaggedLines`. */
function flaggedLines(answers: Answers | null): number[] {
  return [...(answers?.flags ?? []).map((f) => f.line), ...(answers?.flaggedLines ?? [])];
}

/**
 * The objective part of a review or compare challenge's score, against
 * key.yaml (pure). Review: verdict (equals the key's), lines (F1 against the
 * buggy lines, one line of tolerance) and tests (some case of the
 * candidate's exposes a bug; only when the key says there is one). Compare:
 * preference (on the seven-step scale through the order the candidate saw)
 * and tests only when `scoring.objective.tests` weighs it. `score` is the
 * weighted mean of the pieces that apply with weight > 0; null when none
 * does (another kind, no key, every weight 0).
 */
export function gradeObjective(input: ObjectiveInput): ObjectiveResult {
  const { challenge, answers, probe } = input;
  const { kind } = challenge.meta;
  const key = challenge.key;
  const result: ObjectiveResult = { score: null, pieces: [], verdict: null, lines: null, tests: null, preference: null };
  if (!key || !isCritique(kind)) return result;
  const order = shownResponses(challenge, input.order).map((r) => r.id);
  const pieces: Piece[] = [];
  const add = (piece: ObjectivePiece, value: number, detail: string) => pieces.push({ piece, weight: weightOf(challenge, piece), value, detail });

  // Reviewers see what the candidate's cases did whether or not the piece counts.
  const tests = gradeTests(probe);
  if (probe !== null) result.tests = tests.tests;
  const addTests = () => {
    result.tests = tests.tests;
    add('tests', tests.value, tests.detail);
  };

  if (kind === 'review') {
    if (key.verdict !== undefined) {
      const given = answers?.verdict ?? null;
      const correct = given === key.verdict;
      result.verdict = { given, key: key.verdict, correct };
      add('verdict', correct ? 1 : 0, given === null ? 'no verdict given' : `${given}; the key says ${key.verdict}`);
    }
    const lines = gradeLines(flaggedLines(answers), key.buggyLines ?? []);
    result.lines = lines.lines;
    add('lines', lines.value, lines.detail);
    if (keyFindsBug(key)) addTests();
  } else {
    if (key.preferred !== undefined) {
      const preference = gradePreference({ ...key, preferred: key.preferred }, answers, order);
      result.preference = preference.preference;
      add('preference', preference.value, preference.detail);
    }
    if (weightOf(challenge, 'tests') > 0) addTests();
  }

  result.pieces = pieces;
  const counted = pieces.filter((p) => p.weight > 0);
  const weight = counted.reduce((sum, p) => sum + p.weight, 0);
  result.score = weight > 0 ? counted.reduce((sum, p) => sum + p.weight * p.value, 0) / weight : null;
  return result;
}
