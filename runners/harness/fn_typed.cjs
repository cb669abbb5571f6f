'use strict';
// Typed function mode for JavaScript and TypeScript: the signature's types
// applied to one call. fn_node.cjs uses this when the work dir holds
// assay_signature.json (the parsed signature the runner writes beside the
// candidate's file): arguments are decoded by their declared types (an int
// beyond ±2^53 as a BigInt, exact) and the returned value is checked against
// the return type and encoded as JSON text (BigInts exactly). Types are the
// TypeRef trees of runners/src/functions/type-language.ts.
const fs = require('node:fs');
const path = require('node:path');

const SIGNATURE_FILE = 'assay_signature.json';
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** A returned value that does not fit the return type; the message says where and why. */
class Misfit extends Error {}

/** The parsed signature beside the candidate's file, or null (an untyped job). */
function readSignature(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, SIGNATURE_FILE), 'utf8'));
  } catch (error) {
    if (error?.code === 'ENOENT') return null;
    throw error;
  }
}

/** The type as the signature writes it (`int[]`, `map<string, Interval>`). */
function typeText(t) {
  if (t.kind === 'array') return `${typeText(t.of)}[]`;
  if (t.kind === 'map') return `map<string, ${typeText(t.of)}>`;
  if (t.kind === 'nullable') return `${typeText(t.of)}?`;
  return t.kind === 'record' ? t.name : t.kind;
}

/**
 * JSON.parse, but an integer written beyond ±2^53 becomes the BigInt of its
 * digits (the reviver sees the source text). Such an integer has 16 digits
 * or more; text without a run that long skips the reviver, which costs
 * several times the parse itself.
 */
function parseExact(text) {
  if (!/\d{16}/.test(text)) return JSON.parse(text);
  return JSON.parse(text, (_key, value, context) =>
    typeof value === 'number' && !Number.isSafeInteger(value) && /^-?\d+$/.test(context?.source ?? '') ? BigInt(context.source) : value,
  );
}

/**
 * The arguments of the args JSON text as the signature types them: an int
 * is a number, or a BigInt beyond ±2^53; a float is a number; records are
 * plain objects with their fields in declared order. The JSON was checked
 * against the signature when the challenge loaded.
 */
function decodeArgs(sig, text) {
  const records = new Map(sig.records.map((r) => [r.name, r.fields]));
  const decode = (t, v) => {
    if (v === null) return null;
    switch (t.kind) {
      case 'int':
        return typeof v === 'number' && !Number.isSafeInteger(v) ? BigInt(v) : v;
      case 'float':
        return Number(v);
      case 'array': // in place, as the map below: the parsed arrays and objects are this call's own
        for (let i = 0; i < v.length; i++) v[i] = decode(t.of, v[i]);
        return v;
      case 'map':
        for (const key of Object.keys(v)) v[key] = decode(t.of, v[key]); // own data properties, even "__proto__"
        return v;
      case 'nullable':
        return decode(t.of, v);
      case 'record':
        return Object.fromEntries(records.get(t.name).map((f) => [f.name, decode(f.type, v[f.name])]));
      default:
        return v;
    }
  };
  const args = parseExact(text);
  return args.map((arg, i) => (i < sig.params.length ? decode(sig.params[i].type, arg) : arg));
}

/** What a value is, briefly, for a misfit message: `string`, `number 3.5`, `undefined`. */
function got(v) {
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return `${typeof v} ${v}`;
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return v.constructor?.name && v.constructor !== Object ? `a ${v.constructor.name}` : 'an object';
  return typeof v;
}

/**
 * Whether an array is all of one primitive type that fits (ints as safe
 * integers, finite floats), so JSON.stringify can take it whole: the common
 * large result in one pass. Anything else goes element by element, which
 * finds the place of a misfit.
 */
function plain(kind, list) {
  const test = PLAIN[kind];
  if (!test) return false;
  for (let i = 0; i < list.length; i++) if (!test(list[i])) return false;
  return true;
}
const PLAIN = {
  int: (x) => Number.isSafeInteger(x),
  float: (x) => Number.isFinite(x),
  string: (x) => typeof x === 'string',
  bool: (x) => typeof x === 'boolean',
};

