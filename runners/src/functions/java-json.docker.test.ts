import { DOCKER_TIMEOUT_MS, realRunner } from '../test-support/real-runner';
import type { Signature } from './signature';

jest.setTimeout(DOCKER_TIMEOUT_MS);
const { runner } = realRunner();
afterAll(() => runner.close());

// The image's JSON codec (runners/harness/AssayJson.java) on its own: an identity
// function over a record whose fields cover the type language, fed JSON text
// written the ways a JSON writer may write it, and text that is not JSON.
const SIGNATURE: Signature = {
  params: [{ name: 'value', type: 'Mix' }],
  returns: 'Mix',
  records: { Mix: { ints: 'int[]', floats: 'float[]', words: 'string[]', grid: 'int?[][]', tags: 'map<string, string?>' } },
};
const CODE = `import java.util.*;

class Mix {
  public long[] ints; public double[] floats; public String[] words; public Long[][] grid; public Map<String, String> tags;
}

class Solution {
  public Mix same(Mix value) {
    return value;
  }
}
`;

type Field = 'ints' | 'floats' | 'words' | 'grid' | 'tags';
const EMPTY: Record<Field, string> = { ints: '[]', floats: '[]', words: '[]', grid: '[]', tags: '{}' };
/** A Mix as JSON text: `fields` (their JSON text) in place of the empty defaults. */
const record = (fields: Partial<Record<Field, string>>, separator: string) =>
  `{${Object.entries({ ...EMPTY, ...fields })
    .map(([k, v]) => `"${k}":${separator}${v}`)
    .join(`,${separator}`)}}`;
/** The argument list of one Mix, written with spaces. */
const mix = (fields: Partial<Record<Field, string>>) => `[${record(fields, ' ')}]`;
/** The encoder's compact text of a Mix. */
const out = (fields: Partial<Record<Field, string>>) => record(fields, '');

// [what, argsJson, the returned value's exact text]
const ROUND_TRIPS: [string, string, string][] = [
  ['whitespace everywhere', ' [ { "ints" :\n[ 1 ,\t2 ] ,"floats":[],"words":[],"grid":[],"tags":{} } ] \r\n', out({ ints: '[1,2]' })],
  [
    'ints at the 64-bit edges and in exponent form',
    mix({ ints: '[9223372036854775807, -9223372036854775808, 0, -0, 1e3, 2E0, 1.0, 120e-1]' }),
    out({ ints: '[9223372036854775807,-9223372036854775808,0,0,1000,2,1,12]' }),
  ],
  [
    'floats in every notation',
    mix({ floats: '[1, -0.0, 1E5, 1e-5, 2.5e+3, 0.1, 1.7976931348623157e308, 4.9e-324, 123456789012345678]' }),
    out({ floats: '[1.0,-0.0,100000.0,0.00001,2500.0,0.1,1.7976931348623157e+308,5e-324,123456789012345680.0]' }),
  ],
  [
    'escapes, surrogate pairs and raw UTF-8',
    mix({ words: '["\\"\\\\\\/\\b\\f\\n\\r\\t", "\\u00e9\\u4e2d\\ud83d\\ude00", "é中😀", "\\u0000\\u001f", ""]' }),
    out({ words: '["\\"\\\\/\\u0008\\u000c\\n\\r\\t","é中😀","é中😀","\\u0000\\u001f",""]' }),
  ],
  ['a lone surrogate stays escaped', mix({ words: '["a\\ud800b"]' }), out({ words: '["a\\ud800b"]' })],
  ['nested, empty and null arrays', mix({ grid: '[[], [null], [1, null, -2], []]' }), out({ grid: '[[],[null],[1,null,-2],[]]' })],
  ['maps with null values and odd keys, in order', mix({ tags: '{"z": null, "": "empty", "k\\"ey": "v", "a": "b"}' }), out({ tags: '{"z":null,"":"empty","k\\"ey":"v","a":"b"}' })],
];

// [what, argsJson, what stderr says]
const REFUSED: [string, string, string][] = [
  ['a trailing comma', mix({ ints: '[1,]' }), "not valid JSON: unexpected character ']'"],
  ['a leading zero', mix({ ints: '[01]' }), "not valid JSON: expected ',' or ']'"],
  ['an unclosed string', '[{"ints": [], "words": ["abc]}]', 'not valid JSON: a string is not closed'],
  ['a raw control character in a string', mix({ words: '["a\tb"]' }), 'a control character must be escaped'],
  ['a bad escape', mix({ words: '["\\x41"]' }), "unknown escape '\\x'"],
  ['a short \\u escape', mix({ words: '["\\u12"]' }), '\\u needs four hex digits'],
  ['NaN', mix({ floats: '[NaN]' }), "unexpected character 'N'"],
  ['a bare minus', mix({ ints: '[-]' }), 'a number needs digits'],
  ['a repeated key', mix({ tags: '{"a": "1", "a": "2"}' }), 'the key a appears twice'],
  ['text after the value', `${mix({})} []`, 'unexpected text after the value'],
  ['2^63', mix({ ints: '[9223372036854775808]' }), 'value.ints[0]: 9223372036854775808 does not fit a 64-bit int'],
  ['-2^63-1 in exponent form', mix({ ints: '[-9.223372036854775809e18]' }), 'does not fit a 64-bit int'],
  ['a fraction for an int', mix({ ints: '[1.5]' }), 'value.ints[0]: expected int, got the number 1.5'],
  ['a float beyond the double range', mix({ floats: '[1e400]' }), 'value.floats[0]: 1e400 is too large for a float'],
  ['a string for an int', mix({ grid: '[[1, "2"]]' }), 'value.grid[0][1]: expected int, got a string'],
  ['a missing record field', '[{"ints": []}]', 'value: Mix needs its field floats'],
  ['an extra record field', '[{"ints": [], "floats": [], "words": [], "grid": [], "tags": {}, "extra": 1}]', 'value: Mix has no field extra'],
  ['an object for an array', mix({ words: '{}' }), 'value.words: expected string[], got an object'],
  ['too few arguments', '[]', 'expected 1 argument, got 0'],
];

/** Runs the identity on one case per [name, argsJson]. */
const run = (cases: [string, string, string][]) =>
  runner.run({ language: 'java', mode: 'function', code: CODE, entry: 'same', signature: SIGNATURE, cases: cases.map(([name, argsJson]) => ({ name, argsJson })) });

describe('java JSON codec', () => {
  it('reads every way of writing the type language and writes it back compactly and exactly', async () => {
    const report = await run(ROUND_TRIPS);
    expect(report.cases.map((c) => [c.name, c.status, c.valueJson ?? c.stderr])).toEqual(ROUND_TRIPS.map(([name, , value]) => [name, 'ok', value]));
  });

  it('refuses text that is not JSON, or does not fit the types, with a runtime_error saying where', async () => {
    const report = await run(REFUSED);
    expect(report.cases.map((c) => [c.name, c.status])).toEqual(REFUSED.map(([name]) => [name, 'runtime_error']));
    report.cases.forEach((c, i) => expect([c.name, c.stderr]).toEqual([c.name, expect.stringContaining(REFUSED[i]![2])]));
  });
});
