import { icc } from './icc';
import { tableOf } from './test-support/rating-tables';

const _ = null;

/**
 * Shrout & Fleiss (1979), Table 1: 6 targets rated by 4 judges. Their
 * Table 4 gives ICC(2,1) = .29 and ICC(2,4) = .62 (and ICC(1,1) = .17,
 * ICC(3,1) = .71 for the other models, not computed here). ANOVA (their
 * Table 2): BMS = 11.24, JMS = 32.49, EMS = 1.02.
 */
const SHROUT_FLEISS = tableOf([
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
]);

describe('ICC(2,1) and ICC(2,k)', () => {
  describe('published example: Shrout & Fleiss (1979), 6 targets × 4 judges', () => {
    const result = icc(SHROUT_FLEISS);

    it('ICC(2,1) is .29 and ICC(2,4) is .62', () => {
      expect(result.single!.toFixed(2)).toBe('0.29');
      expect(result.average!.toFixed(2)).toBe('0.62');
    });

    it('rests on the ANOVA of their Table 2 (BMS 11.24, JMS 32.49, EMS 1.02)', () => {
      expect(result.meanSquares!.units.toFixed(2)).toBe('11.24');
      expect(result.meanSquares!.raters.toFixed(2)).toBe('32.49');
      expect(result.meanSquares!.error.toFixed(2)).toBe('1.02');
    });

    it('counts 6 units and 4 raters, and reads both figures with Koo & Li bands', () => {
      expect(result).toMatchObject({ units: 6, droppedUnits: 0, raters: 4, readingSingle: { band: 'poor' }, readingAverage: { band: 'moderate' } });
    });
  });

  describe('computed by hand: rater 2 always 2 points above rater 1 (units [2,4], [4,6], [6,8])', () => {
    // Row means 3, 5, 7; column means 4, 6; grand mean 5.
    // SSR = 2·(4 + 0 + 4) = 16, MSR = 8; SSC = 3·(1 + 1) = 6, MSC = 6;
    // SST = 9+1+1+1+1+9 = 22, SSE = 22 − 16 − 6 = 0, MSE = 0.
    // ICC(2,1) = 8 / (8 + 0 + 2·6/3) = 8/12; ICC(2,2) = 8 / (8 + 6/3) = 0.8.
    // Absolute agreement: the constant offset costs agreement (a consistency ICC would be 1).
    const result = icc(
      tableOf([
        [2, 4],
        [4, 6],
        [6, 8],
      ]),
    );

    it('ICC(2,1) = 2/3 and ICC(2,2) = 0.8', () => {
      expect(result.single).toBeCloseTo(2 / 3, 12);
      expect(result.average).toBeCloseTo(0.8, 12);
      expect(result.meanSquares).toEqual({ units: 8, raters: 6, error: 0 });
    });
  });

  it('drops units with a missing rating and reports how many', () => {
    const withGaps = tableOf([...SHROUT_FLEISS.ratings, [3, _, 4, 5], [_, _, _, 1]]);
    const result = icc(withGaps);
    expect(result).toMatchObject({ units: 6, droppedUnits: 2 });
    expect(result.single).toBeCloseTo(icc(SHROUT_FLEISS).single!, 12);
  });

  describe('degenerate data gives null with a reason, never NaN', () => {
    it('every rating identical', () => {
      const result = icc(
        tableOf([
          [3, 3],
          [3, 3],
        ]),
      );
      expect(result).toMatchObject({ single: null, average: null, readingSingle: { band: 'undefined' } });
      expect(result.reason).toMatch(/same value/);
    });

    it('every rating the same decimal (sums of squares of 0.1s need not be exactly 0)', () => {
      const result = icc(
        tableOf([
          [0.1, 0.1, 0.1],
          [0.1, 0.1, 0.1],
          [0.1, 0.1, 0.1],
        ]),
      );
      expect(result).toMatchObject({ single: null, average: null });
      expect(result.reason).toMatch(/same value/);
    });

    it('fewer than two complete units', () => {
      const result = icc(
        tableOf([
          [1, 2],
          [3, _],
        ]),
      );
      expect(result).toMatchObject({ single: null, average: null, units: 1, droppedUnits: 1 });
      expect(result.reason).toMatch(/two or more units/);
    });

    it('no variance between units, only within (units [1,2] and [2,1]): the denominator is 0', () => {
      // MSR = 0, MSC = 0, MSE = 1: ICC(2,1) = −1 / (0 + 1 + 2·(0 − 1)/2) = −1/0.
      const result = icc(
        tableOf([
          [1, 2],
          [2, 1],
        ]),
      );
      expect(result.single).toBeNull();
      expect(result.reason).toMatch(/no variance between units/);
    });
  });

  it('refuses labels, naming the unit and rater', () => {
    expect(() => icc(tableOf([[1, 'good']]))).toThrow('ICC needs numeric ratings: unit u1, rater r2 has "good"');
  });
});

it('gives null, not NaN, for ratings too large to square (1e200)', () => {
  const result = icc(
    tableOf([
      [1e200, -1e200],
      [1, 1],
    ]),
  );
  expect(result).toMatchObject({ single: null, average: null, meanSquares: null });
  expect(result.reason).toMatch(/too large/);
});
