import type { CaseReport } from '@assay/runners';
import type { Comparison, TestCase } from '../challenges/challenge.schema';
import { compareOutput } from './compare';

/** A finished case report; function mode when `value` (JSON text as the program wrote it) is given. */
function ran(out: { value?: string; stdout?: string; status?: CaseReport['status'] }): CaseReport {
  const report: CaseReport = { name: 'c', status: out.status ?? 'ok', stdout: out.stdout ?? '', stderr: '', exitCode: 0, timeMs: 1 };
  return out.value !== undefined ? ({ ...report, valueJson: out.value } as CaseReport) : report;
}

/** A function test expecting the JSON text `expected`, exactly as a challenge file would give it. */
const fnTest = (expected: string): TestCase => ({ name: 'c', args: [], expected: JSON.parse(expected), expectedJson: expected });
/** A stdio test expecting `stdout`. */
const ioTest = (stdout: string): TestCase => ({ name: 'c', stdin: '', stdout });
const json = (value: unknown) => JSON.stringify(value);

describe('compareOutput in function mode', () => {
  describe.each<[string, Comparison, unknown, unknown, boolean]>([
    ['exact: equal arrays', 'exact', [0, 1], [0, 1], true],
    ['exact: order matters', 'exact', [0, 1], [1, 0], false],
    ['exact: object key order ignored', 'exact', { a: 1, b: [2, { c: 3, d: 4 }] }, { b: [2, { d: 4, c: 3 }], a: 1 }, true],
    ['exact: 1 and 1.0 are the same JSON number', 'exact', 1, 1.0, true],
    ['exact: number vs string', 'exact', 3, '3', false],
    ['exact: null expected, null returned', 'exact', null, null, true],
    ['exact: float noise fails', 'exact', 0.3, 0.1 + 0.2, false],
    ['exact: nested extra key fails', 'exact', { a: 1 }, { a: 1, b: null }, false],
    ['unordered: permutation passes', 'unordered', [3, 1, 2], [1, 2, 3], true],
    ['unordered: duplicates must match in count', 'unordered', [1, 1, 2], [1, 2, 2], false],
    ['unordered: duplicates in any order', 'unordered', [2, 1, 2], [2, 2, 1], true],
    ['unordered: missing element', 'unordered', [1, 2, 3], [1, 2], false],
    [
      'unordered: only the top level is unordered',
      'unordered',
      [
        [1, 2],
        [3, 4],
      ],
      [
        [3, 4],
        [2, 1],
      ],
      false,
    ],
    [
      'unordered: nested arrays as elements',
      'unordered',
      [
        [1, 2],
        [3, 4],
      ],
      [
        [3, 4],
        [1, 2],
      ],
      true,
    ],
    ['unordered: objects as elements', 'unordered', [{ a: 1, b: 2 }, { a: 3 }], [{ a: 3 }, { b: 2, a: 1 }], true],
    ['unordered: non-arrays compared exactly', 'unordered', { a: 1 }, { a: 1 }, true],
    ['float: within absolute tolerance', { float: 1e-6 }, 0.3, 0.1 + 0.2, true],
    ['float: absolute edge inside', { float: 1e-6 }, 1, 1 + 9e-7, true],
    ['float: absolute edge outside', { float: 1e-6 }, 1, 1 + 2e-6, false],
    ['float: relative tolerance for large numbers', { float: 1e-6 }, 1e12, 1e12 + 5e5, true],
    ['float: relative tolerance exceeded', { float: 1e-6 }, 1e12, 1e12 + 2e6, false],
    ['float: numbers nested in objects and arrays', { float: 1e-6 }, { mean: 5, stats: [0.1, 2] }, { stats: [0.1000000001, 1.9999999], mean: 5.0000001 }, true],
    ['float: one nested number off', { float: 1e-6 }, { mean: 5, stats: [0.1, 2] }, { mean: 5, stats: [0.1, 2.01] }, false],
    ['float: null never matches a number', { float: 1e-6 }, 0, null, false],
    ['float: strings still exact', { float: 1e-6 }, ['a', 1], ['b', 1], false],
    ['float: array length matters', { float: 1e-6 }, [1, 2], [1, 2, 3], false],
    ['float: zero and negative zero', { float: 1e-6 }, 0, -0, true],
  ])('%s', (_name, comparison, expected, value, pass) => {
    it(pass ? 'passes' : 'fails', () => {
      const result = compareOutput(comparison, fnTest(json(expected)), ran({ value: json(value) }));
      expect(result.pass).toBe(pass);
      if (!pass) expect(result.reason).toMatch(/^expected .+, got .+/);
    });
  });

  it('fails a call that returned no value', () => {
    expect(compareOutput('exact', fnTest('1'), ran({}))).toEqual({ pass: false, reason: 'no value returned' });
  });
});

