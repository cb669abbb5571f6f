import { cohenKappa } from './cohen-kappa';
import { tableOf } from './test-support/rating-tables';

const _ = null;

/** `count` units rated `a` by the first rater and `b` by the second. */
function cells(a: string | number, b: string | number, count: number): (string | number)[][] {
  return Array.from({ length: count }, () => [a, b]);
}

describe("Cohen's kappa", () => {
  it('textbook example: 50 units, yes/yes 20, yes/no 5, no/yes 10, no/no 15 gives 0.4', () => {
    // P_o = (20 + 15)/50 = 0.7; first rater yes 25/50, second yes 30/50;
    // P_e = 0.5·0.6 + 0.5·0.4 = 0.5; kappa = (0.7 − 0.5)/(1 − 0.5) = 0.4
    // (the worked example of Cohen's kappa in most introductions, e.g. Wikipedia's).
    const table = tableOf([...cells('yes', 'yes', 20), ...cells('yes', 'no', 5), ...cells('no', 'yes', 10), ...cells('no', 'no', 15)]);
    const result = cohenKappa(table);
    expect(result.value).toBeCloseTo(0.4, 12);
    expect(result).toMatchObject({ units: 50, droppedUnits: 0, reading: { band: 'fair' } });
    expect(result.observedAgreement).toBeCloseTo(0.7, 12);
    expect(result.expectedAgreement).toBeCloseTo(0.5, 12);
  });

  describe('computed by hand: 5 units (1,1) (2,2) (3,3) (1,2) (3,1) on levels 1-3', () => {
    // First rater: 1 ×2, 2 ×1, 3 ×2. Second rater: 1 ×2, 2 ×2, 3 ×1.
    const table = tableOf([
      [1, 1],
      [2, 2],
      [3, 3],
      [1, 2],
      [3, 1],
    ]);

    it('unweighted: P_o = 3/5, P_e = (2·2 + 1·2 + 2·1)/25 = 8/25, kappa = (0.6 − 0.32)/0.68', () => {
      expect(cohenKappa(table).value).toBeCloseTo(0.28 / 0.68, 12);
    });

    it('linear: observed Σ|i−j| = 1 + 2 = 3 over 5; expected Σ|i−j|·n_i·m_j = 23 over 25; kappa = 1 − 0.6/0.92', () => {
      // Expected cells: (1,2) 2·2·1 = 4, (1,3) 2·1·2 = 4, (2,1) 1·2·1 = 2, (2,3) 1·1·1 = 1, (3,1) 2·2·2 = 8, (3,2) 2·2·1 = 4.
      expect(cohenKappa(table, 'linear').value).toBeCloseTo(1 - 0.6 / 0.92, 12);
    });

    it('quadratic: observed 1 + 4 = 5 over 5; expected 4 + 8 + 2 + 1 + 16 + 4 = 35 over 25; kappa = 1 − 1/1.4', () => {
      expect(cohenKappa(table, 'quadratic').value).toBeCloseTo(1 - 1 / 1.4, 12);
    });

    it('weights by the numeric distance: levels 1, 2, 4 weigh a 1-vs-4 disagreement three times a 1-vs-2 one', () => {
      // Same data with 3 → 4: observed |1−2| + |4−1| = 4 over 5; expected 4 + 2·1·3 + 2 + 1·1·2 + 2·2·3 + 2·2·2 = 34 over 25.
      const spaced = tableOf(table.ratings.map((row) => row.map((v) => (v === 3 ? 4 : v))));
      expect(cohenKappa(spaced, 'linear').value).toBeCloseTo(1 - 0.8 / (34 / 25), 12);
    });
  });

  it('drops units missing either rating and reports how many', () => {
    const result = cohenKappa(
      tableOf([
        ['a', 'a'],
        ['b', 'b'],
        ['a', _],
        [_, _],
      ]),
    );
    expect(result).toMatchObject({ value: 1, units: 2, droppedUnits: 2, reading: { band: 'almost_perfect' } });
  });

  it('treats the number 1 and the label "1" as different values (the CSV reader makes numbers of numeric cells)', () => {
    expect(
      cohenKappa(
        tableOf([
          [1, '1'],
          ['x', 'x'],
        ]),
      ).observedAgreement,
    ).toBe(0.5);
  });

  describe('degenerate data gives null with a reason, never NaN', () => {
    it('both raters gave every unit the same value', () => {
      const result = cohenKappa(
        tableOf([
          ['ok', 'ok'],
          ['ok', 'ok'],
        ]),
      );
      expect(result).toMatchObject({ value: null, units: 2, reading: { band: 'undefined' } });
      expect(result.reason).toMatch(/same value/);
    });

    it('no unit rated by both', () => {
      const result = cohenKappa(
        tableOf([
          [1, _],
          [_, 2],
        ]),
        'linear',
      );
      expect(result).toMatchObject({ value: null, units: 0, droppedUnits: 2 });
      expect(result.reason).toMatch(/both raters/);
    });
  });

  it('compares exactly two raters', () => {
    expect(() => cohenKappa(tableOf([[1, 1, 1]]))).toThrow("Cohen's kappa compares exactly two raters; got 3");
  });

  it('refuses labels with weights, naming the unit and rater', () => {
    expect(() => cohenKappa(tableOf([['low', 1]]), 'quadratic')).toThrow('quadratic-weighted kappa needs numeric ratings: unit u1, rater r1 has "low"');
  });
});

it('gives null, not NaN, for levels too large to square (1e200)', () => {
  const result = cohenKappa(
    tableOf([
      [1e200, -1e200],
      [1, 1],
    ]),
    'quadratic',
  );
  expect(result.value).toBeNull();
  expect(result.reason).toMatch(/too large/);
});
