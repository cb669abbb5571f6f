import { decimalOf, scanNumber, type Decimal } from './decimal';

/** A JSON number kept as written, with its exact value. */
export class JsonNumber {
  constructor(
    readonly text: string,
    readonly value: Decimal,
  ) {}
}

/**
 * A JSON value with nothing lost: numbers are JsonNumber (never a double),
 * objects are Maps (so a key such as `__proto__` is data, not a prototype).
 */
export type JsonValue = null | boolean | string | JsonNumber | JsonValue[] | Map<string, JsonValue>;

/** Deepest nesting accepted; deeper values are refused, so nothing that walks a value can overflow the stack. */
export const MAX_JSON_DEPTH = 1000;

/** Text that is not strict JSON (or nests too deep); `offset` is where it went wrong. */
export class JsonTextError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
  }
}

type Frame = { items: JsonValue[] } | { map: Map<string, JsonValue>; key: string };

/**
 * Parses strict JSON (RFC 8259) without losing anything. Iterative (an
 * explicit stack, never recursion) and linear in the length of the text:
 * every character is looked at a bounded number of times.
 */
export function parseJsonExact(text: string): JsonValue {
  let i = 0;
  const stack: Frame[] = [];
  const fail = (message: string): never => {
    throw new JsonTextError(message, i);
  };
  const skipSpace = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i));
  };
  const readString = (): string => {
    const start = i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (Number.isNaN(c)) fail('unterminated string');
      if (c < 32) fail('control character in a string');
      i += c === 92 ? 2 : 1;
    }
    i++;
    try {
      return JSON.parse(text.slice(start, i)) as string; // escapes decoded by the engine, on this one token
    } catch {
      return fail('bad escape in a string');
    }
  };
  const readKey = (): string => {
    if (text.charCodeAt(i) !== 34) fail('expected a key');
    const key = readString();
    skipSpace();
    if (text.charCodeAt(i) !== 58) fail('expected ":"');
    i++;
    skipSpace();
    return key;
  };
  const open = (frame: Frame) => {
    if (stack.length >= MAX_JSON_DEPTH) fail(`nested deeper than ${MAX_JSON_DEPTH} levels`);
    stack.push(frame);
  };

  skipSpace();
  for (;;) {
    let value: JsonValue;
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) {
      i++;
      skipSpace();
      if (text.charCodeAt(i) !== 125) {
        open({ map: new Map(), key: readKey() });
        continue;
      }
      i++;
      value = new Map();
    } else if (c === 91 /* [ */) {
      i++;
      skipSpace();
      if (text.charCodeAt(i) !== 93) {
        open({ items: [] });
        continue;
      }
      i++;
      value = [];
    } else if (c === 34) {
      value = readString();
    } else if (c === 45 || (c >= 48 && c <= 57)) {
      const end = scanNumber(text, i, true);
      if (end < 0) fail('bad number');
      const numberText = text.slice(i, end);
      value = new JsonNumber(numberText, decimalOf(numberText));
      i = end;
    } else if (text.startsWith('true', i)) {
      value = true;
      i += 4;
    } else if (text.startsWith('false', i)) {
      value = false;
      i += 5;
    } else if (text.startsWith('null', i)) {
      value = null;
      i += 4;
    } else {
      return fail(Number.isNaN(c) ? 'unexpected end' : 'unexpected character');
    }
    // Attach the value to its container; close every container that ends here.
    for (;;) {
      const top = stack[stack.length - 1];
      skipSpace();
      if (!top) {
        if (i !== text.length) fail('text after the value');
        return value;
      }
      if ('items' in top) top.items.push(value);
      else top.map.set(top.key, value);
      const next = text.charCodeAt(i);
      if (next === 44 /* , */) {
        i++;
        skipSpace();
        if ('map' in top) top.key = readKey();
        break;
      }
      if (next !== ('items' in top ? 93 : 125)) fail(`expected "," or "${'items' in top ? ']' : '}'}"`);
      i++;
      stack.pop();
      value = 'items' in top ? top.items : top.map;
    }
  }
}

/**
 * Exact JSON text of a plain value as the YAML loader gives it: bigints as
 * their digits, numbers as JavaScript writes them. Throws on what JSON
 * cannot hold (non-finite numbers, dates, undefined), naming the path.
 */
export function toJsonText(value: unknown, path = '', depth = 0): string {
  if (depth > MAX_JSON_DEPTH) throw new Error(`${path || 'value'}: nested deeper than ${MAX_JSON_DEPTH} levels`);
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path || 'value'}: ${value} is not a JSON number`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item, i) => toJsonText(item, `${path}[${i}]`, depth + 1)).join(',')}]`;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v, path ? `${path}.${k}` : k, depth + 1)}`);
    return `{${entries.join(',')}}`;
  }
  throw new Error(`${path || 'value'}: not a JSON value`);
}
