import type { RunJob } from '../run/job.schema';
import { DOCKER_TIMEOUT_MS, leftovers, only, realRunner } from '../test-support/real-runner';
import { goTarget } from './go';
import { parseSignature, type Signature } from './signature';

jest.setTimeout(DOCKER_TIMEOUT_MS);
const { runner, docker } = realRunner();
afterAll(() => runner.close());

/** A Go function-mode job: code as lines (so a test can name a line), cases as exact argument JSON. */
function goJob(entry: string, signature: Signature, lines: string[], cases: Record<string, string>): RunJob {
  return { language: 'go', mode: 'function', entry, signature, code: lines.join('\n') + '\n', cases: Object.entries(cases).map(([name, argsJson]) => ({ name, argsJson })) };
}

const TWO_SUM: Signature = {
  params: [
    { name: 'nums', type: 'int[]' },
    { name: 'target', type: 'int' },
  ],
  returns: 'int[]',
};
const TWO_SUM_CODE = [
  'package main',
  '',
  'func twoSum(nums []int64, target int64) []int64 {',
  '\tseen := map[int64]int64{}',
  '\tfor i, n := range nums {',
  '\t\tif j, ok := seen[target-n]; ok {',
  '\t\t\treturn []int64{j, int64(i)}',
  '\t\t}',
  '\t\tseen[n] = int64(i)',
  '\t}',
  '\treturn nil',
  '}',
];

// One record holding every kind of type, returned with a few fields computed, so one compile covers them all.
const SAMPLE: Signature = {
  params: [{ name: 'sample', type: 'Sample' }],
  returns: 'Sample',
  records: {
    Inner: { name: 'string' },
    Sample: {
      ints: 'int[][]',
      big: 'int[]',
      ratio: 'float[]',
      sum: 'float',
      flag: 'bool',
      text: 'string',
      maybe: 'int?',
      maybe_words: 'string[]?',
      lookup: 'map<string, int?[]>',
      inner: 'Inner?',
      inners: 'Inner[]',
    },
  },
};

