import type { Runner } from '../run/runner';
import { fn, only } from './real-runner';
import { expectRoundTrip, picked } from './typed-function';

type NodeLanguage = 'javascript' | 'typescript';

/** An echo for ROUND_TRIP that also checks, inside the sandbox, that the 64-bit ints arrived as exact BigInts. */
export const NODE_ECHO = `function echo(nested, empty, holes, text, big, small, a, b, whole, point, counts, missing, flag) {
  if (big !== 9223372036854775807n || small !== -9223372036854775808n) throw new Error("not exact: " + big + " " + small);
  if (typeof nested[0][0] !== "number" || typeof point.x !== "number") throw new Error("a small int is a number");
  console.log('{"not": "the value"}');
  return { nested, empty, holes, text, big, small, sum: a + b, whole, point, counts, missing, flag };
}
`;

/**
 * The typed harness behaviours JavaScript and TypeScript share (one
 * harness, fn_node.cjs): the round trip, misfits refused with where and
 * what, records and maps, stack traces at the candidate's line, and an
 * untyped job unchanged. `code` is the round-trip echo in the language.
 */
export function describeNodeTyped(language: NodeLanguage, runner: () => Runner, code: string): void {
  const file = language === 'javascript' ? 'main.js' : 'main.ts';

  it('decodes and encodes every type exactly, in a fresh process and in the zygote, with logs kept out of the value', async () => {
    await expectRoundTrip(runner(), language, code);
  });

  it('refuses a result that does not fit the return type, naming the expected type and where', async () => {
    const body = 'function pick(k) {\n  return [[1, 2, "x"], [true], [3.5], [2n ** 63n], [2 ** 60, -3n], undefined][k];\n}\n';
    expect(await picked(runner(), language, body, 6, 'int[]')).toEqual([
      ['runtime_error', 'assay: returned value[2]: expected int, got string', undefined],
      ['runtime_error', 'assay: returned value[0]: expected int, got boolean true', undefined],
      ['runtime_error', 'assay: returned value[0]: expected int, got number 3.5', undefined],
      ['runtime_error', 'assay: returned value[0]: 9223372036854775808 does not fit a 64-bit int', undefined],
      ['ok', '', '[1152921504606846976,-3]'],
      ['runtime_error', 'assay: returned value: expected int[], got undefined (the function returned nothing)', undefined],
    ]);
  });

  it('refuses NaN and Infinity for a float, and accepts a BigInt there', async () => {
    const body = 'function pick(k) {\n  return [NaN, -Infinity, 3n, 0.1 + 0.2][k];\n}\n';
    expect(await picked(runner(), language, body, 4, 'float')).toEqual([
      ['runtime_error', 'assay: returned value: expected float, got NaN, which JSON has no number for', undefined],
      ['runtime_error', 'assay: returned value: expected float, got -Infinity, which JSON has no number for', undefined],
      ['ok', '', '3'],
      ['ok', '', '0.30000000000000004'],
    ]);
  });

  it('reads a record from a plain object with exactly its fields or a class instance, and a map from an object or a Map', async () => {
    const body = `class Span {
  constructor(start, end) {
    this.start = start;
    this.end = end;
  }
  get length() {
    return this.end - this.start;
  }
}
function pick(k) {
  const spans = [new Span(1, 2), { start: 1, end: 2 }, { start: 1 }, { start: 1, end: 2, x: 0 }, new Span(1, "2")];
  return { byName: k < 2 ? { s: spans[k] } : new Map([["s", spans[k]]]) };
}
`;
    const records = { Span: { start: 'int', end: 'int' }, Holder: { byName: 'map<string, Span>' } };
    expect(await picked(runner(), language, body, 5, 'Holder', records)).toEqual([
      ['ok', '', '{"byName":{"s":{"start":1,"end":2}}}'],
      ['ok', '', '{"byName":{"s":{"start":1,"end":2}}}'],
      ['runtime_error', 'assay: returned value.byName["s"]: Span needs its field end', undefined],
      ['runtime_error', 'assay: returned value.byName["s"]: Span has no field "x"', undefined],
      ['runtime_error', 'assay: returned value.byName["s"].end: expected int, got string', undefined],
    ]);
  });

  it("shows a crash's stack trace at the candidate's own line", async () => {
    const body = 'function pick(k) {\n  const x = 1;\n  throw new Error("bad " + k);\n}\n';
    for (const [status, stderr] of await picked(runner(), language, body, 3, 'int')) {
      expect(status).toBe('runtime_error');
      expect(stderr).toMatch(new RegExp(`Error: bad \\d\\n\\s+at pick \\(\\S*${file.replace('.', '\\.')}:3:9\\)`));
    }
  });

  it('keeps an untyped job as it was: plain JSON numbers, undefined sent as null', async () => {
    const body = 'function f(a) {\n  return [a, typeof a, undefined];\n}\n';
    const c = only(await runner().run(fn(language, body, 'f', [{ name: 'a', argsJson: '[9223372036854775807]' }])));
    expect(c).toMatchObject({ status: 'ok', valueJson: '[9223372036854776000,"number",null]' });
  });
}
