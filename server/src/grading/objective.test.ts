import type { Answers } from '../attempts/attempt.schema';
import { ChallengeMetaSchema, KeySchema, type Challenge } from '../challenges/challenge.schema';
import { addChallenge } from '../test-support/factories';
import type { ProbeCaseOutcome } from './objective.schema';
import { gradeObjective } from './objective';

type KeyInput = Parameters<typeof KeySchema.parse>[0];

/** A review or compare challenge with this key and `scoring.objective` (two responses: `r-one`, `r-two`). */
function critique(kind: 'review' | 'compare', key: KeyInput | null, objective?: Record<string, number>): Challenge {
  const base = addChallenge({ kind });
  const meta = ChallengeMetaSchema.parse({
    ...base.meta,
    scoring: { weights: { objective: 1 }, ...(objective ? { objective } : {}) },
  });
  const responses = [
    { id: 'r-one', language: 'python' as const, code: 'def add(a, b):\n    return a - b\n' },
    { id: 'r-two', language: 'python' as const, code: 'def add(a, b):\n    return a + b\n' },
  ];
  return { ...base, meta, responses: kind === 'review' ? responses.slice(0, 1) : responses, key: key === null ? null : KeySchema.parse(key) };
}

const outcome = (id: string, reference: ProbeCaseOutcome['reference'], answers: Record<string, boolean>, extra: Partial<ProbeCaseOutcome> = {}): ProbeCaseOutcome => ({
  id,
  reference,
  why: null,
  answers: Object.entries(answers).map(([responseId, matches]) => ({ responseId, matches })),
  claim: null,
  ...extra,
});
const flags = (...lines: number[]): Answers => ({ flags: lines.map((line) => ({ line, comment: 'here' })) });
const piece = (result: ReturnType<typeof gradeObjective>, name: string) => result.pieces.find((p) => p.piece === name);

describe('gradeObjective: review lines', () => {
  const review = critique('review', { verdict: 'incorrect', buggyLines: [10, 20] }, { verdict: 0, tests: 0 });
  it.each<[string, Answers | null, number]>([
    ['no flagged lines', flags(), 0],
    ['no answers at all', null, 0],
    ['both lines exactly', flags(10, 20), 1],
    ['within one line either way', flags(9, 21), 1],
    ['two lines off does not count', flags(12, 18), 0],
    ['one of two found, no false alarm: F1 of 1 and 1/2', flags(10), 2 / 3],
    ['one hit, one false alarm: F1 of 1/2 and 1/2', flags(10, 40), 0.5],
    ['a duplicated flag counts once', flags(10, 10), 2 / 3],
    ['all lines flagged: recall 1, precision 6/40', flags(...Array.from({ length: 40 }, (_, i) => i + 1)), (2 * (6 / 40)) / (6 / 40 + 1)],
    ['legacy flaggedLines without comments', { flaggedLines: [11, 19] }, 1],
    ['legacy and new flags together', { flaggedLines: [11], flags: [{ line: 19, comment: 'x' }] }, 1],
  ])('%s', (_name, answers, expected) => {
    const result = gradeObjective({ challenge: review, answers, order: ['r-one'], probe: null });
    expect(piece(result, 'lines')?.value).toBeCloseTo(expected, 12);
    expect(result.score).toBeCloseTo(expected, 12);
  });

  it('records flags, key lines, hits, found, precision and recall', () => {
    const result = gradeObjective({ challenge: review, answers: flags(21, 10, 40), order: ['r-one'], probe: null });
    expect(result.lines).toEqual({ flagged: [10, 21, 40], key: [10, 20], found: [10, 20], hits: [10, 21], precision: 2 / 3, recall: 1 });
  });

  it('nothing flagged: precision unknown, recall 0', () => {
    expect(gradeObjective({ challenge: review, answers: flags(), order: [], probe: null }).lines).toMatchObject({ precision: null, recall: 0 });
  });

  it.each<[string, Answers, number]>([
    ['a correct answer with no flags scores 1', { verdict: 'correct' }, 1],
    ['a correct answer with a flag scores 0 on lines', { verdict: 'correct', ...flags(3) }, 0],
  ])('%s', (_name, answers, lines) => {
    const correct = critique('review', { verdict: 'correct' });
    const result = gradeObjective({ challenge: correct, answers, order: ['r-one'], probe: null });
    expect(piece(result, 'lines')?.value).toBe(lines);
    expect(piece(result, 'verdict')?.value).toBe(1);
    expect(piece(result, 'tests')).toBeUndefined();
    expect(result.score).toBeCloseTo((1 + lines) / 2, 12);
  });
});

