/**
 * One rating: a number (a rubric level, a score) or a label (a verdict such
 * as `pass`). Nominal statistics compare values for equality only; ordinal
 * and interval ones need numbers.
 */
export type RatingValue = number | string;

/**
 * Ratings of units (items: explanations, answers) by raters (reviewers), the
 * shape every statistic here takes. `ratings[u][r]` is rater `r`'s rating of
 * unit `u`, or null when that rater did not rate that unit. The review
 * workflow builds one per criterion (or per rubric total) from stored scores;
 * the CLI builds one from a CSV file.
 */
export interface RatingTable {
  /** Unit ids, one per row of `ratings`. */
  units: string[];
  /** Rater names, one per column of `ratings`. */
  raters: string[];
  /** `ratings[unit][rater]`: a rating, or null for a missing one. */
  ratings: (RatingValue | null)[][];
}

/** A map key that keeps the number 1 and the label "1" apart. */
export function valueKey(value: RatingValue): string {
  return typeof value === 'number' ? `n:${value}` : `s:${value}`;
}

/**
 * The ratings of the units that every rater rated, and how many units were
 * dropped for a missing cell. ICC and Cohen's kappa need complete rows.
 */
export function completeRows(table: RatingTable): { rows: RatingValue[][]; dropped: number } {
  const rows: RatingValue[][] = [];
  for (const row of table.ratings) {
    if (row.every((cell) => cell !== null)) rows.push(row as RatingValue[]);
  }
  return { rows, dropped: table.ratings.length - rows.length };
}

/**
 * Throws a TypeError naming the unit and rater of the first rating that is
 * not a finite number, for statistics that measure distances between values.
 * The CLI checks earlier and names the file and line; this guards callers in
 * code.
 */
export function assertNumeric(table: RatingTable, statistic: string): void {
  table.ratings.forEach((row, u) =>
    row.forEach((cell, r) => {
      if (cell === null || (typeof cell === 'number' && Number.isFinite(cell))) return;
      throw new TypeError(`${statistic} needs numeric ratings: unit ${table.units[u] ?? u + 1}, rater ${table.raters[r] ?? r + 1} has ${JSON.stringify(cell)}`);
    }),
  );
}
