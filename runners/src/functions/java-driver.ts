import type { ParsedSignature } from './signature';
import { typeText, type TypeRef } from './type-language';
import { isPrimitive, javaName, javaType, newArray } from './java-types';
import { camelCase } from './naming';

/** The generated driver's file and class; the image's compile step names it (docker/java/language.json). */
export const JAVA_DRIVER_FILE = 'AssayMain.java';

const lit = (text: string) => JSON.stringify(text); // a JSON string is a valid Java string literal for these texts

/**
 * Writes the decoder and encoder methods a signature needs, one per
 * composite type (arrays, maps, records), shared by every place that type
 * occurs. Primitives are decoded and encoded inline. A Misfit thrown inside
 * gains its path (`[2]`, `.start`, `["key"]`) on its way out, so the
 * happy path builds no path strings.
 */
class JavaCodec {
  readonly methods: string[] = [];
  private readonly names = new Map<string, string>();

  constructor(private readonly sig: ParsedSignature) {}

  /** A Java expression decoding the tree value `x` (an Object expression, evaluated at most twice) to `type`. */
  decode(type: TypeRef, x: string): string {
    switch (type.kind) {
      case 'int':
        return `AssayJson.toLong(${x})`;
      case 'float':
        return `AssayJson.toDouble(${x})`;
      case 'bool':
        return `AssayJson.toBool(${x})`;
      case 'string':
        return `AssayJson.toStr(${x})`;
      case 'nullable':
        return `(${x} == null ? null : ${this.decode(type.of, x)})`;
      default:
        return `${this.method('d', type)}(${x})`;
    }
  }

  /**
   * Java statements writing `x` (of `type`'s Java type, boxed when `boxed`)
   * to the StringBuilder `o`; a null where the type has none is a Misfit
   * naming the type.
   */
  encode(type: TypeRef, x: string, boxed: boolean): string {
    const checked = boxed || !isPrimitive(type) ? `AssayJson.need(${x}, ${lit(typeText(type))})` : x;
    switch (type.kind) {
      case 'int':
        return `AssayJson.writeLong(o, ${checked});`;
      case 'float':
        return `AssayJson.writeDouble(o, ${checked});`;
      case 'bool':
        return `AssayJson.writeBool(o, ${checked});`;
      case 'string':
        return `AssayJson.writeString(o, ${checked});`;
      case 'nullable':
        return `if (${x} == null) o.append("null"); else { ${this.encode(type.of, x, false)} }`;
      default:
        return `${this.method('e', type)}(o, ${x});`;
    }
  }

  /** The name of the decoder (`d`) or encoder (`e`) method for a composite type, written on first use. */
  private method(kind: 'd' | 'e', type: TypeRef): string {
    const key = `${kind} ${typeText(type)}`;
    const known = this.names.get(key);
    if (known) return known;
    const name = `${kind}${this.names.size}`;
    this.names.set(key, name);
    this.methods.push(kind === 'd' ? this.decoder(name, type) : this.encoder(name, type));
    return name;
  }

  private decoder(name: string, type: TypeRef): string {
    const java = javaType(type);
    const text = lit(typeText(type));
    if (type.kind === 'array') {
      const element = javaType(type.of);
      return [
        `  static ${java} ${name}(Object v) {`,
        `    java.util.List<Object> l = AssayJson.toList(v, ${text});`,
        `    ${java} a = ${newArray(element, 'l.size()')};`,
        `    for (int i = 0; i < a.length; i++) {`,
        `      try { a[i] = ${this.decode(type.of, 'l.get(i)')}; } catch (Misfit m) { throw m.at(i); }`,
        `    }`,
        `    return a;`,
        `  }`,
      ].join('\n');
    }
    if (type.kind === 'map') {
      return [
        `  static ${java} ${name}(Object v) {`,
        `    ${java} out = new java.util.LinkedHashMap<>();`,
        `    for (java.util.Map.Entry<String, Object> e : AssayJson.toMap(v, ${text}).entrySet()) {`,
        `      try { out.put(e.getKey(), ${this.decode(type.of, 'e.getValue()')}); } catch (Misfit m) { throw m.atKey(e.getKey()); }`,
        `    }`,
        `    return out;`,
        `  }`,
      ].join('\n');
    }
    const fields = this.fields(type);
    return [
      `  static ${java} ${name}(Object v) {`,
      `    java.util.Map<String, Object> m = AssayJson.toRecord(v, ${[text, ...fields.map((f) => lit(f.name))].join(', ')});`,
      `    ${java} r = new ${java}();`,
      ...fields.map((f) => `    try { r.${javaName(f.name)} = ${this.decode(f.type, `m.get(${lit(f.name)})`)}; } catch (Misfit x) { throw x.at(${lit(`.${f.name}`)}); }`),
      `    return r;`,
      `  }`,
    ].join('\n');
  }

