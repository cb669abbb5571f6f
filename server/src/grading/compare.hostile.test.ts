import type { CaseReport } from '@assay/runners';
import type { Comparison, TestCase } from '../challenges/challenge.schema';
import { compareOutput } from './compare';
import { MAX_JSON_DEPTH } from './json-exact';

// Outputs a hostile program can produce. Every comparison must cost what the
// output's size costs, and the results must be right. Time is asserted only
// where nothing else shows the difference (a backtracking pattern gives the
// right answer, just decades later), and then with a bound a thousand times
// what a linear scan needs: 65,000 digits and an "x" took the old number
// pattern about a minute, the scan takes about a millisecond.

const fnTest = (expected: string): TestCase => ({ name: 'c', args: [], expected: JSON.parse(expected), expectedJson: expected });
const ioTest = (stdout: string): TestCase => ({ name: 'c', stdin: '', stdout });
const report = (out: { stdout?: string; valueJson?: string }): CaseReport =>
  ({ name: 'c', status: 'ok', stdout: out.stdout ?? '', stderr: '', exitCode: 0, timeMs: 1, ...(out.valueJson !== undefined ? { valueJson: out.valueJson } : {}) }) as CaseReport;
const FLOAT: Comparison = { float: 1e-6 };
const digits = (n: number) => '1'.repeat(n);
/** Runs `judge` and fails when it takes longer than a bound no linear scan comes near (see above). */
function withinGenerousBound<T>(judge: () => T): T {
  const started = performance.now();
  const result = judge();
  expect(performance.now() - started).toBeLessThan(5_000);
  return result;
}

describe('comparing hostile stdio output', () => {
  it('judges "1"×65000 + "x" on a float test (the number scan does not backtrack)', () => {
    expect(withinGenerousBound(() => compareOutput(FLOAT, ioTest('5\n'), report({ stdout: `${digits(65_000)}x\n` })))).toMatchObject({ pass: false });
    expect(withinGenerousBound(() => compareOutput(FLOAT, ioTest(`${digits(65_000)}\n`), report({ stdout: `${digits(65_000)}x\n` })))).toMatchObject({ pass: false });
    expect(withinGenerousBound(() => compareOutput(FLOAT, ioTest(`.${digits(65_000)}\n`), report({ stdout: `${digits(65_000)}.${digits(65_000)}e\n` })))).toMatchObject({
      pass: false,
    });
  });

  it('judges a long line of digits, dots and exponent marks', () => {
    const line = Array.from({ length: 30_000 }, (_, i) => (i % 2 ? '1.' : '1e')).join('');
    expect(withinGenerousBound(() => compareOutput(FLOAT, ioTest('1\n'), report({ stdout: `${line}\n` }))).pass).toBe(false);
  });

  it('judges 64 KiB of numbers, each one within tolerance', () => {
    const many = Array.from({ length: 6_500 }, () => '1.0000001').join(' ');
    const want = Array.from({ length: 6_500 }, () => '1').join(' ');
    expect(compareOutput(FLOAT, ioTest(want), report({ stdout: many })).pass).toBe(true);
  });

  it.each<Comparison>(['text', 'unordered', 'exact', FLOAT])('judges long whitespace runs with %j', (comparison) => {
    const stdout = `a${' \t'.repeat(100_000)}b${' '.repeat(100_000)}\n`;
    expect(compareOutput(comparison, ioTest('a b\n'), report({ stdout })).pass).toBe(comparison !== 'exact');
  });

  it.each<Comparison>(['text', 'unordered', 'exact', FLOAT])('judges 100,000 lines with %j', (comparison) => {
    const stdout = '7\n'.repeat(100_000);
    expect(compareOutput(comparison, ioTest('7\n'), report({ stdout })).pass).toBe(false);
    expect(compareOutput(comparison, ioTest(stdout), report({ stdout })).pass).toBe(true);
  });

  it('judges 100,000 carriage returns and blank lines', () => {
    expect(compareOutput('text', ioTest('x\n'), report({ stdout: `x${'\r'.repeat(100_000)}${'\n \n'.repeat(30_000)}` })).pass).toBe(true);
  });
});

describe('comparing hostile returned values', () => {
  it.each(['exact', 'unordered', FLOAT] as Comparison[])('fails JSON nested 100,000 deep without overflowing the stack (%j)', (comparison) => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(compareOutput(comparison, fnTest('[]'), report({ valueJson: deep }))).toEqual({
      pass: false,
      reason: expect.stringContaining(`nested deeper than ${MAX_JSON_DEPTH} levels`),
    });
  });

  it('compares values nested up to the limit', () => {
    const deep = `${'['.repeat(MAX_JSON_DEPTH)}1${']'.repeat(MAX_JSON_DEPTH)}`;
    expect(compareOutput('exact', fnTest(deep), report({ valueJson: deep })).pass).toBe(true);
    expect(compareOutput(FLOAT, fnTest(deep), report({ valueJson: deep.replace('1', '2') })).pass).toBe(false);
  });

  it('judges a 200,000-digit number, exactly and with a tolerance', () => {
    const huge = digits(200_000);
    expect(compareOutput('exact', fnTest('1'), report({ valueJson: huge })).pass).toBe(false);
    expect(compareOutput(FLOAT, fnTest('1'), report({ valueJson: huge })).pass).toBe(false);
    expect(compareOutput('exact', fnTest(huge), report({ valueJson: `${huge}.000e0` })).pass).toBe(true);
  });

  it('judges a 200,000-digit exponent and 200,000 leading zeros', () => {
    expect(compareOutput(FLOAT, fnTest('1'), report({ valueJson: `1e${digits(200_000)}` })).pass).toBe(false);
    expect(compareOutput(FLOAT, fnTest('0'), report({ valueJson: `0.${'0'.repeat(200_000)}1` })).pass).toBe(true);
  });

  it('judges strings of 100,000 escapes and wide objects', () => {
    expect(compareOutput('exact', fnTest('"x"'), report({ valueJson: `"${'\\n'.repeat(100_000)}"` })).pass).toBe(false);
    const wide = `{${Array.from({ length: 10_000 }, (_, i) => `"k${i}":[${i}]`).join(',')}}`;
    expect(compareOutput('exact', fnTest(wide), report({ valueJson: wide })).pass).toBe(true);
    expect(compareOutput('unordered', fnTest(`[${wide}]`), report({ valueJson: `[${wide}]` })).pass).toBe(true);
  });

  it('judges a 20,000-element array of numbers with a tolerance', () => {
    const many = `[${Array.from({ length: 20_000 }, () => '0.1').join(',')}]`;
    expect(compareOutput(FLOAT, fnTest(many), report({ valueJson: many.replaceAll('0.1', '0.1000000001') })).pass).toBe(true);
  });
});
