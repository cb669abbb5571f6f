import { krippendorffAlpha } from './krippendorff-alpha';
import { tableOf, tableOfRaters } from './test-support/rating-tables';

const _ = null;

/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", §D-§E:
 * 4 observers (rows here) × 12 units with missing values; unit 12 has one
 * value and is dropped, leaving 11 units and n = 40 pairable values.
 * Published: nominal 0.743, ordinal 0.815, interval 0.849.
 */
const K2011 = tableOfRaters([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]);

describe("Krippendorff's alpha", () => {
  describe('published example: Krippendorff (2011), 4 observers × 12 units, missing data', () => {
    it.each([
      ['nominal', 0.743],
      ['ordinal', 0.815],
      ['interval', 0.849],
    ] as const)('%s alpha is %s', (level, published) => {
      const result = krippendorffAlpha(K2011, level);
      expect(result.value!.toFixed(3)).toBe(published.toFixed(3));
      expect(result).toMatchObject({ units: 11, droppedUnits: 1, pairableValues: 40 });
    });

    it('nominal alpha matches the exact fraction 1 − 39·D/E of the coincidence matrix (0.7434)', () => {
      expect(krippendorffAlpha(K2011, 'nominal').value).toBeCloseTo(0.743421052631579, 12);
    });
  });

  it('published example: Krippendorff (2011) binary data, 2 observers × 10 units, is 0.095', () => {
    // Coincidences o_00 = 10, o_01 = o_10 = 4, o_11 = 2; n_0 = 14, n_1 = 6, n = 20:
    // alpha = 1 − (20 − 1)·4 / (14·6) = 1 − 76/84 = 0.0952.
    const result = krippendorffAlpha(
      tableOfRaters([
        [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
        [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
      ]),
      'nominal',
    );
    expect(result.value).toBeCloseTo(1 - 76 / 84, 12);
    expect(result.value!.toFixed(3)).toBe('0.095');
  });

  describe('computed by hand: units [1,1], [1,2], [3,3] and a unit rated once', () => {
    // Coincidences (ordered pairs, each weighted 1/(m_u − 1) = 1):
    //   o_11 = 2, o_12 = o_21 = 1, o_33 = 2; n_1 = 3, n_2 = 1, n_3 = 2, n = 6.
    // The unit [2, missing] has one value and is dropped.
    const table = tableOf([
      [1, 1],
      [1, 2],
      [3, 3],
      [2, _],
    ]);

    it('nominal: 1 − 5·2 / (2·(3·1 + 3·2 + 1·2)) = 1 − 10/22', () => {
      expect(krippendorffAlpha(table, 'nominal').value).toBeCloseTo(1 - 10 / 22, 12);
    });

    it('interval: δ² = (c − k)², 1 − 5·(1 + 1) / (2·(3·1·1 + 3·2·4 + 1·2·1)) = 1 − 10/58', () => {
      expect(krippendorffAlpha(table, 'interval').value).toBeCloseTo(1 - 10 / 58, 12);
    });

    it('ordinal: δ²_12 = (4 − 2)² = 4, δ²_23 = 1.5² = 2.25, δ²_13 = (6 − 2.5)² = 12.25; 1 − 5·8 / (2·(12 + 73.5 + 4.5)) = 1 − 40/180', () => {
      expect(krippendorffAlpha(table, 'ordinal').value).toBeCloseTo(1 - 40 / 180, 12);
    });

    it('counts the units behind the figure and the unit dropped', () => {
      expect(krippendorffAlpha(table, 'nominal')).toMatchObject({ units: 3, droppedUnits: 1, pairableValues: 6 });
    });

    it('weights a unit rated by three raters by 1/(m − 1): [a, a, b] gives o_aa = 1, o_ab = o_ba = 1', () => {
      // Plus [b, b] (o_bb = 2): n_a = 2, n_b = 3, n = 5; alpha = 1 − 4·2 / (2·2·3) = 1 − 8/12.
      expect(
        krippendorffAlpha(
          tableOf([
            ['a', 'a', 'b'],
            ['b', 'b', _],
          ]),
          'nominal',
        ).value,
      ).toBeCloseTo(1 - 8 / 12, 12);
    });
  });

  it("takes labels for nominal data and reads the figure with Krippendorff's thresholds", () => {
    const perfect = krippendorffAlpha(
      tableOf([
        ['pass', 'pass'],
        ['fail', 'fail'],
      ]),
      'nominal',
    );
    expect(perfect).toMatchObject({ value: 1, reading: { band: 'reliable' } });
  });

  describe('degenerate data gives null with a reason, never NaN', () => {
    it('every rating identical: undefined, and says so', () => {
      const result = krippendorffAlpha(
        tableOf([
          [2, 2],
          [2, 2, 2],
        ]),
        'interval',
      );
      expect(result.value).toBeNull();
      expect(result.reason).toMatch(/same value/);
      expect(result.reading.band).toBe('undefined');
      expect(result.units).toBe(2);
    });

    it('no unit with two ratings: undefined, every unit dropped', () => {
      const result = krippendorffAlpha(
        tableOf([
          [1, _],
          [_, 2],
        ]),
        'nominal',
      );
      expect(result).toMatchObject({ value: null, units: 0, droppedUnits: 2, pairableValues: 0 });
      expect(result.reason).toMatch(/two or more raters/);
    });
  });

  it('refuses labels for ordinal and interval data, naming the unit and rater', () => {
    expect(() => krippendorffAlpha(tableOf([[1, 'x']]), 'ordinal')).toThrow('ordinal alpha needs numeric ratings: unit u1, rater r2 has "x"');
  });
});

it('gives null, not NaN, for ratings too large to square (1e200)', () => {
  const result = krippendorffAlpha(
    tableOf([
      [1e200, -1e200],
      [1, 1],
    ]),
    'interval',
  );
  expect(result.value).toBeNull();
  expect(result.reason).toMatch(/too large/);
});
