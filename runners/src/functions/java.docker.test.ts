import type { RunJob } from '../run/job.schema';
import { DOCKER_TIMEOUT_MS, leftovers, only, realRunner } from '../test-support/real-runner';
import { javaTarget } from './java';
import { parseSignature, type Signature } from './signature';

jest.setTimeout(DOCKER_TIMEOUT_MS);
const { runner, docker } = realRunner();
afterAll(() => runner.close());

/** Time per case: a JVM starts in each, and the suites check verdicts on a shared machine, not speed. */
const JAVA_CASE_MS = 10_000;

/** A typed function-mode Java job: one case per argsJson text. */
function job(code: string, entry: string, signature: Signature, args: string[]): RunJob {
  const cases = args.map((argsJson, i) => ({ name: `c${i}`, argsJson }));
  return { language: 'java', mode: 'function', code, entry, signature, cases, limits: { timeMs: JAVA_CASE_MS } };
}

const EVERY_TYPE: Signature = {
  params: [
    { name: 'count', type: 'int' },
    { name: 'ratio', type: 'float' },
    { name: 'flag', type: 'bool' },
    { name: 'word', type: 'string' },
    { name: 'grid', type: 'int[][]' },
    { name: 'maybe', type: 'int?[]' },
    { name: 'note', type: 'string?' },
    { name: 'scores', type: 'map<string, float>' },
    { name: 'spans', type: 'Span[]' },
    { name: 'rows', type: 'map<string, int>[]' },
  ],
  returns: 'Everything',
  records: {
    Span: { start: 'int', end: 'int' },
    Everything: {
      count: 'int',
      ratio: 'float',
      flag: 'bool',
      word: 'string',
      grid: 'int[][]',
      maybe: 'int?[]',
      note: 'string?',
      scores: 'map<string, float>',
      spans: 'Span[]',
      rows: 'map<string, int>[]',
    },
  },
};

// The candidate's file: the records (as the stub declares them) and a Solution building the result from every argument.
const EVERY_TYPE_CODE = `import java.util.*;

class Span {
  public long start;
  public long end;
  public Span() {}
}

class Everything {
  public long count; public double ratio; public boolean flag; public String word; public long[][] grid;
  public Long[] maybe; public String note; public Map<String, Double> scores; public Span[] spans; public Map<String, Long>[] rows;
}

class Solution {
  public Everything echo(long count, double ratio, boolean flag, String word, long[][] grid, Long[] maybe, String note, Map<String, Double> scores, Span[] spans, Map<String, Long>[] rows) {
    Everything e = new Everything();
    e.count = count; e.ratio = ratio; e.flag = flag; e.word = word; e.grid = grid;
    e.maybe = maybe; e.note = note; e.scores = scores; e.spans = spans; e.rows = rows;
    return e;
  }
}
`;

