import { pairTable, tableFromLabels } from './from-labels';
import { pairwiseKappa } from './pairwise-kappa';

describe('tableFromLabels', () => {
  it('builds units × raters from long-form ratings, null where a rater did not rate a unit', () => {
    const table = tableFromLabels([
      { unit: 'e1', rater: 'ana', value: 3 },
      { unit: 'e1', rater: 'ben', value: 2 },
      { unit: 'e2', rater: 'ben', value: 1 },
      { unit: 'e2', rater: 'cy', value: null },
    ]);
    expect(table).toEqual({
      units: ['e1', 'e2'],
      raters: ['ana', 'ben', 'cy'],
      ratings: [
        [3, 2, null],
        [null, 1, null],
      ],
    });
  });

  it('keeps only the raters asked for, in that order', () => {
    const table = tableFromLabels(
      [
        { unit: 'e1', rater: 'ana', value: 3 },
        { unit: 'e1', rater: 'ben', value: 2 },
        { unit: 'e2', rater: 'cy', value: 1 },
      ],
      ['ben', 'ana'],
    );
    expect(table).toEqual({ units: ['e1'], raters: ['ben', 'ana'], ratings: [[2, 3]] });
  });

  it('refuses a second rating of one unit by one rater instead of counting that rater twice', () => {
    expect(() =>
      tableFromLabels([
        { unit: 'e1', rater: 'ana', value: 3 },
        { unit: 'e1', rater: 'ana', value: 2 },
      ]),
    ).toThrow('rater ana rated unit e1 twice');
  });
});

describe('pairTable and pairwiseKappa', () => {
  // ana and ben share e1, e2 (agree on both); ben and cy share e3, e4 (agree on one); ana and cy share nothing.
  const table = tableFromLabels([
    { unit: 'e1', rater: 'ana', value: 'pass' },
    { unit: 'e1', rater: 'ben', value: 'pass' },
    { unit: 'e2', rater: 'ana', value: 'fail' },
    { unit: 'e2', rater: 'ben', value: 'fail' },
    { unit: 'e3', rater: 'ben', value: 'pass' },
    { unit: 'e3', rater: 'cy', value: 'pass' },
    { unit: 'e4', rater: 'ben', value: 'pass' },
    { unit: 'e4', rater: 'cy', value: 'fail' },
  ]);

  it('pairTable keeps the two columns and the units either of them rated', () => {
    expect(pairTable(table, 'ana', 'ben')).toEqual({
      units: ['e1', 'e2', 'e3', 'e4'],
      raters: ['ana', 'ben'],
      ratings: [
        ['pass', 'pass'],
        ['fail', 'fail'],
        [null, 'pass'],
        [null, 'pass'],
      ],
    });
    expect(() => pairTable(table, 'ana', 'dee')).toThrow('no rater dee in the table');
  });

  it('pairwiseKappa gives one result per pair that shares a unit, each with the units behind it', () => {
    const results = pairwiseKappa(table);
    expect(results.map((r) => [r.pair, r.units, r.droppedUnits])).toEqual([
      [['ana', 'ben'], 2, 2],
      [['ben', 'cy'], 2, 2],
    ]);
    expect(results[0]!.value).toBe(1);
    // ben vs cy: (pass, pass), (pass, fail): P_o = 1/2, P_e = 1·1/2 + 0·1/2 = 1/2, kappa = 0.
    expect(results[1]!.value).toBe(0);
  });
});
