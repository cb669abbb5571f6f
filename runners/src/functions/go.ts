import { goDriver } from './go-driver';
import { goFieldName, goFuncHeader, goType } from './go-types';
import { recordsInOrder, type ParsedSignature } from './signature';
import type { FunctionTarget } from './target';
import type { TypeRef } from './type-language';

/**
 * Go in typed function mode. The candidate's main.go holds `package main`,
 * the records as structs and the entry as an unexported func; the generated
 * assay_driver.go holds `func main` and calls it (see go-driver.ts), and the
 * compile step (runners/harness/fn_go_build.sh) builds both with the shared
 * runtime.
 */
export const goTarget: FunctionTarget = {
  stub(entry, sig) {
    const records = recordsInOrder(sig).map((r) => goStruct(r.name, r.fields));
    const body = `\treturn ${zeroValue(sig.returns)}\n`;
    return ['package main\n', ...records, `${goFuncHeader(entry, sig)} {\n${body}}\n`].join('\n');
  },
  driverFiles(entry, sig) {
    return { 'assay_driver.go': goDriver(entry, sig) };
  },
};

/** A record as a gofmt-formatted struct: exported fields tagged with their declared JSON names. */
function goStruct(name: string, fields: ParsedSignature['records'][number]['fields']): string {
  const rows = fields.map((f) => [goFieldName(f.name), goType(f.type), `\`json:"${f.name}"\``] as const);
  const nameWidth = Math.max(...rows.map((r) => r[0].length));
  const typeWidth = Math.max(...rows.map((r) => r[1].length));
  const lines = rows.map(([field, type, tag]) => `\t${field.padEnd(nameWidth)} ${type.padEnd(typeWidth)} ${tag}\n`);
  return `type ${name} struct {\n${lines.join('')}}\n`;
}

/** The placeholder a stub returns, so it compiles before the candidate writes anything. */
function zeroValue(type: TypeRef): string {
  switch (type.kind) {
    case 'int':
    case 'float':
      return '0';
    case 'bool':
      return 'false';
    case 'string':
      return '""';
    case 'record':
      return `${type.name}{}`;
    default:
      return 'nil';
  }
}
