import type { TypeRef } from './type-language';

/** Java's reserved words and literals: a name the signature declares that is one of them gets a trailing `_`. */
const RESERVED = new Set(
  (
    'abstract assert boolean break byte case catch char class const continue default do double else enum extends final finally float for goto if implements import ' +
    'instanceof int interface long native new package private protected public return short static strictfp super switch synchronized this throw throws transient try ' +
    'void volatile while true false null var record yield sealed permits _'
  ).split(' '),
);

/** A parameter or field name as Java can spell it (`default` → `default_`). */
export function javaName(name: string): string {
  return RESERVED.has(name) ? `${name}_` : name;
}

/**
 * The Java type of a type-language type (the table in challenges/README.md):
 * `long`, `double`, `boolean`, `String`, Java arrays, `Map<String, T>`,
 * records by name; a nullable primitive, or any primitive where generics
 * need an object (`boxed`), is its wrapper (`Long`).
 */
export function javaType(type: TypeRef, boxed = false): string {
  switch (type.kind) {
    case 'int':
      return boxed ? 'Long' : 'long';
    case 'float':
      return boxed ? 'Double' : 'double';
    case 'bool':
      return boxed ? 'Boolean' : 'boolean';
    case 'string':
      return 'String';
    case 'nullable':
      return javaType(type.of, true);
    case 'array':
      return `${javaType(type.of)}[]`;
    case 'map':
      return `Map<String, ${javaType(type.of, true)}>`;
    case 'record':
      return type.name;
  }
}

/** Whether a Java value of this type is a primitive (never null). */
export function isPrimitive(type: TypeRef): boolean {
  return type.kind === 'int' || type.kind === 'float' || type.kind === 'bool';
}

/**
 * A `new` expression for an array of `length` elements of `element` (a
 * Java type). Java cannot create an array of a generic type, so such an
 * array is created raw and cast (the driver suppresses the warning); null
 * when `cast` is false, for the stub, which must compile without warnings.
 */
export function newArray(element: string, length: string, cast = true): string | null {
  let raw = element;
  while (raw.includes('<')) raw = raw.replace(/<[^<>]*>/g, ''); // innermost type arguments first
  const dims = raw.indexOf('[');
  const created = dims < 0 ? `new ${raw}[${length}]` : `new ${raw.slice(0, dims)}[${length}]${raw.slice(dims)}`;
  if (raw === element) return created;
  return cast ? `(${element}[]) ${created}` : null;
}
