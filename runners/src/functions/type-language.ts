/**
 * The small type language of function signatures: `int` (64-bit), `float`
 * (double), `bool`, `string`, `T[]`, `map<string, T>`, nullable `T?`, and
 * record names declared beside the signature. `int[][]?` is a nullable
 * array of arrays; `int?[]` an array of nullable ints.
 */
export type TypeRef =
  | { kind: 'int' }
  | { kind: 'float' }
  | { kind: 'bool' }
  | { kind: 'string' }
  | { kind: 'array'; of: TypeRef }
  | { kind: 'map'; of: TypeRef }
  | { kind: 'nullable'; of: TypeRef }
  | { kind: 'record'; name: string };

const PRIMITIVES = ['int', 'float', 'bool', 'string'] as const;
/** Record names: a capitalised identifier, so they never clash with the primitives. */
export const RECORD_NAME = /^[A-Z][A-Za-z0-9]*$/;

/** A type text that does not parse, with why. */
export class TypeSyntaxError extends Error {}

/**
 * Parses a type text. `records` are the declared record names; a name not
 * among them is an error naming it.
 */
export function parseType(text: string, records: ReadonlySet<string> = new Set()): TypeRef {
  const parser = new Parser(text, records);
  const type = parser.type();
  parser.end();
  return type;
}

/** The type as written in the type language, normalised (`map<string, int[]>`). */
export function typeText(type: TypeRef): string {
  switch (type.kind) {
    case 'array':
      return `${typeText(type.of)}[]`;
    case 'map':
      return `map<string, ${typeText(type.of)}>`;
    case 'nullable':
      return `${typeText(type.of)}?`;
    case 'record':
      return type.name;
    default:
      return type.kind;
  }
}

class Parser {
  private at = 0;
  constructor(
    private readonly text: string,
    private readonly records: ReadonlySet<string>,
  ) {}

  type(): TypeRef {
    let type = this.base();
    for (;;) {
      this.space();
      if (this.take('[')) {
        this.space();
        this.expect(']');
        type = { kind: 'array', of: type };
      } else if (this.take('?')) {
        if (type.kind === 'nullable') this.fail('a type is nullable once ("T?", not "T??")');
        type = { kind: 'nullable', of: type };
      } else {
        return type;
      }
    }
  }

  end(): void {
    this.space();
    if (this.at < this.text.length) this.fail(`unexpected "${this.text.slice(this.at, this.at + 10)}"`);
  }

  private base(): TypeRef {
    this.space();
    const name = this.word();
    if (name === 'map') {
      this.space();
      this.expect('<');
      this.space();
      if (this.word() !== 'string') this.fail('map keys are strings: map<string, T>');
      this.space();
      this.expect(',');
      const of = this.type();
      this.space();
      this.expect('>');
      return { kind: 'map', of };
    }
    if ((PRIMITIVES as readonly string[]).includes(name)) return { kind: name as (typeof PRIMITIVES)[number] };
    if (RECORD_NAME.test(name) && this.records.has(name)) return { kind: 'record', name };
    if (RECORD_NAME.test(name)) this.fail(`no record named ${name} is declared`);
    this.fail(`unknown type "${name}"; expected int, float, bool, string, map<string, T> or a record name`);
  }

  private word(): string {
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.at));
    if (!match) this.fail(this.at < this.text.length ? `unexpected "${this.text[this.at]}"` : 'a type is missing');
    this.at += match[0].length;
    return match[0];
  }

  private space(): void {
    while (this.text[this.at] === ' ') this.at++;
  }

  private take(ch: string): boolean {
    if (this.text[this.at] !== ch) return false;
    this.at++;
    return true;
  }

  private expect(ch: string): void {
    if (!this.take(ch)) this.fail(`expected "${ch}"`);
  }

  private fail(why: string): never {
    throw new TypeSyntaxError(`${why} (in "${this.text}")`);
  }
}
