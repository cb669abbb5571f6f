import { scoreTests, type ScoredCase, type TestsScoring } from './tests-score';

const cases: ScoredCase[] = [
  { name: 'b1', group: 'basic' },
  { name: 'b2', group: 'basic' },
  { name: 'b3', group: 'basic' },
  { name: 'b4', group: 'basic' },
  { name: 'e1', group: 'edge', weight: 3 },
  { name: 'e2', group: 'edge' },
];
const passing = (...names: string[]) => Object.fromEntries(names.map((n) => [n, true]));

describe('scoreTests', () => {
  it.each<[string, ScoredCase[], Record<string, boolean>, TestsScoring, number]>([
    ['all pass', cases, passing('b1', 'b2', 'b3', 'b4', 'e1', 'e2'), { partialCredit: true }, 1],
    ['none pass', cases, {}, { partialCredit: true }, 0],
    ['partial credit, equal group weights', cases, passing('b1', 'b2', 'e1'), { partialCredit: true }, (0.5 + 0.75) / 2],
    ['case weights inside a group', cases, passing('e2'), { partialCredit: true }, (0 + 0.25) / 2],
    ['group weights', cases, passing('b1', 'b2', 'b3', 'b4'), { groups: { basic: 1, edge: 3 }, partialCredit: true }, 0.25],
    ['all-or-nothing: a group with one failure scores 0', cases, passing('b1', 'b2', 'b3', 'e1', 'e2'), { partialCredit: false }, 0.5],
    ['all-or-nothing: every group complete', cases, passing('b1', 'b2', 'b3', 'b4', 'e1', 'e2'), { partialCredit: false }, 1],
    ['all-or-nothing with weights', cases, passing('e1', 'e2'), { groups: { basic: 1, edge: 3 }, partialCredit: false }, 0.75],
    ['explicit false counts as failed', cases, { b1: false, b2: true, b3: true, b4: true, e1: true, e2: true }, { partialCredit: true }, (0.75 + 1) / 2],
    ['cases without a group are in "default"', [{ name: 'x' }, { name: 'y' }], passing('x'), { partialCredit: true }, 0.5],
    ['a weight-0 group does not count', cases, passing('b1', 'b2', 'b3', 'b4'), { groups: { basic: 1, edge: 0 }, partialCredit: true }, 1],
    ['an empty declared group does not dilute the score', cases, passing('b1', 'b2', 'b3', 'b4', 'e1', 'e2'), { groups: { basic: 1, edge: 1, huge: 5 }, partialCredit: true }, 1],
    ['no cases at all', [], {}, { partialCredit: true }, 0],
    ['only weight-0 groups', cases, passing('b1'), { groups: { basic: 0, edge: 0 }, partialCredit: true }, 0],
  ])('%s', (_name, list, passed, scoring, expected) => {
    expect(scoreTests(list, passed, scoring).score).toBeCloseTo(expected, 12);
  });

  it('reports each group with its weight, counts and score, declared groups first', () => {
    const result = scoreTests(
      cases,
      new Map([
        ['b1', true],
        ['e1', true],
      ]),
      { groups: { edge: 2, huge: 1 }, partialCredit: true },
    );
    expect(result.groups).toEqual([
      { name: 'edge', weight: 2, passed: 1, total: 2, score: 0.75 },
      { name: 'huge', weight: 1, passed: 0, total: 0, score: 0 },
      { name: 'basic', weight: 1, passed: 1, total: 4, score: 0.25 },
    ]);
    expect(result.score).toBeCloseTo((2 * 0.75 + 0.25) / 3, 12);
  });

  it('keeps every score within [0, 1]', () => {
    for (let mask = 0; mask < 64; mask++) {
      const passed = Object.fromEntries(cases.map((c, i) => [c.name, Boolean(mask & (1 << i))]));
      for (const partialCredit of [true, false]) {
        const { score, groups } = scoreTests(cases, passed, { partialCredit, groups: { basic: 2, edge: 1 } });
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        for (const g of groups) expect(g.score >= 0 && g.score <= 1).toBe(true);
      }
    }
  });

  describe('debug sets', () => {
    const debug: ScoredCase[] = [
      { name: 'f1', group: 'basic', set: 'fail_to_pass' },
      { name: 'f2', group: 'edge', set: 'fail_to_pass' },
      { name: 'k1', group: 'basic', set: 'pass_to_pass' },
      { name: 'k2', group: 'basic', set: 'pass_to_pass' },
      { name: 'k3', group: 'edge', set: 'pass_to_pass', weight: 2 },
    ];
    const sets = (failToPass: number, passToPass: number): TestsScoring => ({ partialCredit: true, sets: { failToPass, passToPass } });

    it.each<[string, Record<string, boolean>, TestsScoring, number]>([
      ['a fix that keeps everything', passing('f1', 'f2', 'k1', 'k2', 'k3'), sets(1, 1), 1],
      ['no fix: only what passed on the starter', passing('k1', 'k2', 'k3'), sets(1, 1), 0.5],
      ['a fix that breaks what worked weighs less when pass-to-pass weighs more', passing('f1', 'f2'), sets(1, 3), 0.25],
      ['each set is scored by its groups', passing('f1', 'k3'), sets(1, 1), (0.5 + (0 + 1) / 2) / 2],
      ['a weight-0 set does not count', passing('f1', 'f2'), sets(1, 0), 1],
      ['both sets weigh 0', passing('f1', 'f2'), sets(0, 0), 0],
    ])('%s', (_name, passed, scoring, expected) => {
      expect(scoreTests(debug, passed, scoring).score).toBeCloseTo(expected, 12);
    });

    it('a set without cases does not count', () => {
      const onlyF = debug.filter((c) => c.set === 'fail_to_pass');
      expect(scoreTests(onlyF, passing('f1', 'f2'), sets(1, 5)).score).toBe(1);
    });

    it('reports each set with its groups, and every case by group as before', () => {
      const result = scoreTests(debug, passing('f1', 'k1', 'k2'), sets(2, 1));
      expect(result.sets).toEqual([
        {
          set: 'fail_to_pass',
          weight: 2,
          total: 2,
          score: 0.5,
          groups: [
            { name: 'basic', weight: 1, passed: 1, total: 1, score: 1 },
            { name: 'edge', weight: 1, passed: 0, total: 1, score: 0 },
          ],
        },
        {
          set: 'pass_to_pass',
          weight: 1,
          total: 3,
          score: 0.5,
          groups: [
            { name: 'basic', weight: 1, passed: 2, total: 2, score: 1 },
            { name: 'edge', weight: 1, passed: 0, total: 1, score: 0 },
          ],
        },
      ]);
      expect(result.groups.map((g) => [g.name, g.passed, g.total])).toEqual([
        ['basic', 3, 3],
        ['edge', 0, 2],
      ]);
      expect(result.score).toBeCloseTo(0.5, 12);
    });

    it('without scoring.sets the sets are ignored', () => {
      const result = scoreTests(debug, passing('k1', 'k2', 'k3'), { partialCredit: true });
      expect(result.sets).toBeUndefined();
      expect(result.score).toBeCloseTo((2 / 3 + 2 / 3) / 2, 12);
    });
  });
});