describe('compareOutput in stdio mode', () => {
  describe.each<[string, Comparison, string, string, boolean]>([
    ['exact: identical', 'exact', 'a\nb\n', 'a\nb\n', true],
    ['exact: a missing final newline is accepted', 'exact', 'a\nb\n', 'a\nb', true],
    ['exact: an extra final newline is accepted', 'exact', 'a\nb', 'a\nb\n', true],
    ['exact: two extra newlines are not', 'exact', 'a\n', 'a\n\n\n', false],
    ['exact: trailing space matters', 'exact', 'a\n', 'a \n', false],
    ['exact: inner whitespace matters', 'exact', 'a b\n', 'a  b\n', false],
    ['exact: CRLF is not LF', 'exact', 'a\n', 'a\r\n', false],
    ['exact: empty output for empty expected', 'exact', '', '', true],
    ['text: trailing spaces ignored', 'text', 'a b\nc\n', 'a b   \nc\t\n', true],
    ['text: trailing blank lines ignored', 'text', 'a\n', 'a\n\n\n  \n', true],
    ['text: whitespace runs collapse', 'text', 'the 3\n', 'the \t  3\n', true],
    ['text: CRLF line ends', 'text', 'a\nb\n', 'a\r\nb\r\n', true],
    ['text: leading indentation still counts once', 'text', 'a\n', ' a\n', false],
    ['text: a missing line fails', 'text', 'a\nb\n', 'a\n', false],
    ['text: inner blank line matters', 'text', 'a\nb\n', 'a\n\nb\n', false],
    ['text: different word fails', 'text', 'the 3\n', 'teh 3\n', false],
    ['text: empty vs blank output', 'text', '', '\n \n', true],
    ['unordered: lines in any order', 'unordered', 'a 1\nb 2\n', 'b 2\na 1\n', true],
    ['unordered: duplicate lines counted', 'unordered', 'a\na\nb\n', 'a\nb\nb\n', false],
    ['float: numeric tokens within tolerance', { float: 1e-6 }, '5.0 2.0\n', '5.0000001 1.9999999\n', true],
    ['float: numeric token outside tolerance', { float: 1e-6 }, '5.0 2.0\n', '5.0 2.001\n', false],
    ['float: words compared exactly', { float: 1e-6 }, 'mean 5\n', 'avg 5\n', false],
    ['float: token count matters', { float: 1e-6 }, '1 2\n', '1 2 3\n', false],
  ])('%s', (_name, comparison, expected, stdout, pass) => {
    it(pass ? 'passes' : 'fails', () => {
      expect(compareOutput(comparison, ioTest(expected), ran({ stdout })).pass).toBe(pass);
    });
  });

  it('names the first differing line', () => {
    expect(compareOutput('text', ioTest('a\nb\nc\n'), ran({ stdout: 'a\nx\nc\n' })).reason).toBe('line 2: expected "b", got "x"');
    expect(compareOutput('exact', ioTest('a\nb\n'), ran({ stdout: 'a\n' })).reason).toBe('line 2: expected "b", got ""');
  });
});