describe('gradeObjective: review verdict', () => {
  it.each<[string, Answers | null, number]>([
    ['the key verdict', { verdict: 'partially_correct' }, 1],
    ['another verdict', { verdict: 'incorrect' }, 0],
    ['no verdict', {}, 0],
  ])('%s', (_name, answers, expected) => {
    const challenge = critique('review', { verdict: 'partially_correct', buggyLines: [4] }, { lines: 0, tests: 0 });
    const result = gradeObjective({ challenge, answers, order: [], probe: null });
    expect(result.score).toBe(expected);
    expect(result.verdict).toEqual({ given: answers?.verdict ?? null, key: 'partially_correct', correct: expected === 1 });
  });
});

describe('gradeObjective: review tests', () => {
  const challenge = critique('review', { verdict: 'incorrect', buggyLines: [2] }, { verdict: 0, lines: 0 });
  const grade = (probe: ProbeCaseOutcome[] | null) => gradeObjective({ challenge, answers: {}, order: ['r-one'], probe });

  it('a case the reference gets right and the AI answer does not exposes the bug', () => {
    const result = grade([outcome('t1', 'matches', { 'r-one': true }), outcome('t2', 'matches', { 'r-one': false }, { claim: 'fails on negatives' })]);
    expect(result.score).toBe(1);
    expect(result.tests).toEqual({
      exposing: 1,
      cases: [
        { id: 't1', exposes: false, counted: true, why: 'every AI answer returns the expected value too', claim: null },
        { id: 't2', exposes: true, counted: true, why: null, claim: 'fails on negatives' },
      ],
    });
  });

  it('a case that crashes the reference does not count, and says why', () => {
    const result = grade([outcome('t1', 'failed', { 'r-one': false }, { why: 'time limit on the reference' })]);
    expect(result.score).toBe(0);
    expect(result.tests?.cases[0]).toMatchObject({ exposes: false, counted: false, why: 'time limit on the reference' });
  });

  it('a case without an expected value does not count', () => {
    const result = grade([outcome('t1', 'not_checked', { 'r-one': false })]);
    expect(result.score).toBe(0);
    expect(result.tests?.cases[0]).toMatchObject({ exposes: false, counted: false, why: 'no expected value given' });
  });

  it('a wrong expected value exposes nothing even when the AI answer differs', () => {
    expect(grade([outcome('t1', 'differs', { 'r-one': false })]).score).toBe(0);
  });

  it('no cases, or nothing run, scores 0', () => {
    expect(grade([]).score).toBe(0);
    expect(grade(null).score).toBe(0);
    expect(piece(grade(null), 'tests')?.detail).toBe('no test cases given');
  });

  it('does not apply when the key says the answer is correct, but the cases are still recorded', () => {
    const correct = critique('review', { verdict: 'correct' }, { verdict: 0, lines: 0 });
    const result = gradeObjective({ challenge: correct, answers: {}, order: [], probe: [outcome('t1', 'matches', { 'r-one': true })] });
    expect(result.pieces).toEqual([expect.objectContaining({ piece: 'verdict' }), expect.objectContaining({ piece: 'lines' })]);
    expect(result.score).toBeNull();
    expect(result.tests?.cases).toHaveLength(1);
  });
});

