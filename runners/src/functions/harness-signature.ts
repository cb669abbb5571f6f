import type { ParsedSignature } from './signature';
import type { TypeRef } from './type-language';

/**
 * The file the shared harnesses (fn_python.py, fn_node.cjs) read from the
 * work dir before any candidate code runs; its presence makes the call typed.
 */
export const SIGNATURE_FILE = 'assay_signature.json';

/**
 * Python, JavaScript and TypeScript share a harness that is not generated:
 * the driver files are just the parsed signature (types as `TypeRef` trees,
 * records in declaration order), so the harness never parses type text.
 */
export function signatureFiles(sig: ParsedSignature): Record<string, string> {
  return { [SIGNATURE_FILE]: JSON.stringify(sig) };
}

/** A TypeScript type for a type of the signature (JavaScript's JSDoc uses the same spelling). */
export function tsType(type: TypeRef): string {
  switch (type.kind) {
    case 'int':
    case 'float':
      return 'number';
    case 'bool':
      return 'boolean';
    case 'string':
      return 'string';
    case 'array': {
      const of = tsType(type.of);
      return type.of.kind === 'nullable' ? `(${of})[]` : `${of}[]`;
    }
    case 'map':
      return `Record<string, ${tsType(type.of)}>`;
    case 'nullable':
      return `${tsType(type.of)} | null`;
    case 'record':
      return type.name;
  }
}

// Reserved in strict-mode JavaScript (modules, classes); a parameter named so gets a trailing underscore.
const JS_RESERVED = new Set(
  (
    'arguments await break case catch class const continue debugger default delete do else enum eval export extends false finally for function if ' +
    'implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield'
  ).split(' '),
);

/** A parameter name JavaScript accepts: reserved words get a trailing underscore (`default` → `default_`). */
export function jsIdentifier(name: string): string {
  return JS_RESERVED.has(name) ? `${name}_` : name;
}
