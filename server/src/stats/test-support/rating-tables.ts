import type { RatingTable, RatingValue } from '../rating-table';

/** Test helper: a RatingTable from rows of ratings (undefined = missing), units named u1, u2, ... and raters r1, r2, ... */
export function tableOf(rows: (RatingValue | null)[][], raters?: string[]): RatingTable {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return {
    units: rows.map((_, i) => `u${i + 1}`),
    raters: raters ?? Array.from({ length: width }, (_, i) => `r${i + 1}`),
    ratings: rows,
  };
}

/** Rows from columns: `byRater[r][u]` is rater r's rating of unit u (how Krippendorff prints reliability data). */
export function tableOfRaters(byRater: (RatingValue | null)[][]): RatingTable {
  const units = Math.max(...byRater.map((column) => column.length));
  return tableOf(Array.from({ length: units }, (_, u) => byRater.map((column) => column[u] ?? null)));
}
