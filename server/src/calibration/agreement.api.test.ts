import { cohenKappa, icc, krippendorffAlpha, pairTable, readAlpha, readIcc, readKappa, tableFromLabels, type Label } from '../stats';
import { testApp, type TestApp } from '../test-support/test-app';
import { AgreementReportSchema, type AgreementReport, type Figure } from './calibration.schema';
import { scoredItems, staffMember, storeReview } from './test-support/calibration-fixture';

let t: TestApp;
let report: AgreementReport;

// Eight scored items; ana and ben share six (i0-i5), cy shares two with each. Levels [clarity, fix], 0-2.
const SCORES: [number, Record<string, [number, number]>][] = [
  [0, { ana: [2, 2], ben: [2, 1] }],
  [1, { ana: [1, 1], ben: [1, 1] }],
  [2, { ana: [0, 0], ben: [1, 0] }],
  [3, { ana: [2, 1], ben: [2, 2] }],
  [4, { ana: [0, 1], ben: [0, 1] }],
  [5, { ana: [1, 2], ben: [2, 2], cy: [1, 2] }],
  [6, { ana: [2, 1], cy: [2, 2] }],
  [7, { ben: [0, 2], cy: [0, 2] }],
];
const labels = (criterion: 0 | 1): Label[] => SCORES.flatMap(([i, sets]) => Object.entries(sets).map(([rater, levels]) => ({ unit: `i${i}`, rater, value: levels[criterion] })));
// The rubric score of a set as the score counts it: (clarity points + fix points) / full marks 6, rounded to 4 places.
const score = ([c, f]: [number, number]) => Math.round(((c + 2 * f) / 6) * 1e4) / 1e4;

beforeAll(async () => {
  t = await testApp();
  const admin = await staffMember(t, 'admin');
  const people = { ana: await staffMember(t, 'reviewer'), ben: await staffMember(t, 'reviewer'), cy: await staffMember(t, 'reviewer') };
  const { itemIds, assessmentId } = await scoredItems(t, 9);
  for (const [i, sets] of SCORES) {
    for (const [name, [clarity, fix]] of Object.entries(sets)) await storeReview(t, itemIds[i]!, people[name as keyof typeof people].id, { clarity, fix });
  }
  // Neither an adjudicator's decision nor reviews of a gold item are independent ratings: they must not count.
  await storeReview(t, itemIds[2]!, admin.id, { clarity: 2, fix: 2 }, 'adjudicator');
  const gold = await admin.agent
    .post(`/api/v1/review-items/${itemIds[8]}/gold`)
    .set('X-CSRF-Token', admin.csrf)
    .send({ levels: { clarity: 0, fix: 0 } })
    .expect(201);
  await storeReview(t, gold.body.itemId, people.ana.id, { clarity: 2, fix: 2 });
  await storeReview(t, gold.body.itemId, people.ben.id, { clarity: 0, fix: 0 });
  await admin.agent.post(`/api/v1/reviewers/${people.cy.id}/pause`).set('X-CSRF-Token', admin.csrf).send({ reason: 'calibrating' }).expect(200);
  const res = await admin.agent.get(`/api/v1/assessments/${assessmentId}/agreement`).expect(200);
  report = AgreementReportSchema.parse(res.body);
  report.criteria.forEach((s) => s.pairs.forEach((p) => p.reviewers.forEach((r) => (r.name = Object.entries(people).find(([, v]) => v.id === r.id)![0]))));
  report.overall.pairs.forEach((p) => p.reviewers.forEach((r) => (r.name = Object.entries(people).find(([, v]) => v.id === r.id)![0])));
}, 60_000);
afterAll(() => t.close());

const expectFigure = (f: Figure, value: number | null, items: number) => {
  expect(f.items).toBe(items);
  if (value === null) return expect(f.value).toBeNull();
  expect(f.status).toBe('ok');
  expect(f.value).toBeCloseTo(value, 12);
};

