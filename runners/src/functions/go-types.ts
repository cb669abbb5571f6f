// How Go spells the signature's types and names; shared by the stub (go.ts) and the driver (go-driver.ts).
import { camelCase, pascalCase } from './naming';
import type { ParsedSignature } from './signature';
import type { TypeRef } from './type-language';

/** The Go type of a signature type (the contract's table in challenges/README.md). */
export function goType(type: TypeRef): string {
  switch (type.kind) {
    case 'int':
      return 'int64';
    case 'float':
      return 'float64';
    case 'bool':
    case 'string':
      return type.kind;
    case 'array':
      return `[]${goType(type.of)}`;
    case 'map':
      return `map[string]${goType(type.of)}`;
    case 'nullable':
      return `*${goType(type.of)}`;
    case 'record':
      return type.name;
  }
}

// Go's keywords cannot name a parameter; a trailing underscore keeps the declared name readable.
const KEYWORDS = new Set(
  'break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var'.split(' '),
);

/** A parameter's Go name: camelCase, with `_` after a Go keyword (`type` → `type_`). */
export function goParamName(name: string): string {
  const camel = camelCase(name);
  return KEYWORDS.has(camel) ? `${camel}_` : camel;
}

/** A record field's Go name: exported, so encoding/json and the driver can reach it. */
export const goFieldName = pascalCase;

/** `func mergeIntervals(intervals []Interval, gap int64) []Interval`, as the candidate declares it. */
export function goFuncHeader(entry: string, sig: ParsedSignature): string {
  const params = sig.params.map((p) => `${goParamName(p.name)} ${goType(p.type)}`).join(', ');
  return `func ${entry}(${params}) ${goType(sig.returns)}`;
}
