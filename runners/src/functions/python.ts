import { signatureFiles } from './harness-signature';
import { snakeCase } from './naming';
import { recordsInOrder, type ParsedSignature } from './signature';
import type { FunctionTarget } from './target';
import type { TypeRef } from './type-language';

// Python's keywords and soft keywords that cannot name a parameter; such a name gets a trailing underscore.
const KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);

/** A type hint for a type of the signature (Python 3.11: built-in generics, `Optional`). */
function hint(type: TypeRef): string {
  switch (type.kind) {
    case 'int':
    case 'float':
    case 'bool':
      return type.kind;
    case 'string':
      return 'str';
    case 'array':
      return `list[${hint(type.of)}]`;
    case 'map':
      return `dict[str, ${hint(type.of)}]`;
    case 'nullable':
      return `Optional[${hint(type.of)}]`;
    case 'record':
      return type.name;
  }
}

function parameter(name: string): string {
  const snake = snakeCase(name);
  return KEYWORDS.has(snake) ? `${snake}_` : snake;
}

/**
 * Python in typed function mode. The stub: records as dataclasses (fields
 * keep their declared names, dependencies first, since the class body's
 * hints are evaluated when it is defined), then the snake_case entry with
 * type hints and a `pass` body. The driver is the shared harness
 * (fn_python.py), given the parsed signature.
 */
export const pythonTarget: FunctionTarget = {
  stub(entry, sig: ParsedSignature) {
    const hints = [...sig.params.map((p) => hint(p.type)), hint(sig.returns), ...sig.records.flatMap((r) => r.fields.map((f) => hint(f.type)))];
    const records = recordsInOrder(sig);
    const imports = [...(records.length > 0 ? ['from dataclasses import dataclass'] : []), ...(hints.some((h) => h.includes('Optional[')) ? ['from typing import Optional'] : [])];
    const classes = records.map((r) => `@dataclass\nclass ${r.name}:\n${r.fields.map((f) => `    ${f.name}: ${hint(f.type)}\n`).join('')}`);
    const params = sig.params.map((p) => `${parameter(p.name)}: ${hint(p.type)}`).join(', ');
    const def = `def ${entry}(${params}) -> ${hint(sig.returns)}:\n    pass\n`;
    return [...(imports.length > 0 ? [imports.join('\n') + '\n'] : []), ...classes, def].join('\n\n');
  },
  driverFiles: (_entry, sig) => signatureFiles(sig),
};
