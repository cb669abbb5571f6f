import { z } from 'zod';
import { parseType, RECORD_NAME, TypeSyntaxError, typeText, type TypeRef } from './type-language';

const Identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a plain identifier');
const TypeText = z.string().trim().min(1, 'a type is missing');

/**
 * A function-mode signature as written in `challenge.yaml` (and carried in a
 * run job): parameters in order, the return type, and the records they use,
 * each a map from field name to type, fields in order. The entry name is
 * not part of it: each language calls the function by its own idiom.
 */
export const SignatureSchema = z
  .strictObject({
    params: z.array(z.strictObject({ name: Identifier, type: TypeText })),
    returns: TypeText,
    // Record names are checked below: zod would report a key failing a regex only as "Invalid key in record".
    records: z.record(z.string(), z.record(Identifier, TypeText)).optional(),
  })
  .superRefine((sig, ctx) => {
    const names = new Set(Object.keys(sig.records ?? {}));
    const check = (text: string, path: PropertyKey[]) => {
      try {
        parseType(text, names);
      } catch (error) {
        if (!(error instanceof TypeSyntaxError)) throw error;
        ctx.addIssue({ code: 'custom', path, message: error.message });
      }
    };
    const seen = new Set<string>();
    sig.params.forEach((param, i) => {
      if (seen.has(param.name)) ctx.addIssue({ code: 'custom', path: ['params', i, 'name'], message: `a second parameter named ${param.name}` });
      seen.add(param.name);
      check(param.type, ['params', i, 'type']);
    });
    check(sig.returns, ['returns']);
    for (const [record, fields] of Object.entries(sig.records ?? {})) {
      if (!RECORD_NAME.test(record)) ctx.addIssue({ code: 'custom', path: ['records', record], message: 'a record name is a capitalised identifier (Interval)' });
      if (Object.keys(fields).length === 0) ctx.addIssue({ code: 'custom', path: ['records', record], message: 'a record has at least one field' });
      for (const [field, text] of Object.entries(fields)) check(text, ['records', record, field]);
    }
    const cycle = recordCycle(sig);
    if (cycle) ctx.addIssue({ code: 'custom', path: ['records', cycle[0]!], message: `records cannot contain themselves: ${cycle.join(' → ')}` });
  });
export type Signature = z.infer<typeof SignatureSchema>;

/** A field or parameter with its parsed type. */
export interface Typed {
  name: string;
  type: TypeRef;
}

/** A signature with every type parsed; records in declaration order. */
export interface ParsedSignature {
  params: Typed[];
  returns: TypeRef;
  records: { name: string; fields: Typed[] }[];
}

/** Parses a signature that passed `SignatureSchema` (throws TypeSyntaxError otherwise). */
export function parseSignature(sig: Signature): ParsedSignature {
  const names = new Set(Object.keys(sig.records ?? {}));
  return {
    params: sig.params.map((p) => ({ name: p.name, type: parseType(p.type, names) })),
    returns: parseType(sig.returns, names),
    records: Object.entries(sig.records ?? {}).map(([name, fields]) => ({
      name,
      fields: Object.entries(fields).map(([field, text]) => ({ name: field, type: parseType(text, names) })),
    })),
  };
}

