import { camelCase } from './naming';
import type { ParsedSignature, Typed } from './signature';
import type { FunctionTarget } from './target';
import type { TypeRef } from './type-language';
import { JAVA_DRIVER_FILE, javaDriver } from './java-driver';
import { javaName, javaType, newArray } from './java-types';

/** A value of `type` the stub can return so that it compiles as it is. */
function placeholder(type: TypeRef): string {
  switch (type.kind) {
    case 'int':
      return '0';
    case 'float':
      return '0.0';
    case 'bool':
      return 'false';
    case 'string':
      return '""';
    case 'array':
      // An array of a generic type cannot be created without an unchecked warning.
      return newArray(javaType(type.of), '0', false) ?? 'null';
    case 'map':
      return 'new HashMap<>()';
    case 'record':
      return `new ${type.name}()`;
    case 'nullable':
      return 'null';
  }
}

/** A record as a class with public fields, a no-argument constructor (the driver's) and one taking every field. */
function recordClass(name: string, fields: Typed[]): string {
  const params = fields.map((f) => `${javaType(f.type)} ${javaName(f.name)}`).join(', ');
  return [
    `class ${name} {`,
    ...fields.map((f) => `  public ${javaType(f.type)} ${javaName(f.name)};`),
    '',
    `  public ${name}() {}`,
    '',
    `  public ${name}(${params}) {`,
    ...fields.map((f) => `    this.${javaName(f.name)} = ${javaName(f.name)};`),
    '  }',
    '}',
  ].join('\n');
}

/**
 * Java in typed function mode: the candidate writes `Solution.java` (class
 * Solution with the entry method, and the records); the generated
 * AssayMain.java decodes, calls and encodes with the image's JSON jar
 * (runners/harness/AssayJson.java).
 */
export const javaTarget: FunctionTarget = {
  stub(entry: string, sig: ParsedSignature): string {
    const params = sig.params.map((p) => `${javaType(p.type)} ${javaName(camelCase(p.name))}`).join(', ');
    const solution = [`class Solution {`, `  public ${javaType(sig.returns)} ${entry}(${params}) {`, `    return ${placeholder(sig.returns)};`, '  }', '}'].join('\n');
    // java.util for the Map type and for what most solutions reach for (lists, sets, queues).
    return ['import java.util.*;', ...sig.records.map((r) => recordClass(r.name, r.fields)), solution].join('\n\n') + '\n';
  },
  driverFiles(entry: string, sig: ParsedSignature): Record<string, string> {
    return { [JAVA_DRIVER_FILE]: javaDriver(entry, sig) };
  },
};
