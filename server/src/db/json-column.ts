import { customType } from 'drizzle-orm/pg-core';

/*
 * PostgreSQL's jsonb (and PGlite's) refuses two things JSON itself allows:
 * the NUL character (`\u0000`: "unsupported Unicode escape sequence") and
 * a lone UTF-16 surrogate (`\ud800`: "invalid input syntax"). Programs
 * under test write both (stdout `a\x00b`, a Python function returning
 * '\ud800'), and what a program wrote must be stored and judged, never
 * turned into an `error`. So every string in a jsonb value (keys too) is
 * escaped on the way in and restored on the way out, reversibly:
 *
 *   ESC (U+E000)        → ESC 'e'
 *   NUL (U+0000)        → ESC '0'
 *   lone surrogate U+DXXX → ESC 'u' + 4 hex digits
 *
 * ESC is a private-use character, so ordinary text is never rewritten and
 * a string without ESC, NUL or surrogates is passed through untouched.
 * SQL that reads these columns directly sees the escaped form.
 */
const ESC = '\uE000';
// NUL, ESC, or a surrogate that is not part of a valid high+low pair.
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const NEEDS_ESCAPE = /[\u0000\uE000]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPED = /\uE000(?:e|0|u[0-9a-f]{4})/g;

function escapeString(s: string): string {
  return s.replace(NEEDS_ESCAPE, (c) => (c === '\u0000' ? `${ESC}0` : c === ESC ? `${ESC}e` : `${ESC}u${c.charCodeAt(0).toString(16)}`));
}

function unescapeString(s: string): string {
  if (!s.includes(ESC)) return s;
  return s.replace(ESCAPED, (m) => (m[1] === '0' ? '\u0000' : m[1] === 'e' ? ESC : String.fromCharCode(parseInt(m.slice(2), 16))));
}

function mapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // defineProperty: a key named __proto__ stays a plain own key
      Object.defineProperty(out, f(k), { value: mapStrings(v, f), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** A JSON value with every string made storable in jsonb (see the escape table above). */
export function escapeForJsonb(value: unknown): unknown {
  return mapStrings(value, escapeString);
}

/** The inverse of escapeForJsonb: exactly the value that was written. */
export function unescapeFromJsonb(value: unknown): unknown {
  return mapStrings(value, unescapeString);
}

// What JSON.stringify writes for anything escapeForJsonb would change: `\u0000`, a lone
// surrogate's `\udXXX` (pairs are written as they are), ESC itself. A backslash-u typed as
// text also matches (`\\u0000`): that only takes the full walk, which is always right.
const MAY_NEED_ESCAPE = /\\u0000|\\ud[89a-f]|\uE000/i;

/** The jsonb text of a value: one JSON.stringify, plus the escaping walk only when that text shows something to escape. */
export function toJsonbText(value: unknown): string {
  const text = JSON.stringify(value);
  return MAY_NEED_ESCAPE.test(text) ? JSON.stringify(escapeForJsonb(value)) : text;
}

function hasEscaped(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(ESC);
  if (Array.isArray(value)) return value.some(hasEscaped);
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k.includes(ESC) || hasEscaped(v)) return true;
  }
  return false;
}

/** A value read from jsonb as it was written: the value itself (no copy) unless some string holds ESC. */
export function fromJsonbValue(value: unknown): unknown {
  return hasEscaped(value) ? unescapeFromJsonb(value) : value;
}

/**
 * A jsonb column that stores any JSON value, NUL characters and lone
 * surrogates included (drop-in for drizzle's `jsonb`; add `.$type<T>()`).
 */
export const jsonb = customType<{ data: unknown; driverData: unknown }>({
  dataType: () => 'jsonb',
  toDriver: (value) => toJsonbText(value),
  // node-postgres and PGlite both hand jsonb over already parsed.
  fromDriver: (value) => fromJsonbValue(value),
});
