import { RubricSchema, type Rubric } from '../challenges/challenge.schema';
import { ScoreInputError, scoreAttempt, scoreChallenge, type ChallengeScoreInput, type RubricPicks } from './score';
import { AttemptScoreSchema, ChallengeScoreSchema } from './score.schema';
import { scoreTests } from './tests-score';

const levels = (...points: number[]) => points.map((p) => ({ points: p, descriptor: `${p} points` }));
const criterion = (id: string, weight: number, ...points: number[]) => ({ id, title: id, description: `${id}.`, weight, levels: levels(...points) });

/** Positive, weighted: bug (0/1/2) × 2 and fix (0/1/3) × 1; full marks 7. */
const POSITIVE = RubricSchema.parse({ criteria: [criterion('bug', 2, 0, 1, 2), criterion('fix', 1, 0, 1, 3)] });
/** Negative: from 10, clarity deducts up to 4 (× 1) and edges up to 6 (× 1.5), never below 2. */
const NEGATIVE = RubricSchema.parse({ scoring: 'negative', fullMarks: 10, floor: 2, criteria: [criterion('clarity', 1, -4, -2, 0), criterion('edges', 1.5, -6, -3, 0)] });
/** POSITIVE with gates: bug must reach 1 point, the total 3. */
const GATED = RubricSchema.parse({ ...POSITIVE, gates: [{ criterion: 'bug', minPoints: 1 }, { minPoints: 3 }] });

const picks = (levels: Record<string, number>, reviewer = 'r1'): RubricPicks => ({ reviewer, levels });
/** A challenge scored on its rubric alone, one final review required. */
const rubricOnly = (rubric: Rubric, ...sets: RubricPicks[]): ChallengeScoreInput => ({
  challengeId: 'c',
  weights: { tests: 0, objective: 0, rubric: 1 },
  tests: null,
  objective: null,
  rubric,
  reviews: { required: 1, reviews: sets },
});

describe('scoreChallenge: the rubric part of one review', () => {
  it.each([
    ['positive, every top level', POSITIVE, { bug: 2, fix: 2 }, 1, 7],
    ['positive, weighted points added', POSITIVE, { bug: 1, fix: 1 }, 0.4286, 3],
    ['positive, level index is not points', POSITIVE, { bug: 0, fix: 2 }, 0.4286, 3],
    ['positive, every bottom level', POSITIVE, { bug: 0, fix: 0 }, 0, 0],
    [
      'positive, a criterion of weight 0 counts nothing',
      RubricSchema.parse({ criteria: [criterion('style', 0, 0, 1, 2), criterion('fix', 1, 0, 1, 2)] }),
      { style: 2, fix: 1 },
      0.5,
      1,
    ],
    ['negative, nothing deducted', NEGATIVE, { clarity: 2, edges: 2 }, 1, 10],
    ['negative, weighted deductions from full marks', NEGATIVE, { clarity: 1, edges: 1 }, 0.35, 3.5],
    ['negative, lifted to the floor', NEGATIVE, { clarity: 0, edges: 1 }, 0.2, 2],
    ['negative, deductions beyond full marks stop at the floor', NEGATIVE, { clarity: 0, edges: 0 }, 0.2, 2],
    ['negative with the default floor 0', { ...NEGATIVE, floor: 0 }, { clarity: 0, edges: 0 }, 0, 0],
    ['gates passed', GATED, { bug: 1, fix: 1 }, 0.4286, 3],
    ['a criterion gate failed, though the total passes', GATED, { bug: 0, fix: 2 }, 0, 3],
    ['the total gate failed', GATED, { bug: 1, fix: 0 }, 0, 2],
  ])('%s', (_what, rubric, levels, value, total) => {
    const score = scoreChallenge(rubricOnly(rubric as Rubric, picks(levels)));
    expect(score.rubric!.sets[0]).toMatchObject({ total, value });
    expect(score).toMatchObject({ status: 'final', score: value, missing: [] });
  });

  it('scores a rubric of the first format as it meant: points given / points possible', () => {
    const first = RubricSchema.parse({
      criteria: [
        {
          id: 'bug',
          title: 'Bug',
          description: 'Finds it.',
          points: 3,
          levels: [
            { score: 0, description: 'no' },
            { score: 3, description: 'yes' },
          ],
        },
        { id: 'fix', title: 'Fix', description: 'Explains it.', points: 2 },
      ],
    });
    expect(scoreChallenge(rubricOnly(first, picks({ bug: 1, fix: 1 }))).score).toBe(0.8); // (3 + 1) / 5
  });

  it('says in its steps which gate failed and what each criterion gave', () => {
    const score = scoreChallenge(rubricOnly(GATED, picks({ bug: 0, fix: 2 })));
    expect(score.rubric!.sets[0]!.gates).toEqual([
      { criterion: 'bug', minPoints: 1, reached: 0, passed: false },
      { criterion: null, minPoints: 3, reached: 3, passed: true },
    ]);
    expect(score.steps).toEqual([
      'tests: weight 0, not counted',
      'objective: weight 0, not counted',
      'rubric: positive scoring, full marks 7',
      '  reviewer r1: bug level 0 (0 pts) × 2 = 0; fix level 2 (3 pts) × 1 = 3; total 3 of 7',
      '  gate bug ≥ 1: 0, failed',
      '  gate total ≥ 3: 3, passed',
      '  → a gate failed: 0',
      'rubric = the one set = 0',
      'rubric: 0 × weight 1 = 0',
      'c = 0 + 0 + 0 = 0 (final)',
    ]);
  });

  it('shows the floor in the steps of a negative rubric', () => {
    const score = scoreChallenge(rubricOnly(NEGATIVE, picks({ clarity: 0, edges: 1 })));
    expect(score.rubric!.sets[0]).toMatchObject({ floored: true, fullMarks: 10 });
    expect(score.steps).toContain('  reviewer r1: clarity level 0 (-4 pts) × 1 = -4; edges level 1 (-3 pts) × 1.5 = -4.5; 10 − 8.5 = 1.5, below the floor: 2 of 10');
  });
});