/** Records reachable from a type, each once, dependencies first (C++ and Go declare them in this order). */
export function recordsInOrder(sig: ParsedSignature): ParsedSignature['records'] {
  const byName = new Map(sig.records.map((r) => [r.name, r]));
  const out: ParsedSignature['records'] = [];
  const visit = (type: TypeRef) => {
    if (type.kind === 'record') {
      const record = byName.get(type.name);
      if (!record || out.includes(record)) return;
      record.fields.forEach((f) => visit(f.type));
      out.push(record);
    } else if (type.kind !== 'int' && type.kind !== 'float' && type.kind !== 'bool' && type.kind !== 'string') {
      visit(type.of);
    }
  };
  sig.params.forEach((p) => visit(p.type));
  visit(sig.returns);
  sig.records.forEach((r) => visit({ kind: 'record', name: r.name }));
  return out;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Where a value does not fit its type: the path inside the value and why. */
export interface Misfit {
  path: (string | number)[];
  message: string;
}

/**
 * Whether a value (as read from YAML or JSON; integers may be bigints) fits
 * a type: ints are integers within 64 bits, floats finite numbers (an
 * integer is a float), records have exactly their fields.
 */
export function checkValue(type: TypeRef, value: unknown, sig: ParsedSignature): Misfit | undefined {
  const records = new Map(sig.records.map((r) => [r.name, r.fields]));
  const misfit = (path: (string | number)[], message: string): Misfit => ({ path, message });
  const got = (v: unknown) =>
    v === null
      ? 'null'
      : Array.isArray(v)
        ? 'an array'
        : typeof v === 'bigint'
          ? 'an integer'
          : typeof v === 'object'
            ? 'an object'
            : typeof v === 'number'
              ? `the number ${String(v)}`
              : `${typeof v === 'string' ? 'the string' : typeof v} ${JSON.stringify(v)?.slice(0, 40)}`;
  const visit = (t: TypeRef, v: unknown, path: (string | number)[]): Misfit | undefined => {
    switch (t.kind) {
      case 'int': {
        const n = typeof v === 'bigint' ? v : typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : undefined;
        if (n === undefined) return misfit(path, `expected int, got ${got(v)}`);
        if (n < INT64_MIN || n > INT64_MAX) return misfit(path, `${n} does not fit a 64-bit int`);
        return undefined;
      }
      case 'float':
        if (typeof v === 'bigint' || (typeof v === 'number' && Number.isFinite(v))) return undefined;
        return misfit(path, `expected float, got ${got(v)}`);
      case 'bool':
        return typeof v === 'boolean' ? undefined : misfit(path, `expected bool, got ${got(v)}`);
      case 'string':
        return typeof v === 'string' ? undefined : misfit(path, `expected string, got ${got(v)}`);
      case 'nullable':
        return v === null ? undefined : visit(t.of, v, path);
      case 'array':
        if (!Array.isArray(v)) return misfit(path, `expected ${typeText(t)}, got ${got(v)}`);
        for (let i = 0; i < v.length; i++) {
          const found = visit(t.of, v[i], [...path, i]);
          if (found) return found;
        }
        return undefined;
      case 'map':
        if (!isPlainObject(v)) return misfit(path, `expected ${typeText(t)}, got ${got(v)}`);
        for (const [key, item] of Object.entries(v)) {
          const found = visit(t.of, item, [...path, key]);
          if (found) return found;
        }
        return undefined;
      case 'record': {
        const fields = records.get(t.name)!;
        if (!isPlainObject(v)) return misfit(path, `expected a ${t.name} record, got ${got(v)}`);
        const extra = Object.keys(v).find((key) => !fields.some((f) => f.name === key));
        if (extra !== undefined) return misfit([...path, extra], `${t.name} has no field ${extra}`);
        for (const field of fields) {
          if (!Object.hasOwn(v, field.name)) return misfit(path, `${t.name} needs its field ${field.name}`);
          const found = visit(field.type, v[field.name], [...path, field.name]);
          if (found) return found;
        }
        return undefined;
      }
    }
  };
  return visit(type, value, []);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A record that reaches itself through its fields, as the chain of names, or undefined. */
function recordCycle(sig: Signature): string[] | undefined {
  const records = sig.records ?? {};
  const uses = (name: string) => Object.values(records[name] ?? {}).flatMap((text) => (text.match(/[A-Z][A-Za-z0-9]*/g) ?? []).filter((n) => n in records));
  const walk = (name: string, chain: string[]): string[] | undefined => {
    if (chain.includes(name)) return [...chain.slice(chain.indexOf(name)), name];
    for (const next of uses(name)) {
      const found = walk(next, [...chain, name]);
      if (found) return found;
    }
    return undefined;
  };
  for (const name of Object.keys(records)) {
    const found = walk(name, []);
    if (found) return found;
  }
  return undefined;
}
