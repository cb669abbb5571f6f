import { readKappa, type Reading } from './readings';
import { assertNumeric, completeRows, valueKey, type RatingTable, type RatingValue } from './rating-table';

/** Disagreement weights: `none` (Cohen 1960), or `linear` / `quadratic` in the distance between ordinal levels (Cohen 1968). */
export type KappaWeights = 'none' | 'linear' | 'quadratic';

/** Cohen's (weighted) kappa with what it rests on. `value` is null when kappa is undefined for the data (see `reason`). */
export interface KappaResult {
  statistic: 'cohen_kappa';
  weights: KappaWeights;
  /** Kappa (1 perfect, 0 chance, below 0 worse than chance), or null when undefined. */
  value: number | null;
  /** Why `value` is null; absent when it is a number. */
  reason?: string;
  /** The two raters compared, by name. */
  pair: [string, string];
  /** Units both raters rated: the units behind the figure. */
  units: number;
  /** Units dropped because one or both ratings were missing. */
  droppedUnits: number;
  /** P_o and P_e of kappa = (P_o − P_e) / (1 − P_e), weighted when weights are used (null when there is nothing to compare). */
  observedAgreement: number | null;
  expectedAgreement: number | null;
  reading: Reading;
}

/**
 * Cohen's kappa for two raters (Cohen 1960, "A coefficient of agreement for
 * nominal scales"), and weighted kappa (Cohen 1968, "Weighted kappa", Psychol
 * Bull 70(4)) with disagreement weights v_ij:
 *
 *   kappa_w = 1 − Σ v_ij·p_ij / Σ v_ij·p_i.·p_.j
 *
 * where p_ij is the share of units rated i by the first rater and j by the
 * second, and p_i., p_.j their marginal shares. Unweighted: v_ij = 0 when
 * i = j, else 1. Linear: |x_i − x_j|; quadratic: (x_i − x_j)², with x the
 * numeric levels themselves, so a level nobody used still counts in the
 * distance; scaling the weights does not change kappa, so this equals the
 * usual |i − j|/(g − 1) weights when the levels are consecutive integers.
 * Units with a missing rating are dropped and counted. Kappa is undefined
 * (null) when no unit has both ratings or when chance alone predicts perfect
 * agreement (both raters gave one and the same value to every unit).
 */
export function cohenKappa(table: RatingTable, weights: KappaWeights = 'none'): KappaResult {
  if (table.raters.length !== 2) throw new RangeError(`Cohen's kappa compares exactly two raters; got ${table.raters.length}`);
  if (weights !== 'none') assertNumeric(table, `${weights}-weighted kappa`);
  const { rows, dropped } = completeRows(table);
  const base = { statistic: 'cohen_kappa' as const, weights, pair: [table.raters[0]!, table.raters[1]!] as [string, string], units: rows.length, droppedUnits: dropped };
  if (rows.length === 0) return undefinedKappa(base, 'no unit was rated by both raters');

  const levels = new Map<string, RatingValue>();
  for (const row of rows) for (const value of row) levels.set(valueKey(value), value);
  const values = [...levels.values()];
  const index = new Map(values.map((value, i) => [valueKey(value), i]));
  const table2 = values.map(() => values.map(() => 0));
  for (const [a, b] of rows) table2[index.get(valueKey(a!))!]![index.get(valueKey(b!))!]! += 1 / rows.length;
  const first = table2.map((row) => row.reduce((s, p) => s + p, 0));
  const second = values.map((_, j) => table2.reduce((s, row) => s + row[j]!, 0));

  const distance = disagreement(weights, values);
  // Scale the weights to [0, 1] so that P_o and P_e read as agreement proportions.
  let maxWeight = 0;
  for (let i = 0; i < values.length; i++) for (let j = 0; j < values.length; j++) maxWeight = Math.max(maxWeight, distance(i, j));
  if (maxWeight === 0) return undefinedKappa(base, 'both raters gave every unit the same value: chance alone predicts that agreement, so kappa is undefined');
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < values.length; j++) {
      const v = distance(i, j) / maxWeight;
      observed += v * table2[i]![j]!;
      expected += v * first[i]! * second[j]!;
    }
  }
  if (expected === 0) return undefinedKappa(base, 'chance alone predicts perfect agreement for these ratings, so kappa is undefined');
  const value = 1 - observed / expected;
  if (!Number.isFinite(value)) return undefinedKappa(base, 'the levels are too large to square in double precision, so kappa cannot be computed');
  return { ...base, value, observedAgreement: 1 - observed, expectedAgreement: 1 - expected, reading: readKappa(value) };
}

function disagreement(weights: KappaWeights, values: RatingValue[]): (i: number, j: number) => number {
  if (weights === 'none') return (i, j) => (i === j ? 0 : 1);
  const power = weights === 'linear' ? 1 : 2;
  return (i, j) => Math.abs((values[i] as number) - (values[j] as number)) ** power;
}

function undefinedKappa(base: Pick<KappaResult, 'statistic' | 'weights' | 'pair' | 'units' | 'droppedUnits'>, reason: string): KappaResult {
  return { ...base, value: null, reason, observedAgreement: null, expectedAgreement: null, reading: readKappa(null) };
}
