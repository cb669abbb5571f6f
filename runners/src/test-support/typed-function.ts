import { parseSignature, type Signature } from '../functions/signature';
import { FUNCTION_TARGETS } from '../functions/targets';
import type { CaseInput, RunJob, RunReport } from '../run/job.schema';
import type { Runner } from '../run/runner';

/**
 * The round trip every typed harness must pass: one parameter of each kind,
 * returned packed into a record. `echo` returns a `Bag` built from its
 * arguments, `sum` being a + b.
 */
export const ROUND_TRIP: Signature = {
  params: [
    { name: 'nested', type: 'int[][]' },
    { name: 'empty', type: 'int[]' },
    { name: 'holes', type: 'int?[]' },
    { name: 'text', type: 'string' },
    { name: 'big', type: 'int' },
    { name: 'small', type: 'int' },
    { name: 'a', type: 'float' },
    { name: 'b', type: 'float' },
    { name: 'whole', type: 'float' },
    { name: 'point', type: 'Point' },
    { name: 'counts', type: 'map<string, int>' },
    { name: 'missing', type: 'Point?' },
    { name: 'flag', type: 'bool' },
  ],
  returns: 'Bag',
  records: {
    Point: { x: 'int', label: 'string?' },
    Bag: {
      nested: 'int[][]',
      empty: 'int[]',
      holes: 'int?[]',
      text: 'string',
      big: 'int',
      small: 'int',
      sum: 'float',
      whole: 'float',
      point: 'Point',
      counts: 'map<string, int>',
      missing: 'Point?',
      flag: 'bool',
    },
  },
};

const UNICODE = 'héllo, 世界 🎉 "q" \\ \n';

/** The arguments as exact JSON text: 2^63−1 and −2^63 would not survive a double; an int may be written 7.0. */
const ROUND_TRIP_ARGS = `[[[1,2],[],[3]],[],[1,null,3],${JSON.stringify(UNICODE)},9223372036854775807,-9223372036854775808,0.1,0.2,2,{"x":7.0,"label":null},{"a":1,"b":-2},null,true]`;

/** The returned Bag, as JSON.parse reads it (the two 64-bit ints rounded: checked as text besides). */
const ROUND_TRIP_VALUE = {
  nested: [[1, 2], [], [3]],
  empty: [],
  holes: [1, null, 3],
  text: UNICODE,
  big: 2 ** 63,
  small: -(2 ** 63),
  sum: 0.30000000000000004,
  whole: 2,
  point: { x: 7, label: null },
  counts: { a: 1, b: -2 },
  missing: null,
  flag: true,
};

/** The exact digits the returned text must carry. */
const EXACT_INTS = ['"big":9223372036854775807', '"small":-9223372036854775808', '"sum":0.30000000000000004'];

/**
 * Runs `echo` (ROUND_TRIP; it prints `{"not": "the value"}`) on one case in
 * a fresh process, then on three in the zygote's forks, and checks every
 * value arrived and came back exactly, with the print kept to stdout.
 */
export async function expectRoundTrip(runner: Runner, language: RunJob['language'], code: string): Promise<void> {
  for (const count of [1, 3]) {
    const report = await runner.run(typed(language, code, 'echo', ROUND_TRIP, [{ name: 'echo', argsJson: ROUND_TRIP_ARGS }], count));
    expect(report.cases).toHaveLength(count);
    for (const c of report.cases) {
      expect(c).toMatchObject({ status: 'ok', stdout: '{"not": "the value"}\n' });
      expect(JSON.parse(c.valueJson!)).toEqual(ROUND_TRIP_VALUE);
      for (const digits of EXACT_INTS) expect(c.valueJson).toContain(digits);
    }
  }
}

/** A typed function-mode job; `count` copies of each case (three or more run in the zygote's forks). */
export function typed(language: RunJob['language'], code: string, entry: string, signature: Signature, cases: CaseInput[], count = 1): RunJob {
  const all = Array.from({ length: count }, (_, i) => cases.map((c) => ({ ...c, name: count > 1 ? `${c.name}#${i}` : c.name }))).flat();
  return { language, mode: 'function', code, entry, signature, cases: all };
}

/**
 * Calls the candidate's `pick(k: int) -> returns` for k = 0 … count − 1
 * (three or more cases: in the zygote's forks) and gives each case's
 * [status, stderr trimmed, valueJson].
 */
export async function picked(runner: Runner, language: RunJob['language'], code: string, count: number, returns: string, records?: Signature['records']): Promise<unknown[][]> {
  const signature: Signature = { params: [{ name: 'k', type: 'int' }], returns, ...(records ? { records } : {}) };
  const cases = Array.from({ length: count }, (_, k) => ({ name: `k${k}`, args: [k] }));
  const report = await runner.run(typed(language, code, 'pick', signature, cases));
  return report.cases.map((c) => [c.status, c.stderr.trim(), c.valueJson]);
}

/**
 * Runs the stub generated for `mergeIntervals(intervals: Interval[], min_gap: int?) -> returns`
 * as it is, on one case: what a candidate who submits the starter untouched gets.
 */
export function runStub(runner: Runner, language: RunJob['language'], entry: string, returns: string): Promise<RunReport> {
  const signature: Signature = {
    params: [
      { name: 'intervals', type: 'Interval[]' },
      { name: 'min_gap', type: 'int?' },
    ],
    returns,
    records: { Interval: { start: 'int', end: 'int' } },
  };
  const stub = FUNCTION_TARGETS[language].stub(entry, parseSignature(signature));
  return runner.run(typed(language, stub, entry, signature, [{ name: 'stub', args: [[{ start: 1, end: 2 }], null] }]));
}
