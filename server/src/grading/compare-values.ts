import type { Comparison } from '../challenges/challenge.schema';
import { decimalClose, decimalEqual, decimalKey } from './decimal';
import { JsonNumber, JsonTextError, parseJsonExact, type JsonValue } from './json-exact';

/** Whether one case's output matches; `reason` says why not, briefly, for authors and candidates' public runs. */
export interface CompareResult {
  pass: boolean;
  reason?: string;
}

/**
 * Compares a function's returned JSON text with the expected JSON text,
 * exactly as both were written: numbers by their exact value (integers of
 * any size, `1` = `1.0`), never through a double.
 *
 * - `exact` (and `text`): equal values, object key order ignored.
 * - `unordered`: top-level arrays as multisets (elements exactly).
 * - `{float: tol}`: numbers anywhere match when |a − b| ≤ tol or
 *   |a − b| ≤ tol · max(|a|, |b|); huge numbers are compared as what they
 *   are, and JSON has no Infinity or NaN to slip through.
 *
 * Linear in the size of both texts (plus sorting keys); returned text that
 * is not strict JSON, or nests deeper than MAX_JSON_DEPTH, fails the case.
 */
export function compareValues(comparison: Comparison, expectedJson: string, returnedJson: string | undefined): CompareResult {
  if (returnedJson === undefined) return { pass: false, reason: 'no value returned' };
  let got: JsonValue;
  try {
    got = parseJsonExact(returnedJson);
  } catch (error) {
    if (error instanceof JsonTextError) return { pass: false, reason: `the returned value is not JSON: ${error.message}` };
    throw error;
  }
  const want = parseJsonExact(expectedJson); // the loader checked it: a failure here is a bug, not a verdict
  const equal = typeof comparison === 'object' ? floatEqual(want, got, comparison.float) : comparison === 'unordered' ? unorderedEqual(want, got) : exactEqual(want, got);
  return equal ? { pass: true } : { pass: false, reason: `expected ${preview(expectedJson)}, got ${preview(returnedJson)}` };
}

/** Structural equality; `numbers` decides for two numbers. Depth is bounded by the parser. */
function sameShape(a: JsonValue, b: JsonValue, numbers: (x: JsonNumber, y: JsonNumber) => boolean): boolean {
  if (a instanceof JsonNumber || b instanceof JsonNumber) return a instanceof JsonNumber && b instanceof JsonNumber && numbers(a, b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameShape(item, b[i]!, numbers));
  }
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false;
    for (const [key, value] of a) {
      const other = b.get(key);
      if (other === undefined || !sameShape(value, other, numbers)) return false;
    }
    return true;
  }
  return a === b;
}

function exactEqual(a: JsonValue, b: JsonValue): boolean {
  return sameShape(a, b, (x, y) => decimalEqual(x.value, y.value));
}

function floatEqual(a: JsonValue, b: JsonValue, tol: number): boolean {
  return sameShape(a, b, (x, y) => decimalClose(x.value, y.value, tol));
}

function unorderedEqual(a: JsonValue, b: JsonValue): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return exactEqual(a, b);
  if (a.length !== b.length) return false;
  const x = a.map(canonical).sort();
  const y = b.map(canonical).sort();
  return x.every((item, i) => item === y[i]);
}

/** A text that equal values (and only they) share: keys sorted, numbers by exact value. */
function canonical(value: JsonValue): string {
  if (value instanceof JsonNumber) return decimalKey(value.value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Map) {
    const keys = [...value.keys()].sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value.get(k)!)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** At most `max` characters of a text, cut before it is escaped so a huge one costs nothing. */
export function preview(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