describe('java typed function mode', () => {
  it('decodes every type to its Java type and encodes it back exactly', async () => {
    const cases = [
      // 2^63-1 and -2^63 stay exact; nested and empty arrays; nulls; unicode beyond the BMP and U+0000; records and maps
      [
        '[9223372036854775807, 0.5, true, "h\\u00e9 \\ud83d\\ude00 \\u0000 \\"q\\"", [[1, 2], [], [-3]], [null, -9223372036854775808], null, {"a": 1.5, "": -2}, [{"start": 1, "end": 2}], [{"x": 1}, {}]]',
        '{"count":9223372036854775807,"ratio":0.5,"flag":true,"word":"hé 😀 \\u0000 \\"q\\"","grid":[[1,2],[],[-3]],"maybe":[null,-9223372036854775808],"note":null,"scores":{"a":1.5,"":-2.0},"spans":[{"start":1,"end":2}],"rows":[{"x":1},{}]}',
      ],
      [
        '[-9223372036854775808, 1e300, false, "", [], [], "note", {}, [], []]',
        '{"count":-9223372036854775808,"ratio":1e+300,"flag":false,"word":"","grid":[],"maybe":[],"note":"note","scores":{},"spans":[],"rows":[]}',
      ],
    ];
    const report = await runner.run(
      job(
        EVERY_TYPE_CODE,
        'echo',
        EVERY_TYPE,
        cases.map(([args]) => args!),
      ),
    );
    expect(report.compile).toMatchObject({ ok: true });
    expect(report.cases.map((c) => [c.status, c.valueJson])).toEqual(cases.map(([, value]) => ['ok', value]));
  });

  it('writes floats as the shortest text that reads back as the same double: 0.1 + 0.2', async () => {
    const sig: Signature = { params: [{ name: 'xs', type: 'float[]' }], returns: 'float[]' };
    const code = 'class Solution {\n  public double[] sums(double[] xs) {\n    return new double[] {xs[0] + xs[1], xs[0] * 3, 1.0 / 3, 5e-324, -0.0, 100, 1e21, 2.5e-7};\n  }\n}\n';
    const c = only(await runner.run(job(code, 'sums', sig, ['[[0.1, 0.2]]'])));
    expect(c.valueJson).toBe('[0.30000000000000004,0.30000000000000004,0.3333333333333333,5e-324,-0.0,100.0,1e+21,2.5e-7]');
  });

  it('reports null returned where the type has none as runtime_error naming the expected type', async () => {
    const sig: Signature = { params: [{ name: 'n', type: 'int' }], returns: 'string[][]' };
    const code = 'class Solution {\n  public String[][] grid(long n) {\n    return n == 0 ? null : new String[][] {{"a"}, {"b", null}};\n  }\n}\n';
    const report = await runner.run(job(code, 'grid', sig, ['[0]', '[1]']));
    expect(report.cases.map((c) => [c.status, c.valueJson])).toEqual([
      ['runtime_error', undefined],
      ['runtime_error', undefined],
    ]);
    expect(report.cases[0]!.stderr).toContain('grid must return string[][]: result: expected string[][], got null');
    expect(report.cases[1]!.stderr).toContain('result[1][1]: expected string, got null');
  });

  it('refuses NaN as a returned float with a runtime_error', async () => {
    const sig: Signature = { params: [], returns: 'float' };
    const c = only(await runner.run(job('class Solution {\n  public double nan() {\n    return 0.0 / 0;\n  }\n}\n', 'nan', sig, ['[]'])));
    expect(c.status).toBe('runtime_error');
    expect(c.stderr).toContain('NaN cannot be returned');
  });

  it('keeps what the entry prints on stdout and out of the returned value', async () => {
    const sig: Signature = { params: [{ name: 'nums', type: 'int[]' }], returns: 'int' };
    const code =
      'class Solution {\n  public long total(long[] nums) {\n    System.out.println("debug");\n    System.out.print("[1, 2]");\n    long t = 0;\n    for (long n : nums) t += n;\n    return t;\n  }\n}\n';
    const c = only(await runner.run(job(code, 'total', sig, ['[[40, 2]]'])));
    expect(c).toMatchObject({ status: 'ok', valueJson: '42', stdout: 'debug\n[1, 2]' });
  });

  it("names the candidate's own file and line in a compile error", async () => {
    const sig: Signature = { params: [{ name: 'n', type: 'int' }], returns: 'int' };
    const code = 'class Solution {\n  public long twice(long n) {\n    long x = n * 2;\n    return y;\n  }\n}\n';
    const report = await runner.run(job(code, 'twice', sig, ['[1]']));
    expect(report.compile?.ok).toBe(false);
    expect(report.compile?.output).toContain('Solution.java:4: error: cannot find symbol');
    expect(report.cases).toEqual([]);
  });

  it("shows a thrown exception's stack trace at the candidate's own lines, without the driver's frames", async () => {
    const sig: Signature = { params: [{ name: 'n', type: 'int' }], returns: 'int' };
    const code = 'class Solution {\n  public long down(long n) {\n    if (n == 0) throw new IllegalStateException("bottom");\n    return down(n - 1);\n  }\n}\n';
    const c = only(await runner.run(job(code, 'down', sig, ['[2]'])));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 1 });
    expect(c.stderr).toContain('Exception in thread "main" java.lang.IllegalStateException: bottom\n\tat Solution.down(Solution.java:3)\n\tat Solution.down(Solution.java:4)');
    expect(c.stderr).not.toContain('AssayMain');
  });

  it('compiles and runs the generated stub as it is', async () => {
    const sig: Signature = {
      params: [
        { name: 'intervals', type: 'Interval[]' },
        { name: 'min_gap', type: 'int' },
        { name: 'labels', type: 'map<string, string?>' },
        { name: 'default', type: 'float?' },
      ],
      returns: 'Interval[]',
      records: { Interval: { start: 'int', end: 'int', label: 'string?' } },
    };
    const stub = javaTarget.stub('mergeIntervals', parseSignature(sig));
    expect(stub).toContain('public Interval[] mergeIntervals(Interval[] intervals, long minGap, Map<String, String> labels, Double default_)');
    const report = await runner.run(job(stub, 'mergeIntervals', sig, ['[[{"start": 1, "end": 3, "label": null}], 2, {"a": "b"}, null]']));
    expect(report.compile).toMatchObject({ ok: true });
    expect(only(report)).toMatchObject({ status: 'ok', valueJson: '[]' });
  });

  it("maps the case runtime's class-data-sharing archive in each case's JVM (the JVM runs without it, silently, when it does not match)", async () => {
    const sig: Signature = { params: [], returns: 'string' };
    const code = 'class Solution {\n  public String info() {\n    return System.getProperty("java.vm.info");\n  }\n}\n';
    const c = only(await runner.run(job(code, 'info', sig, ['[]'])));
    expect(c.valueJson).toMatch(/sharing/);
  });

  it('leaves no container behind', async () => {
    await runner.close();
    expect(await leftovers(docker)).toEqual([]);
  });
});
