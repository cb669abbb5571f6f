import type { CaseReport } from '@assay/runners';
import type { Comparison, TestCase } from '../challenges/challenge.schema';
import { expectedJsonOf, returnedJsonOf } from './case-values';
import { compareValues, preview, type CompareResult } from './compare-values';
import { decimalClose, parseDecimal } from './decimal';

export type { CompareResult } from './compare-values';

/**
 * Compares a case's output with what its test expects. Function mode
 * compares the returned JSON text with the expected one (see
 * compare-values.ts: exact numbers, never doubles); stdio mode compares
 * `stdout` with the expected text. A case whose status is not `ok` never passes.
 *
 * Stdio comparisons:
 * - `exact`: identical text, except that one trailing newline more or less is accepted.
 * - `unordered`: the lines, compared as a multiset after `text` normalisation.
 * - `{float: tol}`: line by line, whitespace-separated tokens, numeric tokens
 *   with that tolerance (exact values: `1e999` is not close to 5).
 * - `text`: trailing spaces and trailing blank lines ignored, runs of
 *   whitespace inside a line count as one space, `\r\n` is `\n`.
 *
 * Every step is linear in the output's length (no backtracking pattern ever
 * sees candidate text), so a hostile output costs what its size costs.
 */
export function compareOutput(comparison: Comparison, test: TestCase, actual: CaseReport): CompareResult {
  if (actual.status !== 'ok') return { pass: false, reason: actual.status };
  if ('args' in test) return compareValues(comparison, expectedJsonOf(test), returnedJsonOf(actual));
  return compareText(comparison, test.stdout, actual.stdout);
}

/** The stdio comparison of `compareOutput`: expected text against what the program printed. */
export function compareText(comparison: Comparison, want: string, got: string): CompareResult {
  if (comparison === 'exact') {
    if (stripOneNewline(want) === stripOneNewline(got)) return { pass: true };
    return { pass: false, reason: firstDifference(want.split('\n'), got.split('\n')) };
  }
  const wantLines = textLines(want);
  const gotLines = textLines(got);
  if (comparison === 'unordered') {
    const same = multisetEqual(wantLines, gotLines);
    return same ? { pass: true } : { pass: false, reason: 'the lines differ (compared in any order)' };
  }
  const tolerance = typeof comparison === 'object' ? comparison.float : null;
  const lineEqual = (a: string, b: string) => (tolerance === null ? a === b : tokensEqual(a, b, tolerance));
  const same = wantLines.length === gotLines.length && wantLines.every((line, i) => lineEqual(line, gotLines[i]!));
  return same ? { pass: true } : { pass: false, reason: firstDifference(wantLines, gotLines, lineEqual) };
}

function multisetEqual(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((item, i) => item === y[i]);
}

/** Tokens equal as text, or both numbers within the tolerance (parsed in one pass each, exactly). */
function tokensEqual(a: string, b: string, tol: number): boolean {
  const x = a.split(' ').filter(Boolean);
  const y = b.split(' ').filter(Boolean);
  return (
    x.length === y.length &&
    x.every((t, i) => {
      if (t === y[i]) return true;
      const p = parseDecimal(t);
      const q = p && parseDecimal(y[i]!);
      return p !== undefined && q !== undefined && decimalClose(p, q, tol);
    })
  );
}

function stripOneNewline(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/** `text` normalisation: lines without trailing spaces, whitespace runs as one space, no trailing blank lines. */
function textLines(text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/\s+/g, ' ').replace(/ $/, ''));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function firstDifference(want: string[], got: string[], equal = (a: string, b: string) => a === b): string {
  const n = Math.max(want.length, got.length);
  for (let i = 0; i < n; i++) {
    if (want[i] === undefined || got[i] === undefined || !equal(want[i]!, got[i]!)) {
      const show = (line: string | undefined) => (line === undefined ? 'end of output' : JSON.stringify(preview(line)));
      return `line ${i + 1}: expected ${show(want[i])}, got ${show(got[i])}`;
    }
  }
  return 'the output differs';
}