describe('gradeObjective: compare preference', () => {
  // A = r-one, B = r-two unless the order says otherwise.
  const pref = (choice: 'A' | 'B' | 'equal', strength?: 'slightly' | 'clearly' | 'much'): Answers => ({ preference: { choice, ...(strength ? { strength } : {}) } });
  const keyOne = (strength: 'slightly' | 'clearly' | 'much', strengthTolerance?: number) =>
    critique('compare', { preferred: 'r-one', strength, ...(strengthTolerance !== undefined ? { strengthTolerance } : {}) });

  it.each<[string, Challenge, Answers | null, readonly string[], number]>([
    ['the key exactly', keyOne('clearly'), pref('A', 'clearly'), ['r-one', 'r-two'], 1],
    ['strength one step off: within tolerance', keyOne('clearly'), pref('A', 'much'), ['r-one', 'r-two'], 1],
    ['strength two steps off: beyond tolerance, right answer', keyOne('much'), pref('A', 'slightly'), ['r-one', 'r-two'], 0.5],
    ['tolerance 2 takes two steps', keyOne('much', 2), pref('A', 'slightly'), ['r-one', 'r-two'], 1],
    ['tolerance 0 takes none', keyOne('clearly', 0), pref('A', 'much'), ['r-one', 'r-two'], 0.5],
    ['equal when the key is slightly A: within tolerance, not the other answer', keyOne('slightly'), pref('equal'), ['r-one', 'r-two'], 1],
    ['equal when the key is much A', keyOne('much'), pref('equal'), ['r-one', 'r-two'], 0],
    ['the other answer picked', keyOne('slightly'), pref('B', 'slightly'), ['r-one', 'r-two'], 0],
    ['the other answer, even within a wide tolerance', keyOne('slightly', 6), pref('B', 'slightly'), ['r-one', 'r-two'], 0],
    ['nothing given', keyOne('slightly'), null, ['r-one', 'r-two'], 0],
    ['swapped order: B is the key answer', keyOne('clearly'), pref('B', 'clearly'), ['r-two', 'r-one'], 1],
    ['swapped order: A is now the other answer', keyOne('clearly'), pref('A', 'clearly'), ['r-two', 'r-one'], 0],
    ['no stored order: the files order', keyOne('clearly'), pref('A', 'clearly'), [], 1],
    ['legacy preferred id', keyOne('clearly'), { preferred: 'r-one' }, ['r-two', 'r-one'], 1],
    ['legacy preferred id of the other answer', keyOne('clearly'), { preferred: 'r-two' }, ['r-two', 'r-one'], 0],
    ['a preference without strength is placed at clearly', keyOne('clearly', 0), pref('A'), ['r-one', 'r-two'], 1],
  ])('%s', (_name, challenge, answers, order, expected) => {
    const result = gradeObjective({ challenge, answers, order, probe: null });
    expect(result.score).toBe(expected);
    expect(result.pieces.map((p) => p.piece)).toEqual(['preference']);
  });

  it.each<[string, Answers, number]>([
    ['equal in key and answer (a tie)', pref('equal'), 1],
    ['slightly either way is within the default tolerance', pref('B', 'slightly'), 1],
    ['clearly is not', pref('A', 'clearly'), 0],
  ])('key equal: %s', (_name, answers, expected) => {
    const challenge = critique('compare', { preferred: 'equal' });
    expect(gradeObjective({ challenge, answers, order: ['r-two', 'r-one'], probe: null }).score).toBe(expected);
  });

  it('records the preference by response id, the distance and the order shown', () => {
    const result = gradeObjective({ challenge: keyOne('much'), answers: pref('B', 'slightly'), order: ['r-two', 'r-one'], probe: null });
    expect(result.preference).toEqual({
      given: { preferred: 'r-one', strength: 'slightly' },
      key: { preferred: 'r-one', strength: 'much' },
      distance: 2,
      tolerance: 1,
      order: ['r-two', 'r-one'],
    });
    expect(result.score).toBe(0.5);
  });

  it('counts the tests piece only when scoring.objective weighs it', () => {
    const probe = [outcome('t1', 'matches', { 'r-one': false, 'r-two': true })];
    const unweighted = gradeObjective({ challenge: keyOne('clearly'), answers: pref('B', 'much'), order: ['r-one', 'r-two'], probe });
    expect(unweighted.pieces.map((p) => p.piece)).toEqual(['preference']);
    expect(unweighted.tests?.exposing).toBe(1);
    const weighted = critique('compare', { preferred: 'r-one', strength: 'clearly' }, { tests: 1 });
    const result = gradeObjective({ challenge: weighted, answers: pref('B', 'much'), order: ['r-one', 'r-two'], probe });
    expect(result.pieces.map((p) => [p.piece, p.value])).toEqual([
      ['preference', 0],
      ['tests', 1],
    ]);
    expect(result.score).toBe(0.5);
  });
});

describe('gradeObjective: weights and what applies', () => {
  it('weighs the pieces as scoring.objective says', () => {
    const challenge = critique('review', { verdict: 'incorrect', buggyLines: [5] }, { verdict: 3, lines: 1, tests: 0 });
    const result = gradeObjective({ challenge, answers: { verdict: 'incorrect' }, order: [], probe: null });
    expect(result.pieces.map((p) => [p.piece, p.weight, p.value])).toEqual([
      ['verdict', 3, 1],
      ['lines', 1, 0],
      ['tests', 0, 0],
    ]);
    expect(result.score).toBeCloseTo(0.75, 12);
  });

  it('weighs each review piece 1 by default', () => {
    const challenge = critique('review', { verdict: 'incorrect', buggyLines: [5] });
    const probe = [outcome('t1', 'matches', { 'r-one': false })];
    const result = gradeObjective({ challenge, answers: { verdict: 'incorrect', ...flags(5) }, order: [], probe });
    expect(result.pieces.map((p) => [p.piece, p.weight, p.value])).toEqual([
      ['verdict', 1, 1],
      ['lines', 1, 1],
      ['tests', 1, 1],
    ]);
    expect(result.score).toBe(1);
  });

  it.each<[string, Challenge]>([
    ['no key', critique('review', null)],
    ['every piece weighs 0', critique('review', { verdict: 'incorrect', buggyLines: [1] }, { verdict: 0, lines: 0, tests: 0 })],
    ['a compare key without a preference', critique('compare', { notes: 'x' })],
    ['an implement challenge', { ...critique('review', { verdict: 'correct' }), meta: { ...critique('review', null).meta, kind: 'implement' } }],
  ])('no piece applies: score null (%s)', (_name, challenge) => {
    expect(gradeObjective({ challenge, answers: { verdict: 'incorrect' }, order: [], probe: null }).score).toBeNull();
  });
});
