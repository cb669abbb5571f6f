import type { RatingTable, RatingValue } from './rating-table';

/** One stored rating in long form: the shape of a reviewer × item × criterion row (one criterion, or a rubric total). */
export interface Label {
  unit: string;
  rater: string;
  value: RatingValue | null;
}

/**
 * Builds a RatingTable from ratings in long form (as the review workflow
 * stores them): units and raters in order of first appearance, a cell null
 * where a rater did not rate a unit. A second rating of the same unit by the
 * same rater is a RangeError, not a silent overwrite: it would count one
 * reviewer twice. Pass `raters` to fix the columns (and their order), e.g.
 * the two raters of a kappa; labels from other raters are then ignored.
 */
export function tableFromLabels(labels: Iterable<Label>, raters?: string[]): RatingTable {
  const units: string[] = [];
  const unitIndex = new Map<string, number>();
  const columns = raters ? [...raters] : [];
  const raterIndex = new Map(columns.map((rater, i) => [rater, i]));
  const cells = new Map<string, RatingValue | null>();
  for (const { unit, rater, value } of labels) {
    if (!raterIndex.has(rater)) {
      if (raters) continue;
      raterIndex.set(rater, columns.push(rater) - 1);
    }
    if (!unitIndex.has(unit)) unitIndex.set(unit, units.push(unit) - 1);
    const key = `${unitIndex.get(unit)}:${raterIndex.get(rater)}`;
    if (cells.has(key)) throw new RangeError(`rater ${rater} rated unit ${unit} twice`);
    cells.set(key, value);
  }
  const ratings = units.map((_, u) => columns.map((_, r) => cells.get(`${u}:${r}`) ?? null));
  return { units, raters: columns, ratings };
}

/**
 * The table of two of its raters' columns only, e.g. one reviewer against
 * another for Cohen's kappa. Units neither of the two rated are left out
 * (they say nothing about this pair); a unit only one of them rated stays,
 * and kappa drops and counts it.
 */
export function pairTable(table: RatingTable, first: string, second: string): RatingTable {
  const columns = [first, second].map((rater) => {
    const index = table.raters.indexOf(rater);
    if (index < 0) throw new RangeError(`no rater ${rater} in the table`);
    return index;
  });
  const rows = table.ratings.map((row, u) => ({ unit: table.units[u]!, cells: columns.map((c) => row[c] ?? null) }));
  const shared = rows.filter(({ cells }) => cells.some((cell) => cell !== null));
  return { units: shared.map((r) => r.unit), raters: [first, second], ratings: shared.map((r) => r.cells) };
}
