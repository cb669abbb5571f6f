import { jsIdentifier, signatureFiles, tsType } from './harness-signature';
import { camelCase } from './naming';
import { recordsInOrder, type ParsedSignature } from './signature';
import type { FunctionTarget } from './target';
import type { TypeRef } from './type-language';

/**
 * A value of the type that type-checks, for the stub's placeholder return:
 * an empty body does not compile under a type checker (the editor's), even
 * though the image only strips types.
 */
function placeholder(type: TypeRef, sig: ParsedSignature): string {
  switch (type.kind) {
    case 'int':
    case 'float':
      return '0';
    case 'bool':
      return 'false';
    case 'string':
      return "''";
    case 'array':
      return '[]';
    case 'map':
      return '{}';
    case 'nullable':
      return 'null';
    case 'record': {
      const fields = sig.records.find((r) => r.name === type.name)!.fields;
      return `{ ${fields.map((f) => `${f.name}: ${placeholder(f.type, sig)}`).join(', ')} }`;
    }
  }
}

/**
 * TypeScript in typed function mode. The stub: each record as an
 * interface, then the camelCase entry with real types (`number` for int and
 * float, `T | null`) returning a placeholder of its type, so it type-checks
 * as well as it compiles. The driver is the shared harness (fn_node.cjs, on
 * the compiled JavaScript), given the parsed signature.
 */
export const typescriptTarget: FunctionTarget = {
  stub(entry, sig: ParsedSignature) {
    const interfaces = recordsInOrder(sig).map((r) => `interface ${r.name} {\n${r.fields.map((f) => `  ${f.name}: ${tsType(f.type)};\n`).join('')}}\n`);
    const params = sig.params.map((p) => `${jsIdentifier(camelCase(p.name))}: ${tsType(p.type)}`).join(', ');
    const fn = `function ${entry}(${params}): ${tsType(sig.returns)} {\n  return ${placeholder(sig.returns, sig)};\n}\n`;
    return [...interfaces, fn].join('\n');
  },
  driverFiles: (_entry, sig) => signatureFiles(sig),
};
