import { cohenKappa, type KappaResult, type KappaWeights } from './cohen-kappa';
import { pairTable } from './from-labels';
import type { RatingTable } from './rating-table';

/**
 * Cohen's kappa for every pair of raters who rated at least one unit in
 * common, in column order: how each reviewer agrees with each peer. With a
 * pool of reviewers of whom two score each item, most pairs share few
 * units; each result says how many (`units`), so a page can hide figures
 * that rest on too few. For one figure over the whole pool use
 * Krippendorff's alpha, which needs no pairing.
 */
export function pairwiseKappa(table: RatingTable, weights: KappaWeights = 'none'): KappaResult[] {
  const results: KappaResult[] = [];
  for (let a = 0; a < table.raters.length; a++) {
    for (let b = a + 1; b < table.raters.length; b++) {
      const shared = table.ratings.some((row) => row[a] != null && row[b] != null);
      if (shared) results.push(cohenKappa(pairTable(table, table.raters[a]!, table.raters[b]!), weights));
    }
  }
  return results;
}
