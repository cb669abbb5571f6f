import type { CaseReport } from '@assay/runners';
import type { Comparison } from '../challenges/challenge.schema';

/** Whether one case's output matches; `reason` says why not, briefly, for authors and candidates' public runs. */
export interface CompareResult {
  pass: boolean;
  reason?: string;
}

/**
 * The value a function-mode case returned, parsed from the report's exact
 * JSON text; undefined when there is none or it does not parse. Plain
 * JSON.parse for now (big integers lose precision).
 */
export function returnedValue(actual: CaseReport): unknown {
  if (actual.valueJson === undefined) return undefined;
  try {
    return JSON.parse(actual.valueJson) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Compares a case's output with the expected one. Function mode compares the
 * returned value (`valueJson`, parsed) with `expected` (a JSON value); stdio mode compares
 * `stdout` with the expected text. A case whose status is not `ok` never passes.
 *
 * - `exact`: JSON equality (object key order ignored); stdio: identical text,
 *   except that one trailing newline more or less is accepted.
 * - `unordered`: top-level arrays compared as multisets (elements exactly);
 *   stdio: the lines, compared as a multiset after `text` normalisation.
 * - `{float: tol}`: numbers anywhere in the value match when
 *   |a − b| ≤ tol or |a − b| ≤ tol · max(|a|, |b|); stdio: line by line,
 *   whitespace-separated tokens, numeric tokens with that tolerance.
 * - `text` (stdio): trailing spaces and trailing blank lines ignored, runs
 *   of whitespace inside a line count as one space, `\r\n` is `\n`.
 */
export function compareOutput(mode: 'function' | 'stdio', comparison: Comparison, expected: unknown, actual: CaseReport): CompareResult {
  if (actual.status !== 'ok') return { pass: false, reason: actual.status };
  if (mode === 'function') {
    const value = returnedValue(actual);
    if (value === undefined) return { pass: false, reason: 'no value returned' };
    const equal = typeof comparison === 'object' ? floatEqual(expected, value, comparison.float) : comparison === 'unordered' ? unorderedEqual(expected, value) : jsonEqual(expected, value);
    return equal ? { pass: true } : { pass: false, reason: `expected ${preview(expected)}, got ${preview(value)}` };
  }
  const want = String(expected);
  const got = actual.stdout;
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

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function jsonEqual(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function multisetEqual(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  const sortKeys = (list: readonly unknown[]) => list.map((item) => (typeof item === 'string' ? item : canonical(item))).sort();
  const x = sortKeys(a);
  const y = sortKeys(b);
  return x.every((item, i) => item === y[i]);
}

function unorderedEqual(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected) && Array.isArray(actual)) return multisetEqual(expected.map(canonical), actual.map(canonical));
  return jsonEqual(expected, actual);
}

function numbersClose(a: number, b: number, tol: number): boolean {
  const diff = Math.abs(a - b);
  return diff <= tol || diff <= tol * Math.max(Math.abs(a), Math.abs(b));
}

function floatEqual(a: unknown, b: unknown, tol: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') return numbersClose(a, b, tol);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => floatEqual(item, b[i], tol));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return jsonEqual(ka, kb) && ka.every((k) => floatEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], tol));
  }
  return jsonEqual(a, b);
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function tokensEqual(a: string, b: string, tol: number): boolean {
  const x = a.split(' ').filter(Boolean);
  const y = b.split(' ').filter(Boolean);
  return x.length === y.length && x.every((t, i) => t === y[i] || (NUMBER.test(t) && NUMBER.test(y[i]!) && numbersClose(Number(t), Number(y[i]), tol)));
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
      const show = (line: string | undefined) => (line === undefined ? 'end of output' : preview(line));
      return `line ${i + 1}: expected ${show(want[i])}, got ${show(got[i])}`;
    }
  }
  return 'the output differs';
}

function preview(value: unknown, max = 120): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
