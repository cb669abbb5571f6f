import { readIcc, type Reading } from './readings';
import { assertNumeric, completeRows, type RatingTable } from './rating-table';

/** The two-way ANOVA mean squares the ICC is built from. */
export interface MeanSquares {
  /** Between units (rows), n − 1 degrees of freedom. */
  units: number;
  /** Between raters (columns), k − 1 degrees of freedom. */
  raters: number;
  /** Residual, (n − 1)(k − 1) degrees of freedom. */
  error: number;
}

/** ICC(2,1) and ICC(2,k) with what they rest on. A figure is null when it is undefined for the data (see `reason`). */
export interface IccResult {
  statistic: 'icc';
  model: 'two-way random, absolute agreement';
  /** ICC(2,1): reliability of one rater's score. */
  single: number | null;
  /** ICC(2,k): reliability of the mean of the k raters' scores. */
  average: number | null;
  /** Why a figure is null; absent when both are numbers. */
  reason?: string;
  /** Units with every rater's rating: the units behind the figures. */
  units: number;
  /** Units dropped because at least one rater's rating was missing. */
  droppedUnits: number;
  /** k, the number of raters. */
  raters: number;
  meanSquares: MeanSquares | null;
  readingSingle: Reading;
  readingAverage: Reading;
}

/**
 * ICC(2,1) and ICC(2,k): two-way random effects, absolute agreement
 * (Shrout & Fleiss 1979, "Intraclass correlations: uses in assessing rater
 * reliability", Psychol Bull 86(2), cases 2 and 2-k; McGraw & Wong 1996
 * ICC(A,1) and ICC(A,k)). With n units, k raters and the mean squares of a
 * two-way ANOVA without replication (MSR units, MSC raters, MSE residual):
 *
 *   ICC(2,1) = (MSR − MSE) / (MSR + (k − 1)·MSE + k·(MSC − MSE)/n)
 *   ICC(2,k) = (MSR − MSE) / (MSR + (MSC − MSE)/n)
 *
 * The model needs complete data: a unit with any missing rating is dropped
 * (listwise deletion, as SPSS and R's psych do by default) and counted in
 * `droppedUnits`; use Krippendorff's alpha (interval) when many cells are
 * missing. A figure is undefined (null) with fewer than two complete units or
 * two raters, or when its denominator is not positive (no variance between
 * units and raters to compare against, e.g. every rating identical).
 * Negative values are possible and kept: they read as "poor".
 *
 * Each column must be one rater throughout. When a pool of reviewers splits
 * the items (two of ten score each), nearly every row has gaps and is
 * dropped: use Krippendorff's alpha (interval) for such data, which needs no
 * complete rows and no fixed raters.
 */
export function icc(table: RatingTable): IccResult {
  assertNumeric(table, 'ICC');
  const { rows: complete, dropped } = completeRows(table);
  const rows = complete as number[][];
  const n = rows.length;
  const k = table.raters.length;
  const base = { statistic: 'icc' as const, model: 'two-way random, absolute agreement' as const, units: n, droppedUnits: dropped, raters: k };
  if (k < 2) return undefinedIcc(base, null, 'the ICC needs two or more raters');
  if (n < 2) return undefinedIcc(base, null, `the ICC needs two or more units rated by every rater; ${n} found`);

  const grand = rows.flat().reduce((a, b) => a + b, 0) / (n * k);
  const rowMeans = rows.map((row) => row.reduce((a, b) => a + b, 0) / k);
  const colMeans = table.raters.map((_, r) => rows.reduce((a, row) => a + row[r]!, 0) / n);
  const total = rows.flat().reduce((a, x) => a + (x - grand) ** 2, 0);
  const ssUnits = k * rowMeans.reduce((a, m) => a + (m - grand) ** 2, 0);
  const ssRaters = n * colMeans.reduce((a, m) => a + (m - grand) ** 2, 0);
  // Rounding can leave a tiny negative residual when the fit is exact.
  const ssError = Math.max(0, total - ssUnits - ssRaters);
  const meanSquares = { units: ssUnits / (n - 1), raters: ssRaters / (k - 1), error: ssError / ((n - 1) * (k - 1)) };
  // Compare the ratings themselves: sums of squares of identical decimals (0.1, 0.1) need not round to exactly 0.
  if (rows.flat().every((x) => x === rows[0]![0]))
    return undefinedIcc(base, meanSquares, 'every rating is the same value: there is no variance to attribute, so the ICC is undefined');

  const { units: msr, raters: msc, error: mse } = meanSquares;
  const single = ratio(msr - mse, msr + (k - 1) * mse + (k * (msc - mse)) / n, total);
  const average = ratio(msr - mse, msr + (msc - mse) / n, total);
  if (!Number.isFinite(total)) return undefinedIcc(base, null, 'the ratings are too large to square in double precision, so the ICC cannot be computed');
  const reason = single === null || average === null ? 'no variance between units to compare the raters against, so the ICC is undefined' : undefined;
  return { ...base, single, average, ...(reason ? { reason } : {}), meanSquares, readingSingle: readIcc(single), readingAverage: readIcc(average) };
}

/** numerator / denominator, or null when the denominator is not clearly positive (relative to the data's total sum of squares). */
function ratio(numerator: number, denominator: number, scale: number): number | null {
  return denominator > scale * 1e-12 ? numerator / denominator : null;
}

function undefinedIcc(base: Pick<IccResult, 'statistic' | 'model' | 'units' | 'droppedUnits' | 'raters'>, meanSquares: MeanSquares | null, reason: string): IccResult {
  return { ...base, single: null, average: null, reason, meanSquares, readingSingle: readIcc(null), readingAverage: readIcc(null) };
}