describe('go typed function mode', () => {
  it('decodes and encodes every type of the signature exactly, records and nil slices and maps included', async () => {
    const code = goTarget
      .stub('roundTrip', parseSignature(SAMPLE))
      .replace(
        '\treturn Sample{}',
        [
          '\tif len(sample.Ratio) == 2 {',
          '\t\tsample.Sum = sample.Ratio[0] + sample.Ratio[1]',
          '\t}',
          '\tif sample.Flag {',
          '\t\tsample.Ints, sample.Lookup, sample.Inners = nil, nil, nil',
          '\t}',
          '\treturn sample',
        ].join('\n'),
      );
    const full =
      '{"ints":[[1,2],[],[3]],"big":[9223372036854775807,-9223372036854775808,0],"ratio":[0.1,0.2],"sum":0,"flag":false,"text":"héllo 😀 \\"q\\" <&>\\t\\u00e9","maybe":null,"maybe_words":["a",""],"lookup":{"b":[null,2],"a":[]},"inner":{"name":"ü"},"inners":[{"name":"x"}]}';
    const empty = '{"ints":[[]],"big":[],"ratio":[],"sum":-1.5e-7,"flag":true,"text":"","maybe":-3,"maybe_words":null,"lookup":{"k":[1]},"inner":null,"inners":[]}';
    const report = await runner.run(goJob('roundTrip', SAMPLE, code.split('\n'), { full: `[${full}]`, empty: ` [ ${empty} ] ` }));
    expect(report.compile).toMatchObject({ ok: true });
    expect(report.cases.map((c) => [c.name, c.status, c.valueJson])).toEqual([
      [
        'full',
        'ok',
        '{"ints":[[1,2],[],[3]],"big":[9223372036854775807,-9223372036854775808,0],"ratio":[0.1,0.2],"sum":0.30000000000000004,"flag":false,"text":"héllo 😀 \\"q\\" <&>\\té","maybe":null,"maybe_words":["a",""],"lookup":{"a":[],"b":[null,2]},"inner":{"name":"ü"},"inners":[{"name":"x"}]}',
      ],
      ['empty', 'ok', '{"ints":[],"big":[],"ratio":[],"sum":-1.5e-7,"flag":true,"text":"","maybe":-3,"maybe_words":null,"lookup":{},"inner":null,"inners":[]}'],
    ]);
  });

  it('keeps what the entry prints on stdout out of the returned value', async () => {
    const code = TWO_SUM_CODE.join('\n')
      .replace('package main\n', 'package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n')
      .replace('\tseen :=', '\tfmt.Println("looking for", target)\n\tos.Stdout.WriteString("[9,9]")\n\tseen :=');
    const c = only(await runner.run(goJob('twoSum', TWO_SUM, code.split('\n'), { a: '[[2,7,11,15],9]' })));
    expect(c).toMatchObject({ status: 'ok', valueJson: '[0,1]', stdout: 'looking for 9\n[9,9]' });
  });

  it('refuses an argument of the wrong type with an error naming the argument and the expected type', async () => {
    const report = await runner.run(
      goJob('twoSum', TWO_SUM, TWO_SUM_CODE, {
        fits: '[[3,3],6]',
        text: '[[1,"x"],3]',
        fraction: '[[1,2],1.5]',
        overflow: '[[1],9223372036854775808]',
        missing: '[[1,2]]',
        nil: '[null,1]',
      }),
    );
    const byName = Object.fromEntries(report.cases.map((c) => [c.name, c]));
    expect(byName.fits).toMatchObject({ status: 'ok', valueJson: '[0,1]' });
    expect(byName.text).toMatchObject({ status: 'runtime_error', stderr: expect.stringContaining('argument nums[1]: expected int, got the string "x"') });
    expect(byName.fraction!.stderr).toContain('argument target: expected int, got the number 1.5');
    expect(byName.overflow!.stderr).toContain('argument target: 9223372036854775808 does not fit a 64-bit int');
    expect(byName.missing!.stderr).toContain('expected 2 arguments (nums, target), got 1');
    expect(byName.nil!.stderr).toContain('argument nums: expected int[], got null');
  });

  it('refuses a record with a missing or unknown field', async () => {
    const sig: Signature = { params: [{ name: 'p', type: 'Point' }], returns: 'int', records: { Point: { x: 'int', y: 'int' } } };
    const code = ['package main', '', 'type Point struct {', '\tX int64 `json:"x"`', '\tY int64 `json:"y"`', '}', '', 'func sum(p Point) int64 {', '\treturn p.X + p.Y', '}'];
    const report = await runner.run(goJob('sum', sig, code, { ok: '[{"y":2,"x":40}]', missing: '[{"x":1}]', unknown: '[{"x":1,"y":2,"z":3}]', upper: '[{"X":1,"Y":2}]' }));
    expect(report.cases.map((c) => [c.name, c.status, c.valueJson])).toEqual([
      ['ok', 'ok', '42'],
      ['missing', 'runtime_error', undefined],
      ['unknown', 'runtime_error', undefined],
      ['upper', 'runtime_error', undefined],
    ]);
    expect(report.cases[1]!.stderr).toContain('argument p: Point needs its field y');
    expect(report.cases[2]!.stderr).toContain('argument p.z: Point has no field "z"');
  });

  it('reports a non-finite float result as a runtime error naming the float', async () => {
    const sig: Signature = {
      params: [
        { name: 'a', type: 'float' },
        { name: 'b', type: 'float' },
      ],
      returns: 'float[]',
    };
    const code = ['package main', '', 'func ratio(a float64, b float64) []float64 {', '\treturn []float64{1, a / b}', '}'];
    const report = await runner.run(goJob('ratio', sig, code, { half: '[1,2]', nan: '[0,0]', inf: '[1,0]' }));
    expect(report.cases.map((c) => [c.status, c.valueJson])).toEqual([
      ['ok', '[1,0.5]'],
      ['runtime_error', undefined],
      ['runtime_error', undefined],
    ]);
    expect(report.cases[1]!.stderr).toContain('the returned value[1]: NaN cannot be sent as a float');
    expect(report.cases[2]!.stderr).toContain('the returned value[1]: +Inf cannot be sent as a float');
  });

  it("shows a compile error at the candidate's own line", async () => {
    const code = ['package main', '', 'func twoSum(nums []int64, target int64) []int64 {', '\tunused := 1', '\treturn nums', '}'];
    const report = await runner.run(goJob('twoSum', TWO_SUM, code, { a: '[[1],1]' }));
    expect(report.compile?.ok).toBe(false);
    expect(report.compile?.output).toMatch(/main\.go:4:2: unused declared but not used/);
    expect(report.cases).toEqual([]);
  });

  it('explains a func main left in main.go, and an entry declared with other types', async () => {
    const withMain = [...TWO_SUM_CODE, '', 'func main() {', '}'];
    const first = await runner.run(goJob('twoSum', TWO_SUM, withMain, { a: '[[1],1]' }));
    expect(first.compile?.ok).toBe(false);
    expect(first.compile?.output).toContain('main.go:14:6: other declaration of main');
    expect(first.compile?.output).toContain('[assay] In function mode main.go has no func main');
    const wrongTypes = TWO_SUM_CODE.map((line) => line.replaceAll('int64', 'int'));
    const second = await runner.run(goJob('twoSum', TWO_SUM, wrongTypes, { a: '[[1],1]' }));
    expect(second.compile?.ok).toBe(false);
    expect(second.compile?.output).toContain('  func twoSum(nums []int64, target int64) []int64');
  });

  it("shows a panic at the candidate's own line", async () => {
    const code = ['package main', '', 'func twoSum(nums []int64, target int64) []int64 {', '\treturn []int64{nums[target]}', '}'];
    const c = only(await runner.run(goJob('twoSum', TWO_SUM, code, { a: '[[1],5]' })));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 2 });
    expect(c.stderr).toContain('index out of range [5] with length 1');
    expect(c.stderr).toMatch(/\/main\.go:4\b/);
  });

  it('compiles the generated stub as it is, which returns the zero value', async () => {
    const sig: Signature = {
      params: [
        { name: 'type', type: 'Interval[]' },
        { name: 'max_gap', type: 'map<string, float?>' },
      ],
      returns: 'Interval[]',
      records: { Interval: { start: 'int', end_time: 'int' } },
    };
    const stub = goTarget.stub('mergeIntervals', parseSignature(sig));
    const report = await runner.run(goJob('mergeIntervals', sig, stub.split('\n'), { a: '[[{"start":1,"end_time":2}],{"x":null}]' }));
    expect(report.compile).toMatchObject({ ok: true });
    expect(only(report)).toMatchObject({ status: 'ok', valueJson: '[]' });
  });

  it('leaves no container behind', async () => {
    await runner.close();
    expect(await leftovers(docker)).toEqual([]);
  });
});
