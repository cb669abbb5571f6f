import type { AlphaResult, IccResult, KappaResult } from '../stats';

/** The figure alone, as `assay stats` prints it on its last line: 3 decimals, or `undefined`. */
export function lastLine(value: number | null): string {
  return value === null ? 'undefined' : value.toFixed(3);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function figure(value: number | null): string {
  return value === null ? 'undefined' : value.toFixed(3);
}

/** The human summary of `assay stats alpha` (without the last line). */
export function formatAlpha(file: string, r: AlphaResult): string {
  let out = `Krippendorff's alpha, ${r.level}, ${file}\n`;
  out += `  ${plural(r.units, 'unit')} rated by two or more of ${plural(r.raters, 'rater')}, ${plural(r.pairableValues, 'pairable value')}`;
  out += r.droppedUnits ? `; ${plural(r.droppedUnits, 'unit')} dropped (fewer than two ratings)\n` : '\n';
  if (r.value === null) return `${out}  undefined: ${r.reason}\n`;
  out += `  observed disagreement ${r.observedDisagreement!.toPrecision(4)}, expected ${r.expectedDisagreement!.toPrecision(4)}\n`;
  return `${out}  alpha = ${figure(r.value)}: ${r.reading.text}\n`;
}

/** The human summary of `assay stats icc` (without the last line). */
export function formatIcc(file: string, r: IccResult): string {
  let out = `ICC, ${r.model}, ${file}\n`;
  out += `  ${plural(r.units, 'unit')} rated by all ${plural(r.raters, 'rater')}`;
  out += r.droppedUnits ? `; ${plural(r.droppedUnits, 'unit')} dropped (a rating missing: the ICC needs complete rows)\n` : '\n';
  if (r.meanSquares) {
    const ms = r.meanSquares;
    out += `  mean squares: units ${ms.units.toPrecision(4)}, raters ${ms.raters.toPrecision(4)}, error ${ms.error.toPrecision(4)}\n`;
  }
  if (r.reason) out += `  undefined: ${r.reason}\n`;
  out += `  ICC(2,1) = ${figure(r.single)}${r.single === null ? '' : `: ${r.readingSingle.text}`} (one rater's score)\n`;
  out += `  ICC(2,${r.raters}) = ${figure(r.average)}${r.average === null ? '' : `: ${r.readingAverage.text}`} (the mean of ${r.raters} raters' scores)\n`;
  return out;
}

/** The human summary of `assay stats kappa` (without the last line). */
export function formatKappa(file: string, r: KappaResult): string {
  const kind = r.weights === 'none' ? "Cohen's kappa" : `Cohen's kappa, ${r.weights} weights`;
  let out = `${kind}, ${r.pair[0]} vs ${r.pair[1]}, ${file}\n`;
  out += `  ${plural(r.units, 'unit')} rated by both`;
  out += r.droppedUnits ? `; ${plural(r.droppedUnits, 'unit')} dropped (a rating missing)\n` : '\n';
  if (r.value === null) return `${out}  undefined: ${r.reason}\n`;
  out += `  ${r.weights === 'none' ? '' : 'weighted '}agreement observed ${r.observedAgreement!.toFixed(3)}, expected by chance ${r.expectedAgreement!.toFixed(3)}\n`;
  return `${out}  kappa = ${figure(r.value)}: ${r.reading.text}\n`;
}
