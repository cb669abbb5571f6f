import type { Rubric } from '../challenges/rubric.schema';
import { setTotal } from '../grading/score-rubric';

/** How far apart reviewers' sets are: the spread of their totals (rubric points) and whether a gate went both ways. */
export interface Agreement {
  spread: number;
  gatesDiffer: boolean;
}

/** Totals are rounded to 4 decimals; a spread equal to the threshold up to that rounding is not beyond it. */
const TOLERANCE = 1e-9;

/**
 * The spread and gate split of complete sets, each totalled with `setTotal`
 * (weights, negative scoring, floor and gates applied, as the score does).
 * Incomplete sets (a draft) do not count.
 */
export function agreementOf(rubric: Rubric, sets: readonly { levels: Record<string, number> }[]): Agreement {
  const totals = sets.map((s) => setTotal(rubric, s.levels)).filter((t) => t !== null);
  if (!totals.length) return { spread: 0, gatesDiffer: false };
  const values = totals.map((t) => t.total);
  return {
    spread: Math.max(...values) - Math.min(...values),
    gatesDiffer: new Set(totals.map((t) => t.gatesPassed)).size > 1,
  };
}

/** Whether sets this far apart go to adjudication under an assessment's `disagreementPoints`. */
export function disagrees(agreement: Agreement, disagreementPoints: number): boolean {
  return agreement.gatesDiffer || agreement.spread > disagreementPoints + TOLERANCE;
}