describe('compareOutput for a case that did not finish ok', () => {
  it.each(['runtime_error', 'time_limit', 'memory_limit', 'output_limit'] as const)('never passes a %s case, even with the right output', (status) => {
    expect(compareOutput('exact', ioTest('a\n'), ran({ stdout: 'a\n', status }))).toEqual({ pass: false, reason: status });
    expect(compareOutput('exact', fnTest('1'), ran({ value: '1', status }))).toEqual({ pass: false, reason: status });
  });
});

describe('compareOutput compares numbers exactly, never through a double', () => {
  describe.each<[string, Comparison, string, string, boolean]>([
    ['2**53 is not 2**53 + 1', 'exact', '9007199254740993', '9007199254740992', false],
    ['2**53 + 1 is itself', 'exact', '9007199254740993', '9007199254740993', true],
    ['inside arrays and objects too', 'exact', '{"ids":[9007199254740993]}', '{"ids":[9007199254740992]}', false],
    ['as unordered elements', 'unordered', '[1, 9007199254740993]', '[9007199254740992, 1]', false],
    ['a 400-digit integer is itself', 'exact', `1${'0'.repeat(400)}`, `1${'0'.repeat(399)}1`, false],
    ['1 = 1.0 = 1e0 = 10e-1', 'exact', '[1, 1, 1]', '[1.0, 1e0, 10e-1]', true],
    ['0 = -0 = 0.0e5', 'exact', '[0, 0]', '[-0, 0.0e5]', true],
    ['float: a 400-digit integer is not close to 10', { float: 1e-6 }, '{"mean":10,"stddev":1}', `{"mean":1${'0'.repeat(400)},"stddev":1${'0'.repeat(400)}}`, false],
    ['float: a 400-digit integer is close to itself plus one', { float: 1e-6 }, `1${'0'.repeat(400)}`, `1${'0'.repeat(399)}1`, true],
    ['float: huge values, relative tolerance exceeded', { float: 1e-6 }, `1${'0'.repeat(400)}`, `2${'0'.repeat(400)}`, false],
    ['float: an astronomically large exponent is close to nothing', { float: 0.5 }, '1e999999999999999999', '1e999999999999999999', false],
    ['float: tiny beyond a double still within absolute tolerance', { float: 1e-6 }, '0', '1e-400', true],
  ])('%s', (_name, comparison, expected, returned, pass) => {
    it(pass ? 'passes' : 'fails', () => {
      expect(compareOutput(comparison, fnTest(expected), ran({ value: returned })).pass).toBe(pass);
    });
  });

  it.each(['Infinity', 'NaN', '-Infinity', '1e', '01', '[1,]', '{"a":1', '"\\x"', ''])('fails a case whose returned text %j is not strict JSON', (text) => {
    const result = compareOutput({ float: 1e-6 }, fnTest('1'), ran({ value: text }));
    expect(result).toEqual({ pass: false, reason: expect.stringMatching(/^the returned value is not JSON/) });
  });

  it('fails stdio output "1e999" on a float test (it is a number, and not close)', () => {
    expect(compareOutput({ float: 1e-6 }, ioTest('5.0\n'), ran({ stdout: '1e999\n' })).pass).toBe(false);
    expect(compareOutput({ float: 1e-6 }, ioTest('5.0\n'), ran({ stdout: 'inf\n' })).pass).toBe(false);
    expect(compareOutput({ float: 1e-6 }, ioTest('5.0\n'), ran({ stdout: 'Infinity\n' })).pass).toBe(false);
  });

  it('keeps object keys such as __proto__ as data', () => {
    expect(compareOutput('exact', fnTest('{"__proto__":1}'), ran({ value: '{"__proto__":2}' })).pass).toBe(false);
    expect(compareOutput('exact', fnTest('{"__proto__":1,"a":[]}'), ran({ value: '{"a":[],"__proto__":1.0}' })).pass).toBe(true);
  });
});
