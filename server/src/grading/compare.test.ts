import type { CaseReport } from '@assay/runners';
import type { Comparison } from '../challenges/challenge.schema';
import { compareOutput } from './compare';

/** A finished case report; function mode when `value` is given (carried as its JSON text, like the runner's). */
function ran(out: { value?: unknown; stdout?: string; status?: CaseReport['status'] }): CaseReport {
  const report: CaseReport = { name: 'c', status: out.status ?? 'ok', stdout: out.stdout ?? '', stderr: '', exitCode: 0, timeMs: 1 };
  return 'value' in out ? { ...report, valueJson: JSON.stringify(out.value) } : report;
}

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
    ['unordered: only the top level is unordered', 'unordered', [[1, 2], [3, 4]], [[3, 4], [2, 1]], false],
    ['unordered: nested arrays as elements', 'unordered', [[1, 2], [3, 4]], [[3, 4], [1, 2]], true],
    ['unordered: objects as elements', 'unordered', [{ a: 1, b: 2 }, { a: 3 }], [{ a: 3 }, { b: 2, a: 1 }], true],
    ['unordered: non-arrays compared exactly', 'unordered', { a: 1 }, { a: 1 }, true],
    ['float: within absolute tolerance', { float: 1e-6 }, 0.3, 0.1 + 0.2, true],
    ['float: absolute edge inside', { float: 1e-6 }, 1, 1 + 9e-7, true],
    ['float: absolute edge outside', { float: 1e-6 }, 1, 1 + 2e-6, false],
    ['float: relative tolerance for large numbers', { float: 1e-6 }, 1e12, 1e12 + 5e5, true],
    ['float: relative tolerance exceeded', { float: 1e-6 }, 1e12, 1e12 + 2e6, false],
    ['float: numbers nested in objects and arrays', { float: 1e-6 }, { mean: 5, stats: [0.1, 2] }, { stats: [0.1000000001, 1.9999999], mean: 5.0000001 }, true],
    ['float: one nested number off', { float: 1e-6 }, { mean: 5, stats: [0.1, 2] }, { mean: 5, stats: [0.1, 2.01] }, false],
    ['float: null for NaN never matches a number', { float: 1e-6 }, 0, null, false],
    ['float: strings still exact', { float: 1e-6 }, ['a', 1], ['b', 1], false],
    ['float: array length matters', { float: 1e-6 }, [1, 2], [1, 2, 3], false],
    ['float: zero and negative zero', { float: 1e-6 }, 0, -0, true],
  ])('%s', (_name, comparison, expected, value, pass) => {
    it(pass ? 'passes' : 'fails', () => {
      const result = compareOutput('function', comparison, expected, ran({ value }));
      expect(result.pass).toBe(pass);
      if (!pass) expect(result.reason).toMatch(/^expected .+, got .+/);
    });
  });

  it('fails a call that returned no value', () => {
    expect(compareOutput('function', 'exact', 1, ran({}))).toEqual({ pass: false, reason: 'no value returned' });
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
      expect(compareOutput('stdio', comparison, expected, ran({ stdout })).pass).toBe(pass);
    });
  });

  it('names the first differing line', () => {
    expect(compareOutput('stdio', 'text', 'a\nb\nc\n', ran({ stdout: 'a\nx\nc\n' })).reason).toBe('line 2: expected "b", got "x"');
    expect(compareOutput('stdio', 'exact', 'a\nb\n', ran({ stdout: 'a\n' })).reason).toBe('line 2: expected "b", got ""');
  });
});

describe('compareOutput for a case that did not finish ok', () => {
  it.each(['runtime_error', 'time_limit', 'memory_limit', 'output_limit'] as const)('never passes a %s case, even with the right output', (status) => {
    expect(compareOutput('stdio', 'exact', 'a\n', ran({ stdout: 'a\n', status }))).toEqual({ pass: false, reason: status });
    expect(compareOutput('function', 'exact', 1, ran({ value: 1, status }))).toEqual({ pass: false, reason: status });
  });
});