describe('scoreChallenge: reviews, weights and missing parts', () => {
  const base: ChallengeScoreInput = { challengeId: 'fix-it', weights: { tests: 0.7, objective: 0, rubric: 0.3 }, tests: { score: 0.8 }, objective: null, rubric: POSITIVE };
  const two = [picks({ bug: 2, fix: 2 }, 'r1'), picks({ bug: 1, fix: 1 }, 'r2')];

  it.each<[string, Partial<ChallengeScoreInput>, { status: string; score: number; rubric: number | null; missing: string[] }]>([
    ['the mean of the final reviews', { reviews: { required: 2, reviews: two } }, { status: 'final', score: 0.7743, rubric: 0.7143, missing: [] }],
    [
      'the adjudicated scores alone, not the reviews',
      { reviews: { required: 2, reviews: two, adjudication: picks({ bug: 2, fix: 0 }, 'admin') } },
      { status: 'final', score: 0.7314, rubric: 0.5714, missing: [] },
    ],
    [
      'one review of two: provisional, the rubric counted 0',
      { reviews: { required: 2, reviews: two.slice(0, 1) } },
      { status: 'provisional', score: 0.56, rubric: null, missing: ['rubric: 1 of 2 reviews final'] },
    ],
    ['no reviews given: two required', {}, { status: 'provisional', score: 0.56, rubric: null, missing: ['rubric: 0 of 2 reviews final'] }],
    [
      'awaiting adjudication',
      { reviews: { required: 2, reviews: two, awaitingAdjudication: true } },
      { status: 'provisional', score: 0.56, rubric: null, missing: ['rubric: the reviewers disagree; waiting for adjudication'] },
    ],
    [
      'no judged submission',
      { tests: null, reviews: { required: 2, reviews: two } },
      { status: 'provisional', score: 0.2143, rubric: 0.7143, missing: ['tests: no judged submission yet'] },
    ],
    [
      'enough reviews in, but their item is not final yet',
      { reviews: { required: 2, reviews: two, pending: 'the review item is not final yet' } },
      { status: 'provisional', score: 0.56, rubric: null, missing: ['rubric: the review item is not final yet'] },
    ],
    [
      'nothing to review (no explanation submitted): final at 0',
      { reviews: { required: 2, reviews: [], nothingToReview: 'no explanation was submitted' } },
      { status: 'final', score: 0.56, rubric: 0, missing: [] },
    ],
    ['rubric weight 0: reviews are not waited for', { weights: { tests: 1, objective: 0, rubric: 0 } }, { status: 'final', score: 0.8, rubric: null, missing: [] }],
    [
      'rubric weight 0: reviews shown, not counted',
      { weights: { tests: 1, objective: 0, rubric: 0 }, reviews: { required: 1, reviews: two.slice(1) } },
      { status: 'final', score: 0.8, rubric: 0.4286, missing: [] },
    ],
    ['no rubric and rubric weight 0', { rubric: null, weights: { tests: 1, objective: 0, rubric: 0 } }, { status: 'final', score: 0.8, rubric: null, missing: [] }],
    [
      'no rubric but a rubric weight: never final, and says why',
      { rubric: null },
      { status: 'provisional', score: 0.56, rubric: null, missing: ['rubric: the challenge has no rubric, yet its rubric weight is 0.3'] },
    ],
    [
      'an objective weight with nothing computed',
      { weights: { tests: 0.5, objective: 0.2, rubric: 0.3 }, reviews: { required: 1, reviews: two.slice(0, 1) } },
      { status: 'provisional', score: 0.7, rubric: 1, missing: ['objective: no graded submission yet'] },
    ],
    [
      'an objective part given',
      { weights: { tests: 0.5, objective: 0.2, rubric: 0.3 }, objective: 0.5, reviews: { required: 1, reviews: two.slice(0, 1) } },
      { status: 'final', score: 0.8, rubric: 1, missing: [] },
    ],
  ])('%s', (_what, change, expected) => {
    const score = scoreChallenge({ ...base, ...change });
    expect(ChallengeScoreSchema.parse(score)).toEqual(score);
    expect({ status: score.status, score: score.score, rubric: score.components[2]!.value, missing: score.missing.map((m) => `${m.part}: ${m.reason}`) }).toEqual(expected);
  });

  it('prints each part with its weight, and the sum', () => {
    const score = scoreChallenge({ ...base, reviews: { required: 2, reviews: two } });
    expect(score.steps.filter((s) => !s.startsWith(' '))).toEqual([
      'tests: 0.8 × weight 0.7 = 0.56',
      'objective: weight 0, not counted',
      'rubric: positive scoring, full marks 7',
      'rubric = mean of 2 sets (1, 0.4286) = 0.7143',
      'rubric: 0.7143 × weight 0.3 = 0.2143',
      'fix-it = 0.56 + 0 + 0.2143 = 0.7743 (final)',
    ]);
    expect(score.exact).toBe('271/350');
  });

  it('rounds the exact value once, half up, where doubles would round down', () => {
    // 0.7 × 3/16 + 0.3 × 1/8 = 0.16875 exactly; in doubles 0.16874999999999998 → 0.1687.
    const tests = scoreTests(
      Array.from({ length: 16 }, (_, i) => ({ name: `t${i}` })),
      { t0: true, t1: true, t2: true },
      { partialCredit: true },
    );
    const rubric = RubricSchema.parse({ criteria: [criterion('a', 1, 0, 1, 2, 3, 4), criterion('b', 1, 0, 1, 2, 3, 4)] });
    const score = scoreChallenge({ ...base, tests, rubric, reviews: { required: 1, reviews: [picks({ a: 1, b: 0 })] } });
    expect(0.7 * tests.score + 0.3 * (1 / 8)).toBeLessThan(0.16875);
    expect(score).toMatchObject({ score: 0.1688, exact: '27/160' });
  });

  it.each([
    ['a pick for no criterion', { bug: 1, fix: 1, style: 0 }, 'reviewer r1 scored "style", which is not a criterion of the rubric'],
    ['a criterion left out', { bug: 1 }, 'reviewer r1 has no level for criterion "fix"'],
    ['a level that does not exist', { bug: 3, fix: 0 }, 'reviewer r1 picked level 3 of "bug", which has levels 0 to 2'],
  ])('refuses %s', (_what, levels, message) => {
    expect(() => scoreChallenge(rubricOnly(POSITIVE, picks(levels)))).toThrow(new ScoreInputError(message));
  });

  it('refuses parts outside [0, 1], negative weights, and no reviews required', () => {
    expect(() => scoreChallenge({ ...base, tests: { score: 1.5 } })).toThrow('fix-it: tests must be in [0, 1], not 1.5');
    expect(() => scoreChallenge({ ...base, weights: { tests: 1.3, objective: 0, rubric: -0.3 } })).toThrow('fix-it: weights.rubric must be a number ≥ 0, not -0.3');
    expect(() => scoreChallenge({ ...base, reviews: { required: 0, reviews: [] } })).toThrow('fix-it: reviews required must be a whole number from 1, not 0');
  });
});

