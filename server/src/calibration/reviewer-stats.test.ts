import { goldAccuracy, peerAgreement, reviewerFigures, type SubmittedSet } from './reviewer-stats';

const set = (itemId: string, reviewerId: string, levels: Record<string, number>): SubmittedSet => ({ itemId, reviewerId, levels });

// Three gold items over two criteria, each with three levels (0, 1, 2).
const gold = new Map([
  ['g1', { clarity: 2, fix: 1 }],
  ['g2', { clarity: 0, fix: 2 }],
  ['g3', { clarity: 1, fix: 1 }],
]);
// ana: g1 one match (fix off by 1), g2 both, g3 one (clarity off by 1): 4 of 6 criteria, distance 2 over 6.
const anaGold = [set('g1', 'ana', { clarity: 2, fix: 0 }), set('g2', 'ana', { clarity: 0, fix: 2 }), set('g3', 'ana', { clarity: 2, fix: 1 })];
const threeLevels = () => 3;

describe('goldAccuracy', () => {
  it('is the share of criteria at the reference level, with the mean distance in level steps (hand-computed)', () => {
    const r = goldAccuracy(anaGold, gold);
    expect(r).toMatchObject({ items: 3, criteria: 6 });
    expect(r.accuracy).toBeCloseTo(4 / 6, 12);
    expect(r.meanDistance).toBeCloseTo(2 / 6, 12);
  });

  it('has no figure without gold items, and ignores sets on items that are not gold', () => {
    expect(goldAccuracy([set('s1', 'ana', { clarity: 1 })], gold)).toEqual({ items: 0, criteria: 0, accuracy: null, meanDistance: null });
  });
});

describe('peerAgreement', () => {
  // ana vs ben on three items, one criterion of three levels scaled to 0, 0.5, 1:
  // pairs (1,1), (0.5,0), (0,0). Quadratic disagreement observed: 1/3 · 0.25 = 1/12.
  // Marginals ana 1/3 each; ben 0: 2/3, 1: 1/3. Expected: 1·1/9 + 0.25·2/9 + 0.25·1/9 + 1·2/9 = 15/36.
  // kappa = 1 − (1/12) / (15/36) = 0.8.
  const sets = [
    set('s1', 'ana', { clarity: 2 }),
    set('s1', 'ben', { clarity: 2 }),
    set('s2', 'ana', { clarity: 1 }),
    set('s2', 'ben', { clarity: 0 }),
    set('s3', 'ana', { clarity: 0 }),
    set('s3', 'ben', { clarity: 0 }),
  ];

  it('is the quadratic-weighted kappa of the reviewer against their peers (hand-computed)', () => {
    const r = peerAgreement('ana', sets, threeLevels);
    expect(r).toMatchObject({ items: 3, pairs: 3 });
    expect(r.value).toBeCloseTo(0.8, 12);
    expect(peerAgreement('ben', sets, threeLevels).value).toBeCloseTo(0.8, 12); // symmetric for two reviewers
  });

  it('pairs the reviewer with each peer, so two peers disagreeing with each other do not lower it', () => {
    // cy and dee each agree with ana on s4 and s5 but not with each other on s6… ana agrees with both everywhere.
    const pooled = [
      set('s4', 'ana', { clarity: 2 }),
      set('s4', 'cy', { clarity: 2 }),
      set('s4', 'dee', { clarity: 2 }),
      set('s5', 'ana', { clarity: 0 }),
      set('s5', 'cy', { clarity: 0 }),
      set('s5', 'dee', { clarity: 0 }),
      set('s6', 'cy', { clarity: 0 }),
      set('s6', 'dee', { clarity: 2 }),
    ];
    expect(peerAgreement('ana', pooled, threeLevels)).toMatchObject({ items: 2, pairs: 4, value: 1 });
    expect(peerAgreement('cy', pooled, threeLevels).value).toBeLessThan(1);
  });

  it('scales levels to [0, 1] so criteria with different numbers of levels pool on one scale', () => {
    const levels = (_: string, criterion: string) => (criterion === 'five' ? 5 : 3);
    // top level of a 5-level criterion (4/4 = 1) and of a 3-level one (2/2 = 1) are the same value.
    const r = peerAgreement(
      'ana',
      [set('a', 'ana', { five: 4, three: 0 }), set('a', 'ben', { five: 4, three: 0 }), set('b', 'ana', { five: 0, three: 2 }), set('b', 'ben', { five: 0, three: 2 })],
      levels,
    );
    expect(r).toMatchObject({ items: 2, pairs: 4, value: 1 });
  });

  it('has no figure when no item was shared', () => {
    expect(peerAgreement('ana', [set('s1', 'ana', { clarity: 1 })], threeLevels)).toMatchObject({ items: 0, pairs: 0, value: null });
  });
});

describe('reviewerFigures flags a reviewer below the threshold once enough items are behind the figure', () => {
  const base = { reviewerId: 'ana', gold, scoreSets: [], levelCount: threeLevels };

  it('flags accuracy 0.667 below 0.7 on three gold items', () => {
    const r = reviewerFigures({ ...base, goldSets: anaGold, threshold: 0.7 });
    expect(r.flagged).toBe(true);
    expect(r.flags).toEqual(['accuracy against gold 66.7% is below the threshold 0.7 (3 gold items)']);
  });

  it('does not flag at or above the threshold', () => {
    expect(reviewerFigures({ ...base, goldSets: anaGold, threshold: 0.6 }).flagged).toBe(false);
  });

  it('does not flag on two gold items, however low', () => {
    const r = reviewerFigures({ ...base, goldSets: anaGold.slice(0, 2).map((s) => ({ ...s, levels: { clarity: 0, fix: 0 } })), threshold: 0.7 });
    expect(r.gold.accuracy).toBe(0.25);
    expect(r.flagged).toBe(false);
  });

  it('flags low agreement with peers on three shared items, and shows "not enough data" on fewer', () => {
    // ana picks the opposite end from ben on every item: pairs (1,0), (0,1), (1,0); observed disagreement 1,
    // expected 2/3·2/3 + 1/3·1/3 = 5/9, kappa = 1 − 9/5 = −0.8.
    const scoreSets = ['s1', 's2', 's3'].flatMap((item, i) => [set(item, 'ana', { clarity: i % 2 ? 0 : 2 }), set(item, 'ben', { clarity: i % 2 ? 2 : 0 })]);
    const r = reviewerFigures({ ...base, goldSets: [], scoreSets, threshold: 0.7 });
    expect(r.peers.kappa).toBeLessThan(0);
    expect(r.flagged).toBe(true);
    expect(r.flags[0]).toMatch(/^agreement with peers \(weighted kappa -0\.800\) is below the threshold 0\.7 \(3 items\)$/);
    const few = reviewerFigures({ ...base, goldSets: [], scoreSets: scoreSets.slice(0, 4), threshold: 0.7 });
    expect(few.peers).toMatchObject({ kappa: null, items: 2, reading: { band: 'not_enough_data' } });
    expect(few.flagged).toBe(false);
  });
});
