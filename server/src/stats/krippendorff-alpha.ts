import { readAlpha, type Reading } from './readings';
import { assertNumeric, valueKey, type RatingTable, type RatingValue } from './rating-table';

const TOO_LARGE = 'the ratings are too large to square in double precision, so alpha cannot be computed';

/** Level of measurement: which difference between two values counts as disagreement. */
export type AlphaLevel = 'nominal' | 'ordinal' | 'interval';

/** Krippendorff's alpha with what it rests on. `value` is null when alpha is undefined for the data (see `reason`). */
export interface AlphaResult {
  statistic: 'krippendorff_alpha';
  level: AlphaLevel;
  /** Alpha in [-1, 1] (1 perfect, 0 chance), or null when undefined. */
  value: number | null;
  /** Why `value` is null; absent when it is a number. */
  reason?: string;
  /** Units with two or more ratings: the units behind the figure. */
  units: number;
  /** Units dropped because fewer than two raters rated them. */
  droppedUnits: number;
  /** Raters (columns) in the table. */
  raters: number;
  /** Pairable values n: ratings in the units that count. */
  pairableValues: number;
  /** D_o and D_e of alpha = 1 − D_o / D_e (null when there is nothing to compare). */
  observedDisagreement: number | null;
  expectedDisagreement: number | null;
  reading: Reading;
}

/**
 * Krippendorff's alpha by the coincidence-matrix formulation of Krippendorff
 * (2011), "Computing Krippendorff's Alpha-Reliability" (Annenberg School
 * working paper, §C-§E):
 *
 *   o_ck = Σ_u (number of c-k pairs of values in unit u) / (m_u − 1)
 *   n_c  = Σ_k o_ck,  n = Σ_c n_c
 *   alpha = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck
 *
 * where m_u is the number of ratings unit u got. Units with m_u < 2 carry no
 * pair and are dropped, as Krippendorff does; missing cells are simply
 * absent. δ² is 0/1 for nominal, (c − k)² for interval, and for ordinal
 * (Σ_{g=c..k} n_g − (n_c + n_k)/2)², which uses ranks through the marginal
 * counts, not the numbers' distances. Alpha is undefined (0/0) when no unit
 * has two ratings or when every pairable rating is the same value: there is
 * no variation to agree on.
 */
export function krippendorffAlpha(table: RatingTable, level: AlphaLevel): AlphaResult {
  if (level !== 'nominal') assertNumeric(table, `${level} alpha`);
  const units: RatingValue[][] = [];
  for (const row of table.ratings) {
    const values = row.filter((cell): cell is RatingValue => cell !== null);
    if (values.length >= 2) units.push(values);
  }
  const base = { statistic: 'krippendorff_alpha' as const, level, units: units.length, droppedUnits: table.ratings.length - units.length, raters: table.raters.length };

  const values = distinctValues(units, level);
  const index = new Map(values.map((value, i) => [valueKey(value), i]));
  const coincidences = values.map(() => values.map(() => 0));
  for (const unit of units) {
    const weight = 1 / (unit.length - 1);
    for (let i = 0; i < unit.length; i++) {
      for (let j = 0; j < unit.length; j++) {
        if (i !== j) coincidences[index.get(valueKey(unit[i]!))!]![index.get(valueKey(unit[j]!))!]! += weight;
      }
    }
  }
  const marginals = coincidences.map((row) => row.reduce((a, b) => a + b, 0));
  const n = marginals.reduce((a, b) => a + b, 0);
  if (n === 0) return undefinedAlpha(base, 0, 'no unit was rated by two or more raters');
  if (values.length < 2) return undefinedAlpha(base, n, 'every rating is the same value: there is no variation to agree on, so alpha is undefined');

  const delta = differenceFunction(level, values, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < values.length; c++) {
    for (let k = 0; k < values.length; k++) {
      const d = delta(c, k);
      observed += coincidences[c]![k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  }
  const observedDisagreement = observed / n;
  const expectedDisagreement = expected / (n * (n - 1));
  const value = 1 - observedDisagreement / expectedDisagreement;
  if (!Number.isFinite(value)) return undefinedAlpha(base, n, TOO_LARGE);
  return { ...base, value, pairableValues: n, observedDisagreement, expectedDisagreement, reading: readAlpha(value) };
}

function undefinedAlpha(base: Pick<AlphaResult, 'statistic' | 'level' | 'units' | 'droppedUnits' | 'raters'>, n: number, reason: string): AlphaResult {
  return { ...base, value: null, reason, pairableValues: n, observedDisagreement: null, expectedDisagreement: null, reading: readAlpha(null) };
}

/** The distinct values, in ascending order for numbers (ordinal needs the order; the others do not care). */
function distinctValues(units: RatingValue[][], level: AlphaLevel): RatingValue[] {
  const seen = new Map<string, RatingValue>();
  for (const unit of units) for (const value of unit) seen.set(valueKey(value), value);
  const values = [...seen.values()];
  if (level === 'nominal') return values;
  return (values as number[]).sort((a, b) => a - b);
}

/** δ²(c, k) over value indices, per Krippendorff (2011) §E. */
function differenceFunction(level: AlphaLevel, values: RatingValue[], marginals: number[]): (c: number, k: number) => number {
  if (level === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (level === 'interval') return (c, k) => ((values[c] as number) - (values[k] as number)) ** 2;
  // ordinal: cumulative marginals make Σ_{g=c..k} n_g a subtraction.
  const cumulative = [0];
  for (const m of marginals) cumulative.push(cumulative.at(-1)! + m);
  return (c, k) => {
    const [low, high] = c <= k ? [c, k] : [k, c];
    const between = cumulative[high + 1]! - cumulative[low]!;
    return (between - (marginals[c]! + marginals[k]!) / 2) ** 2;
  };
}