describe('scoreAttempt', () => {
  const challenge = (id: string, score: number, final = true) =>
    scoreChallenge({ challengeId: id, weights: { tests: final ? 1 : 0.5, objective: 0, rubric: final ? 0 : 0.5 }, tests: { score }, objective: null, rubric: null });

  it.each<[string, ReturnType<typeof challenge>[], Record<string, number> | undefined, { status: string; score: number; exact: string }]>([
    ['equal weights by default', [challenge('a', 1), challenge('b', 0.5), challenge('c', 0)], undefined, { status: 'final', score: 0.5, exact: '1/2' }],
    ['weights given by the assessment', [challenge('a', 1), challenge('b', 0.5)], { a: 3, b: 1 }, { status: 'final', score: 0.875, exact: '7/8' }],
    ['thirds kept exact, rounded once', [challenge('a', 1), challenge('b', 0), challenge('c', 0)], undefined, { status: 'final', score: 0.3333, exact: '1/3' }],
    ['provisional while a challenge is', [challenge('a', 1), challenge('b', 1, false)], undefined, { status: 'provisional', score: 0.75, exact: '3/4' }],
    ['a provisional challenge of weight 0 does not hold it back', [challenge('a', 1), challenge('b', 1, false)], { a: 1, b: 0 }, { status: 'final', score: 1, exact: '1' }],
  ])('%s', (_what, challenges, weights, expected) => {
    const score = scoreAttempt(challenges, weights);
    expect(AttemptScoreSchema.parse(score)).toEqual(score);
    expect({ status: score.status, score: score.score, exact: score.exact }).toEqual(expected);
  });

  it('names the missing parts of its challenges, and prints each challenge’s share', () => {
    const score = scoreAttempt([challenge('a', 1), challenge('b', 1, false)]);
    expect(score.missing).toEqual([{ challengeId: 'b', part: 'rubric', reason: 'the challenge has no rubric, yet its rubric weight is 0.5' }]);
    expect(score.steps).toEqual(['a: 1 × 0.5 = 0.5', 'b: 0.5 × 0.5 = 0.25 (provisional)', 'attempt = 0.5 + 0.25 = 0.75 (provisional)']);
  });

  it('refuses weights that do not match the challenges', () => {
    const both = [challenge('a', 1), challenge('b', 1)];
    expect(() => scoreAttempt(both, { a: 1 })).toThrow('weight of b must be a number ≥ 0, not undefined');
    expect(() => scoreAttempt(both, { a: 1, b: 1, z: 1 })).toThrow('a weight is given for z, which is not among the challenges');
    expect(() => scoreAttempt(both, { a: 0, b: 0 })).toThrow('every challenge weighs 0');
    expect(() => scoreAttempt([])).toThrow('an attempt score needs at least one challenge');
    expect(() => scoreAttempt([both[0]!, both[0]!])).toThrow('challenge a is scored twice');
  });
});