function isPlainObject(v) {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** The returned value's JSON text; throws Misfit naming the place and the expected type. */
function encodeResult(sig, value) {
  const records = new Map(sig.records.map((r) => [r.name, r.fields]));
  const trail = [];
  // Steps to the value being encoded: an index (a number), `["key"]` or `.field`, formatted only for a misfit.
  const misfit = (message) => new Misfit(`returned value${trail.map((step) => (typeof step === 'number' ? `[${step}]` : step)).join('')}: ${message}`);
  const expected = (t, v) => misfit(`expected ${typeText(t)}, got ${got(v)}${trail.length === 0 && v === undefined ? ' (the function returned nothing)' : ''}`);
  const at = (step, t, v) => {
    trail.push(step);
    const text = encode(t, v);
    trail.pop();
    return text;
  };
  const object = (pairs) => `{${pairs.map(([key, text]) => `${JSON.stringify(key)}:${text}`).join(',')}}`;
  const encode = (t, v) => {
    switch (t.kind) {
      case 'nullable':
        return v === null || v === undefined ? 'null' : encode(t.of, v);
      case 'int': {
        if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
        if (typeof v !== 'bigint' && !(typeof v === 'number' && Number.isInteger(v))) throw expected(t, v);
        const n = BigInt(v);
        if (n < INT64_MIN || n > INT64_MAX) throw misfit(`${n} does not fit a 64-bit int`);
        return n.toString();
      }
      case 'float': {
        const n = typeof v === 'bigint' ? Number(v) : v;
        if (typeof n !== 'number') throw expected(t, v);
        if (!Number.isFinite(n)) throw misfit(`expected float, got ${v}, which JSON has no number for`);
        return JSON.stringify(n);
      }
      case 'bool':
        if (typeof v !== 'boolean') throw expected(t, v);
        return String(v);
      case 'string':
        if (typeof v !== 'string') throw expected(t, v);
        return JSON.stringify(v);
      case 'array': {
        const list = Array.isArray(v) ? v : ArrayBuffer.isView(v) && !(v instanceof DataView) ? Array.from(v) : null;
        if (!list) throw expected(t, v);
        if (plain(t.of.kind, list)) return JSON.stringify(list);
        const out = new Array(list.length);
        for (let i = 0; i < list.length; i++) out[i] = at(i, t.of, list[i]);
        return `[${out.join(',')}]`;
      }
      case 'map': {
        if (v instanceof Map) {
          const bad = [...v.keys()].find((key) => typeof key !== 'string');
          if (bad !== undefined) throw misfit(`expected ${typeText(t)}, got a Map with the key ${got(bad)} (map keys are strings)`);
          return object([...v].map(([key, item]) => [key, at(`[${JSON.stringify(key)}]`, t.of, item)]));
        }
        if (typeof v !== 'object' || v === null || Array.isArray(v)) throw expected(t, v);
        return object(Object.keys(v).map((key) => [key, at(`[${JSON.stringify(key)}]`, t.of, v[key])]));
      }
      case 'record':
        return record(t, v);
    }
    throw new Error(`unknown type ${JSON.stringify(t)}`);
  };
  const record = (t, v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw expected(t, v);
    const fields = records.get(t.name);
    if (isPlainObject(v)) {
      const extra = Object.keys(v).find((key) => !fields.some((f) => f.name === key));
      if (extra !== undefined) throw misfit(`${t.name} has no field ${JSON.stringify(extra)}`);
    }
    const missing = fields.find((f) => !(f.name in v));
    if (missing) throw misfit(`${t.name} needs its field ${missing.name}`);
    return object(fields.map((f) => [f.name, at(`.${f.name}`, f.type, v[f.name])]));
  };
  try {
    return encode(sig.returns, value);
  } catch (error) {
    if (!(error instanceof RangeError && /call stack/.test(error.message))) throw error;
    trail.length = 0;
    throw misfit('it is nested too deeply');
  }
}

module.exports = { readSignature, decodeArgs, encodeResult, Misfit };