describe('GET /api/v1/assessments/:id/agreement', () => {
  it('counts only reviewer sets of scored items: not the adjudicator’s, not gold items’', () => {
    expect(report.reviews).toBe(17);
    expect(report.overall.items).toBe(8);
    expect(report.criteria.map((c) => [c.key.split(':').at(-1), c.items, c.reviewers])).toEqual([
      ['clarity', 8, 3],
      ['fix', 8, 3],
    ]);
  });

  it.each([0, 1] as const)('gives criterion %i Krippendorff’s alpha at three levels as the stats module computes it, with its reading', (criterion) => {
    const section = report.criteria[criterion]!;
    const table = tableFromLabels(labels(criterion));
    for (const level of ['nominal', 'ordinal', 'interval'] as const) {
      const expected = krippendorffAlpha(table, level);
      expectFigure(section.alpha[level], expected.value, 8);
      expect(section.alpha[level].reading).toEqual(readAlpha(expected.value));
    }
  });

  it('gives Cohen’s kappa of each pair that shared items, unweighted and weighted, and "not enough data" below 5 items', () => {
    const section = report.criteria[0]!;
    expect(section.pairs.map((p) => p.reviewers.map((r) => r.name))).toEqual([
      ['ana', 'ben'],
      ['ana', 'cy'],
      ['ben', 'cy'],
    ]);
    const pair = pairTable(tableFromLabels(labels(0)), 'ana', 'ben');
    const plain = cohenKappa(pair, 'none');
    const weighted = cohenKappa(pair, 'quadratic');
    expectFigure(section.pairs[0]!.unweighted, plain.value, 6);
    // By hand: ana 2,1,0,2,0,1 and ben 2,1,1,2,0,2 on i0-i5; P_o = 4/6, P_e = (2·1 + 2·2 + 2·3)/36 = 1/3, kappa = 0.5.
    expect(section.pairs[0]!.unweighted.value).toBeCloseTo(0.5, 12);
    expectFigure(section.pairs[0]!.weighted, weighted.value, 6);
    expect(section.pairs[0]!.weighted.reading).toEqual(readKappa(weighted.value));
    expect(section.pairs[1]!.unweighted).toMatchObject({
      value: null,
      status: 'not_enough_data',
      items: 2,
      minItems: 5,
      reading: { text: 'not enough data: 2 items, at least 5 needed' },
    });
    expect(section.pairs[1]!.reviewers[1]!.paused).toBe(true); // cy's scores stay, marked
  });

  it('gives overall alpha over rubric scores and ICC(2,1), ICC(2,k) over the first two reviews of each item', () => {
    const scores: Label[] = SCORES.flatMap(([i, sets]) => Object.entries(sets).map(([rater, levels]) => ({ unit: `i${i}`, rater, value: score(levels) })));
    const interval = krippendorffAlpha(tableFromLabels(scores), 'interval');
    expectFigure(report.overall.alpha.interval, interval.value, 8);
    // The first two reviews in submission order: the order SCORES stores them.
    const firstTwo = SCORES.map(([, sets]) => Object.values(sets).slice(0, 2).map(score));
    const expected = icc({ units: firstTwo.map((_, i) => `i${i}`), raters: ['review 1', 'review 2'], ratings: firstTwo });
    expect(report.overall.icc!.raters).toBe(2);
    expectFigure(report.overall.icc!.single, expected.single, 8);
    expectFigure(report.overall.icc!.average, expected.average, 8);
    expect(report.overall.icc!.single.reading).toEqual(readIcc(expected.single));
  });

  it('pools each pair’s kappa over every criterion overall, counting items', () => {
    const pooled: Label[] = [0, 1].flatMap((c) => labels(c as 0 | 1).map((l) => ({ ...l, unit: `${l.unit}:${c}`, value: (l.value as number) / 2 })));
    const weighted = cohenKappa(pairTable(tableFromLabels(pooled), 'ana', 'ben'), 'quadratic');
    const pair = report.overall.pairs.find((p) => p.reviewers[0].name === 'ana' && p.reviewers[1].name === 'ben')!;
    expectFigure(pair.weighted, weighted.value, 6);
    expect(pair.weighted.note).toBe('12 criterion ratings from 6 items, pooled (levels scaled to [0, 1])');
  });
});