  private encoder(name: string, type: TypeRef): string {
    const java = javaType(type);
    const head = [`  static void ${name}(StringBuilder o, ${java} v) {`, `    AssayJson.need(v, ${lit(typeText(type))});`];
    if (type.kind === 'array') {
      return [
        ...head,
        `    o.append('[');`,
        `    for (int i = 0; i < v.length; i++) {`,
        `      if (i > 0) o.append(',');`,
        `      try { ${this.encode(type.of, 'v[i]', false)} } catch (Misfit m) { throw m.at(i); }`,
        `    }`,
        `    o.append(']');`,
        `  }`,
      ].join('\n');
    }
    if (type.kind === 'map') {
      return [
        ...head,
        `    char sep = '{';`,
        `    for (java.util.Map.Entry<String, ${javaType(type.of, true)}> e : v.entrySet()) {`,
        `      o.append(sep);`,
        `      sep = ',';`,
        `      AssayJson.writeString(o, AssayJson.need(e.getKey(), "a string key"));`,
        `      o.append(':');`,
        `      try { ${this.encode(type.of, 'e.getValue()', true)} } catch (Misfit m) { throw m.atKey(e.getKey()); }`,
        `    }`,
        `    o.append(v.isEmpty() ? "{}" : "}");`,
        `  }`,
      ].join('\n');
    }
    return [
      ...head,
      ...this.fields(type).map((f, i) => {
        const key = lit(`${i === 0 ? '{' : ','}${JSON.stringify(f.name)}:`);
        return `    o.append(${key});\n    try { ${this.encode(f.type, `v.${javaName(f.name)}`, false)} } catch (Misfit m) { throw m.at(${lit(`.${f.name}`)}); }`;
      }),
      `    o.append('}');`,
      `  }`,
    ].join('\n');
  }

  private fields(type: TypeRef): ParsedSignature['records'][number]['fields'] {
    const record = type.kind === 'record' ? this.sig.records.find((r) => r.name === type.name) : undefined;
    if (!record) throw new Error(`java driver: no record for ${typeText(type)}`);
    return record.fields;
  }
}

/**
 * The generated `AssayMain.java` for a signature: reads the case's
 * arguments before the candidate's code runs, decodes them to the declared
 * Java types, calls `new Solution().entry(...)`, checks and encodes the
 * result and sends it on the value fd (runners/harness/AssayFn.java). It
 * lives in its own file so javac's messages and stack traces about the
 * candidate's code name Solution.java and the candidate's own lines.
 */
export function javaDriver(entry: string, sig: ParsedSignature): string {
  const codec = new JavaCodec(sig);
  const params = sig.params.map((p, i) => {
    const decode = codec.decode(p.type, `args.get(${i})`);
    return `    ${javaType(p.type)} p${i};\n    try { p${i} = ${decode}; } catch (Misfit m) { throw AssayFn.badArgument(${lit(javaName(camelCase(p.name)))}, m); }`;
  });
  const call = `new Solution().${entry}(${sig.params.map((_p, i) => `p${i}`).join(', ')})`;
  const encode = codec.encode(sig.returns, 'r', false);
  return [
    "// Generated by Assay for typed function mode: decodes the case's arguments, calls Solution and encodes its result.",
    'import assay.AssayFn;',
    'import assay.AssayJson;',
    'import assay.AssayJson.Misfit;',
    'import java.util.Map;',
    '',
    '@SuppressWarnings("unchecked")',
    'final class AssayMain {',
    '  public static void main(String[] argv) {',
    `    java.util.List<Object> args = AssayFn.args(${sig.params.length});`,
    ...params,
    `    ${javaType(sig.returns)} r;`,
    `    try { r = ${call}; } catch (Throwable t) { throw AssayFn.crash(t); }`,
    '    StringBuilder o = new StringBuilder();',
    `    try { ${encode} } catch (Misfit m) { throw AssayFn.badResult(${lit(entry)}, ${lit(typeText(sig.returns))}, m); }`,
    '    AssayFn.emit(o);',
    '  }',
    ...codec.methods.map((m) => `\n${m}`),
    '}',
    '',
  ].join('\n');
}
