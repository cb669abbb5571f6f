/**
 * A number exactly as written: value = ±0.`digits` × 10^`exp`. `digits` has
 * no leading or trailing zeros; zero is `digits: ''`. `exp` is ±Infinity
 * when the written exponent is beyond any value a test can expect
 * (|exp| > 10^15): such a number equals nothing and is close to nothing.
 * Integers of any size and decimals of any length are kept exactly, so
 * 2**53 + 1 is not 2**53 and a 400-digit integer is not Infinity.
 */
export interface Decimal {
  neg: boolean;
  digits: string;
  exp: number;
}

/** Beyond this many exponent digits (or this exponent) a number is out of range. */
const MAX_EXP = 1e15;
/** Decimal digits that matter when a Decimal is turned into a double. */
const DOUBLE_DIGITS = 20;
/** Largest power of ten handled as a double without overflow in a tolerance check. */
const DOUBLE_TOP = 300;

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * End of the number that starts at `start` in `text`, or -1 when none does.
 * `json`: JSON's grammar (`-?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?`); otherwise the
 * lax one of stdio tokens (`[+-]?(d+.?d*|.d+)([eE][+-]?d+)?`). One pass, no
 * backtracking: linear in the length of the number.
 */
export function scanNumber(text: string, start: number, json: boolean): number {
  let i = start;
  const c0 = text.charCodeAt(i);
  if (c0 === 45 /* - */ || (!json && c0 === 43) /* + */) i++;
  const intStart = i;
  while (isDigit(text.charCodeAt(i))) i++;
  const intLen = i - intStart;
  if (json && (intLen === 0 || (intLen > 1 && text.charCodeAt(intStart) === 48))) return -1;
  let fracLen = 0;
  if (text.charCodeAt(i) === 46 /* . */) {
    const fracStart = ++i;
    while (isDigit(text.charCodeAt(i))) i++;
    fracLen = i - fracStart;
    if (json && fracLen === 0) return -1;
  }
  if (intLen === 0 && fracLen === 0) return -1;
  const e = text.charCodeAt(i);
  if (e === 101 || e === 69 /* e E */) {
    let j = i + 1;
    if (text.charCodeAt(j) === 43 || text.charCodeAt(j) === 45) j++;
    const expStart = j;
    while (isDigit(text.charCodeAt(j))) j++;
    if (j === expStart) return json ? -1 : i;
    i = j;
  }
  return i;
}

/** The Decimal a whole token denotes, or undefined when it is not a number (lax grammar unless `json`). */
export function parseDecimal(text: string, json = false): Decimal | undefined {
  return scanNumber(text, 0, json) === text.length && text.length > 0 ? decimalOf(text) : undefined;
}

/** The Decimal of text that `scanNumber` accepted whole. Linear in its length. */
export function decimalOf(text: string): Decimal {
  let i = 0;
  let neg = false;
  if (text[0] === '-' || text[0] === '+') {
    neg = text[0] === '-';
    i = 1;
  }
  let eAt = i;
  while (eAt < text.length && text[eAt] !== 'e' && text[eAt] !== 'E') eAt++;
  const body = text.slice(i, eAt);
  const dot = body.indexOf('.');
  const mantissa = dot < 0 ? body : body.slice(0, dot) + body.slice(dot + 1);
  const point = dot < 0 ? body.length : dot;
  i = eAt;
  let exponent = 0;
  if (i < text.length) {
    const sign = text[i + 1] === '-' ? -1 : 1;
    let j = i + 1 + (text[i + 1] === '-' || text[i + 1] === '+' ? 1 : 0);
    while (text[j] === '0') j++;
    const expDigits = text.slice(j);
    exponent = expDigits.length > 15 ? sign * Infinity : sign * Number(expDigits || '0');
  }
  let lead = 0;
  while (lead < mantissa.length && mantissa[lead] === '0') lead++;
  let end = mantissa.length;
  while (end > lead && mantissa[end - 1] === '0') end--;
  const digits = mantissa.slice(lead, end);
  if (!digits) return { neg: false, digits: '', exp: 0 };
  const exp = point - lead + exponent;
  return { neg, digits, exp: Math.abs(exp) > MAX_EXP ? Math.sign(exp) * Infinity : exp };
}

/** Exact equality of two numbers (1 = 1.0 = 1e0 = 10e-1; -0 = 0). */
export function decimalEqual(a: Decimal, b: Decimal): boolean {
  if (!Number.isFinite(a.exp) || !Number.isFinite(b.exp)) return false;
  return a.digits === b.digits && (a.digits === '' || (a.neg === b.neg && a.exp === b.exp));
}

/**
 * The float comparison: |a − b| ≤ tol or |a − b| ≤ tol · max(|a|, |b|).
 * Huge values are scaled by the same power of ten first (only the relative
 * test can hold there, and it does not change under scaling), so no side is
 * ever Infinity; an out-of-range exponent is never close to anything.
 */
export function decimalClose(a: Decimal, b: Decimal, tol: number): boolean {
  if (!Number.isFinite(a.exp) || !Number.isFinite(b.exp)) return false;
  const top = Math.max(a.digits ? a.exp : -Infinity, b.digits ? b.exp : -Infinity);
  const shift = top > DOUBLE_TOP ? top - DOUBLE_TOP : 0;
  const x = toDouble(a, shift);
  const y = toDouble(b, shift);
  const diff = Math.abs(x - y);
  const relative = diff <= tol * Math.max(Math.abs(x), Math.abs(y));
  return shift === 0 ? diff <= tol || relative : relative;
}

/** A canonical text: equal numbers, and only they, give the same one. */
export function decimalKey(d: Decimal): string {
  if (!d.digits) return '0';
  return `${d.neg ? '-' : ''}0.${d.digits}e${d.exp}`;
}

/** The value × 10^-shift as a double (enough digits for a double; the rest cannot matter). */
function toDouble(d: Decimal, shift: number): number {
  if (!d.digits) return 0;
  return Number(`${d.neg ? '-' : ''}0.${d.digits.slice(0, DOUBLE_DIGITS)}e${d.exp - shift}`);
}
