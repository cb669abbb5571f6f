import { parseType, typeText, TypeSyntaxError, type TypeRef } from './type-language';

const records = new Set(['Interval', 'Point']);
const int: TypeRef = { kind: 'int' };

describe('parseType', () => {
  it.each([
    ['int', int],
    ['float', { kind: 'float' }],
    ['bool', { kind: 'bool' }],
    ['string', { kind: 'string' }],
    ['int[]', { kind: 'array', of: int }],
    ['int[][]', { kind: 'array', of: { kind: 'array', of: int } }],
    ['int?', { kind: 'nullable', of: int }],
    ['int?[]', { kind: 'array', of: { kind: 'nullable', of: int } }],
    ['int[]?', { kind: 'nullable', of: { kind: 'array', of: int } }],
    ['int[][]?', { kind: 'nullable', of: { kind: 'array', of: { kind: 'array', of: int } } }],
    ['map<string, int>', { kind: 'map', of: int }],
    ['map<string, map<string, float[]>>', { kind: 'map', of: { kind: 'map', of: { kind: 'array', of: { kind: 'float' } } } }],
    ['map<string, int>[]?', { kind: 'nullable', of: { kind: 'array', of: { kind: 'map', of: int } } }],
    ['Interval', { kind: 'record', name: 'Interval' }],
    ['Point?[]', { kind: 'array', of: { kind: 'nullable', of: { kind: 'record', name: 'Point' } } }],
  ] as [string, TypeRef][])('reads %s', (text, type) => {
    expect(parseType(text, records)).toEqual(type);
  });

  it('takes spaces between the parts', () => {
    expect(parseType('  map < string ,int [ ] > ? ', records)).toEqual(parseType('map<string, int[]>?', records));
  });

  it.each([
    ['int??', 'a type is nullable once ("T?", not "T??") (in "int??")'],
    ['int[]??', 'a type is nullable once ("T?", not "T??") (in "int[]??")'],
    ['map<int, string>', 'map keys are strings: map<string, T> (in "map<int, string>")'],
    ['map<string>', 'expected "," (in "map<string>")'],
    ['map<string, int', 'expected ">" (in "map<string, int")'],
    ['Interval2', 'no record named Interval2 is declared (in "Interval2")'],
    ['long', 'unknown type "long"; expected int, float, bool, string, map<string, T> or a record name (in "long")'],
    ['integer[]', 'unknown type "integer"; expected int, float, bool, string, map<string, T> or a record name (in "integer[]")'],
    ['int[', 'expected "]" (in "int[")'],
    ['int x', 'unexpected "x" (in "int x")'],
    ['', 'a type is missing (in "")'],
    ['[]', 'unexpected "[" (in "[]")'],
  ])('refuses %j: %s', (text, message) => {
    expect(() => parseType(text, records)).toThrow(new TypeSyntaxError(message));
  });

  it('knows no record unless it is declared', () => {
    expect(() => parseType('Interval')).toThrow('no record named Interval is declared');
  });
});

describe('typeText', () => {
  it.each(['int', 'float', 'bool', 'string', 'int?[]', 'int[]?', 'map<string, Interval[]>?', 'map<string, map<string, bool>>'])('writes %s back as it reads', (text) => {
    expect(typeText(parseType(text, records))).toBe(text);
  });

  it('normalises spacing', () => {
    expect(typeText(parseType('map<string,int [ ]>', records))).toBe('map<string, int[]>');
  });
});
