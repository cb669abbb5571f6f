import { agreementReport, rubricKey, type PlacedSet, type SectionRubric } from './agreement-report';

const levels3 = [0, 1, 2].map((points) => ({ points, descriptor: `${points}` }));
const rubric = (challengeId: string, version: number, criteria: string[]): SectionRubric => ({
  challengeId,
  challengeTitle: challengeId.toUpperCase(),
  version,
  rubric: { scoring: 'positive', floor: 0, gates: [], criteria: criteria.map((id) => ({ id, title: id, weight: 1, levels: levels3 })) },
});
let clock = 0;
const set = (itemId: string, reviewerId: string, levels: Record<string, number>, challengeId = 'a', rubricVersion = 1): PlacedSet => ({
  itemId,
  reviewerId,
  levels,
  challengeId,
  rubricVersion,
  submittedAt: new Date(++clock),
});
const report = (sets: PlacedSet[], rubrics: SectionRubric[], reviewsPerItem = 2) =>
  agreementReport({ assessmentId: 'x', sets, rubrics: new Map(rubrics.map((r) => [rubricKey(r.challengeId, r.version), r])), reviewers: new Map(), reviewsPerItem });

describe('agreementReport', () => {
  it('keeps each rubric version of a challenge apart: a level index means something else in another version', () => {
    const r = report(
      [set('i1', 'ana', { q: 1 }), set('i1', 'ben', { q: 1 }), set('i2', 'ana', { q: 0, extra: 2 }, 'a', 2)],
      [rubric('a', 1, ['q']), rubric('a', 2, ['q', 'extra'])],
    );
    expect(r.criteria.map((c) => [c.key, c.label, c.items])).toEqual([
      ['a@1:q', 'A: q', 1],
      ['a@2:q', 'A: q', 1],
      ['a@2:extra', 'A: extra', 1],
    ]);
  });

  it('says "not enough data" below 5 items, and why a figure is undefined from 5 items on', () => {
    const few = report([set('i1', 'ana', { q: 1 }), set('i1', 'ben', { q: 2 })], [rubric('a', 1, ['q'])]);
    expect(few.criteria[0]!.alpha.ordinal).toMatchObject({ value: null, status: 'not_enough_data', items: 1, minItems: 5 });
    // Five items everyone scored alike at one level: there is no variation to agree on.
    const same = ['i1', 'i2', 'i3', 'i4', 'i5'].flatMap((i) => [set(i, 'ana', { q: 1 }), set(i, 'ben', { q: 1 })]);
    const alpha = report(same, [rubric('a', 1, ['q'])]).criteria[0]!.alpha.nominal;
    expect(alpha).toMatchObject({ value: null, status: 'undefined', items: 5, reading: { band: 'undefined' } });
    expect(alpha.note).toMatch(/every rating is the same value/);
  });

  it('has no ICC when the assessment asks for one review per item, and says why', () => {
    const sets = ['i1', 'i2', 'i3', 'i4', 'i5'].flatMap((i, n) => [set(i, 'ana', { q: n % 3 }), set(i, 'ben', { q: (n + 1) % 3 })]);
    const icc = report(sets, [rubric('a', 1, ['q'])], 1).overall.icc!;
    expect(icc).toMatchObject({ raters: 1, single: { value: null, status: 'undefined' } });
    expect(icc.single.note).toMatch(/one review per item/);
  });

  it('leaves out sets whose pinned rubric is not given, and incomplete sets from the rubric score', () => {
    const r = report([set('i1', 'ana', { q: 1 }), set('i1', 'ben', {}), set('i2', 'cy', { q: 1 }, 'b')], [rubric('a', 1, ['q'])]);
    expect(r.reviews).toBe(2);
    expect(r.overall).toMatchObject({ items: 1, reviewers: 1 });
  });
});
