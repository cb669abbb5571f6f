/**
 * Inter-rater agreement statistics: pure functions over a RatingTable (units
 * × raters, null = missing), no I/O. The review workflow, the admin page and
 * `assay stats` all call these.
 */
export type { RatingTable, RatingValue } from './rating-table';
export { krippendorffAlpha, type AlphaLevel, type AlphaResult } from './krippendorff-alpha';
export { icc, type IccResult, type MeanSquares } from './icc';
export { cohenKappa, type KappaResult, type KappaWeights } from './cohen-kappa';
export { readAlpha, readIcc, readKappa, type Reading } from './readings';
export { tableFromLabels, pairTable, type Label } from './from-labels';
export { pairwiseKappa } from './pairwise-kappa';
