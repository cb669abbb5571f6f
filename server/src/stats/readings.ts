/** A plain-language reading of an agreement figure: a band and the sentence an admin reads. */
export interface Reading {
  /** The band's name, stable for code (e.g. `good`, `tentative`, `substantial`). */
  band: string;
  /** One sentence naming the band and its source, e.g. "good reliability (Koo & Li 2016: 0.75 to 0.9)". */
  text: string;
}

const UNDEFINED: Reading = { band: 'undefined', text: 'no figure: the data cannot show agreement or disagreement' };

/**
 * The value as shown (3 decimals), which every band is applied to: the
 * reading then agrees with the printed figure, and a computed 0.4000000001
 * is still the 0.4 a band's edge was written for.
 */
function shown(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Koo & Li (2016), "A guideline of selecting and reporting intraclass
 * correlation coefficients for reliability research", J Chiropr Med 15(2):
 * below 0.5 poor, 0.5 to 0.75 moderate, 0.75 to 0.9 good, above 0.9
 * excellent. They band the 95% confidence interval; we band the point
 * estimate (no interval is computed here), so a figure near an edge with few
 * units deserves caution. A boundary value goes to the upper band, except
 * 0.9 itself, which is "good" ("greater than 0.9" is excellent).
 */
export function readIcc(value: number | null): Reading {
  if (value === null) return UNDEFINED;
  value = shown(value);
  if (value < 0.5) return { band: 'poor', text: 'poor reliability (Koo & Li 2016: below 0.5)' };
  if (value < 0.75) return { band: 'moderate', text: 'moderate reliability (Koo & Li 2016: 0.5 to 0.75)' };
  if (value <= 0.9) return { band: 'good', text: 'good reliability (Koo & Li 2016: 0.75 to 0.9)' };
  return { band: 'excellent', text: 'excellent reliability (Koo & Li 2016: above 0.9)' };
}

/**
 * Krippendorff (2004, Content Analysis, 2nd ed., §11.4.4): rely on data with
 * alpha ≥ 0.800; data with 0.667 ≤ alpha < 0.800 only for tentative
 * conclusions; below 0.667, do not rely on them.
 */
export function readAlpha(value: number | null): Reading {
  if (value === null) return UNDEFINED;
  value = shown(value);
  if (value >= 0.8) return { band: 'reliable', text: 'reliable (Krippendorff: alpha ≥ 0.800)' };
  if (value >= 0.667) return { band: 'tentative', text: 'tentative conclusions only (Krippendorff: 0.667 ≤ alpha < 0.800)' };
  return { band: 'unreliable', text: 'not reliable (Krippendorff: alpha below 0.667)' };
}

/**
 * Landis & Koch (1977), "The measurement of observer agreement for
 * categorical data", Biometrics 33(1): below 0 poor, 0 to 0.20 slight, 0.21
 * to 0.40 fair, 0.41 to 0.60 moderate, 0.61 to 0.80 substantial, 0.81 to 1
 * almost perfect. Their bands are written to two decimals; we cut at the
 * upper edges (0.20, 0.40, ...) so that every value has exactly one band.
 */
export function readKappa(value: number | null): Reading {
  if (value === null) return UNDEFINED;
  value = shown(value);
  if (value < 0) return { band: 'poor', text: 'poor agreement, worse than chance (Landis & Koch 1977: below 0)' };
  if (value <= 0.2) return { band: 'slight', text: 'slight agreement (Landis & Koch 1977: 0 to 0.20)' };
  if (value <= 0.4) return { band: 'fair', text: 'fair agreement (Landis & Koch 1977: 0.21 to 0.40)' };
  if (value <= 0.6) return { band: 'moderate', text: 'moderate agreement (Landis & Koch 1977: 0.41 to 0.60)' };
  if (value <= 0.8) return { band: 'substantial', text: 'substantial agreement (Landis & Koch 1977: 0.61 to 0.80)' };
  return { band: 'almost_perfect', text: 'almost perfect agreement (Landis & Koch 1977: 0.81 to 1)' };
}
