import { checkValue, parseSignature, recordsInOrder, SignatureSchema, type Signature } from './signature';
import { parseType } from './type-language';

/** The issues SignatureSchema finds, as `path: message`. */
function issuesOf(sig: unknown): string[] {
  const parsed = SignatureSchema.safeParse(sig);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const merge: Signature = {
  params: [
    { name: 'intervals', type: 'Interval[]' },
    { name: 'gap', type: 'int' },
  ],
  returns: 'Interval[]',
  records: { Interval: { start: 'int', end: 'int' } },
};

describe('SignatureSchema', () => {
  it('accepts a signature with records, and one with none', () => {
    expect(issuesOf(merge)).toEqual([]);
    expect(issuesOf({ params: [], returns: 'map<string, float?>' })).toEqual([]);
  });

  it('names the parameter whose type does not parse', () => {
    expect(
      issuesOf({
        params: [
          { name: 'a', type: 'int' },
          { name: 'b', type: 'Tree' },
        ],
        returns: 'int??',
      }),
    ).toEqual(['params.1.type: no record named Tree is declared (in "Tree")', 'returns: a type is nullable once ("T?", not "T??") (in "int??")']);
  });

  it('refuses two parameters of one name', () => {
    expect(
      issuesOf({
        params: [
          { name: 'a', type: 'int' },
          { name: 'a', type: 'float' },
        ],
        returns: 'int',
      }),
    ).toEqual(['params.1.name: a second parameter named a']);
  });

  it('refuses a map keyed by anything but strings', () => {
    expect(issuesOf({ params: [{ name: 'm', type: 'map<int, string>' }], returns: 'int' })).toEqual([
      'params.0.type: map keys are strings: map<string, T> (in "map<int, string>")',
    ]);
  });

  it('refuses records that contain themselves, directly or through others, arrays and maps', () => {
    expect(issuesOf({ params: [], returns: 'int', records: { Node: { next: 'Node?' } } })).toEqual(['records.Node: records cannot contain themselves: Node → Node']);
    expect(issuesOf({ params: [], returns: 'int', records: { A: { b: 'B[]' }, B: { a: 'map<string, A>' } } })).toEqual(['records.A: records cannot contain themselves: A → B → A']);
  });

  it('refuses an empty record, a lower-case record name, a field type that does not parse and a field name that is not an identifier', () => {
    expect(issuesOf({ params: [], returns: 'int', records: { Empty: {} } })).toEqual(['records.Empty: a record has at least one field']);
    expect(issuesOf({ params: [], returns: 'int', records: { point: { x: 'int' } } })).toEqual(['records.point: a record name is a capitalised identifier (Interval)']);
    expect(issuesOf({ params: [], returns: 'int', records: { P: { x: 'Q' } } })).toEqual(['records.P.x: no record named Q is declared (in "Q")']);
    expect(issuesOf({ params: [{ name: 'two words', type: 'int' }], returns: 'int' })).toEqual(['params.0.name: must be a plain identifier']);
  });

  it('refuses a missing return type and unknown keys', () => {
    expect(issuesOf({ params: [], returns: ' ' })).toContain('returns: a type is missing');
    expect(issuesOf({ params: [], returns: 'int', entry: 'f' })).toEqual([': Unrecognized key: "entry"']);
  });
});

describe('parseSignature and recordsInOrder', () => {
  it('parses every type, records and fields in declared order', () => {
    const sig = parseSignature(merge);
    expect(sig.params).toEqual([
      { name: 'intervals', type: { kind: 'array', of: { kind: 'record', name: 'Interval' } } },
      { name: 'gap', type: { kind: 'int' } },
    ]);
    expect(sig.records).toEqual([
      {
        name: 'Interval',
        fields: [
          { name: 'start', type: { kind: 'int' } },
          { name: 'end', type: { kind: 'int' } },
        ],
      },
    ]);
  });

  it('orders records so each comes after the records it uses, each once, unused ones last', () => {
    const sig = parseSignature({
      params: [{ name: 'l', type: 'Line' }],
      returns: 'Point',
      records: { Line: { from: 'Point', to: 'Point', tag: 'Tag?' }, Unused: { x: 'int' }, Tag: { s: 'string' }, Point: { x: 'float', y: 'float' } },
    });
    expect(recordsInOrder(sig).map((r) => r.name)).toEqual(['Point', 'Tag', 'Line', 'Unused']);
  });
});

describe('checkValue', () => {
  const sig = parseSignature(merge);
  const check = (type: string, value: unknown) => checkValue(parseType(type, new Set(['Interval'])), value, sig);

  it('accepts ints within 64 bits, as numbers or bigints, and refuses one beyond', () => {
    for (const v of [0, -7, 2 ** 53, 9223372036854775807n, -9223372036854775808n]) expect(check('int', v)).toBeUndefined();
    expect(check('int', 9223372036854775808n)).toEqual({ path: [], message: '9223372036854775808 does not fit a 64-bit int' });
    expect(check('int', -9223372036854775809n)).toEqual({ path: [], message: '-9223372036854775809 does not fit a 64-bit int' });
    expect(check('int', 1.5)).toEqual({ path: [], message: 'expected int, got the number 1.5' });
    expect(check('int', '3')).toEqual({ path: [], message: 'expected int, got the string "3"' });
  });

  it('takes an integer as a float, and no non-finite number', () => {
    for (const v of [0.1, 3, 10n ** 30n]) expect(check('float', v)).toBeUndefined();
    expect(check('float', Infinity)).toEqual({ path: [], message: 'expected float, got the number Infinity' });
    expect(check('float', true)).toEqual({ path: [], message: 'expected float, got boolean true' });
  });

  it('checks bools and strings (unicode included) strictly', () => {
    expect(check('bool', false)).toBeUndefined();
    expect(check('bool', 0)).toEqual({ path: [], message: 'expected bool, got the number 0' });
    expect(check('string', 'héllo ✓ 😀')).toBeUndefined();
    expect(check('string', null)).toEqual({ path: [], message: 'expected string, got null' });
  });

  it('takes null only where the type is nullable, at any depth', () => {
    expect(check('int?', null)).toBeUndefined();
    expect(check('int?[]', [1, null])).toBeUndefined();
    expect(check('int[]?', null)).toBeUndefined();
    expect(check('int[]?', [1, null])).toEqual({ path: [1], message: 'expected int, got null' });
  });

  it('gives the path to the first misfit in nested arrays and maps', () => {
    expect(check('int[][]', [[], [1, 2], [3, 'x']])).toEqual({ path: [2, 1], message: 'expected int, got the string "x"' });
    expect(check('int[]', {})).toEqual({ path: [], message: 'expected int[], got an object' });
    expect(check('map<string, int[]>', { a: [1], 'b c': [true] })).toEqual({ path: ['b c', 0], message: 'expected int, got boolean true' });
    expect(check('map<string, int>', [1])).toEqual({ path: [], message: 'expected map<string, int>, got an array' });
  });

  it('wants a record to have exactly its fields', () => {
    expect(check('Interval[]', [{ start: 1, end: 2 }])).toBeUndefined();
    expect(check('Interval', { start: 1 })).toEqual({ path: [], message: 'Interval needs its field end' });
    expect(check('Interval', { start: 1, end: 2, mid: 1 })).toEqual({ path: ['mid'], message: 'Interval has no field mid' });
    expect(check('Interval', { start: 1, end: 'late' })).toEqual({ path: ['end'], message: 'expected int, got the string "late"' });
    expect(check('Interval', [1, 2])).toEqual({ path: [], message: 'expected a Interval record, got an array' });
    // A field named like an Object.prototype member is still missing when the value lacks it.
    const withConstructor = parseSignature({ params: [], returns: 'int', records: { Klass: { constructor: 'int' } } });
    expect(checkValue({ kind: 'record', name: 'Klass' }, {}, withConstructor)).toEqual({ path: [], message: 'Klass needs its field constructor' });
  });
});
