import type { Reading } from '../stats';
import type { Figure } from './calibration.schema';

/**
 * Fewest items an agreement figure on the agreement page is shown for:
 * below it the page says "not enough data" instead of a number. Alpha,
 * kappa and the ICC swing widely on a handful of items (one disagreement
 * in four items moves alpha by tenths), and a number would read as a
 * finding.
 */
export const MIN_AGREEMENT_ITEMS = 5;

/**
 * Fewest gold items (for accuracy) and, separately, fewest scored items
 * shared with peers (for agreement) before that figure is shown on the
 * reviewers page and can flag a reviewer: one unlucky gold item must not
 * pause anyone.
 */
export const MIN_REVIEWER_ITEMS = 3;

/**
 * One figure as the API returns it: the number with its reading, or "not
 * enough data" when fewer than `minItems` items are behind it, or the stats
 * module's reason when the data cannot define it (every rating the same).
 */
export function figure(value: number | null, items: number, minItems: number, read: (value: number | null) => Reading, reason?: string | null): Figure {
  if (items < minItems) {
    return {
      value: null,
      status: 'not_enough_data',
      items,
      minItems,
      reading: { band: 'not_enough_data', text: `not enough data: ${items} ${items === 1 ? 'item' : 'items'}, at least ${minItems} needed` },
      note: null,
    };
  }
  if (value === null) return { value: null, status: 'undefined', items, minItems, reading: read(null), note: reason ?? null };
  return { value, status: 'ok', items, minItems, reading: read(value), note: null };
}
