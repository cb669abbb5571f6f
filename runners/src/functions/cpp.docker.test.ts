import fs from 'node:fs';
import path from 'node:path';
import type { RunJob, RunReport } from '../run/job.schema';
import { DOCKER_TIMEOUT_MS, leftovers, only, realRunner } from '../test-support/real-runner';
import { cppTarget } from './cpp';
import { parseSignature, type Signature } from './signature';

const { runner, docker } = realRunner();
afterAll(() => runner.close());

/** Compile time allowed, ms: these suites share a loaded machine, and they check verdicts, not speed. */
const LIMITS = { compileTimeMs: 60_000 };
// Longer than the compile limit: a slow compile then fails its test rather than timing out jest with its container still running.
jest.setTimeout(2 * DOCKER_TIMEOUT_MS);

/** A typed function-mode job, each case given as the exact JSON text of its argument array. */
function typed(code: string, entry: string, signature: Signature, cases: Record<string, string>): RunJob {
  const list = Object.entries(cases).map(([name, argsJson]) => ({ name, argsJson }));
  return { language: 'cpp', mode: 'function', code, entry, signature, cases: list, limits: LIMITS };
}

const results = (report: RunReport) => Object.fromEntries(report.cases.map((c) => [c.name, c.status === 'ok' ? c.valueJson : `${c.status}: ${c.stderr.trim()}`]));

/** Every type of the type language, in and back out through a record. */
const EVERY_TYPE: Signature = {
  params: [
    { name: 'ints', type: 'int[][]' },
    { name: 'real', type: 'float' },
    { name: 'flags', type: 'bool?[]' },
    { name: 'text', type: 'string' },
    { name: 'counts', type: 'map<string, int?>' },
    { name: 'spans', type: 'Interval[]' },
    { name: 'maybe_floats', type: 'float[]?' },
  ],
  returns: 'Echo',
  records: {
    Interval: { start: 'int', end: 'int' },
    Echo: { ints: 'int[][]', real: 'float', flags: 'bool?[]', text: 'string', counts: 'map<string, int?>', spans: 'Interval[]', maybe: 'float[]?' },
  },
};
const stub = cppTarget.stub('echoAll', parseSignature(EVERY_TYPE));

describe('cpp typed function mode', () => {
  describe('a function taking and returning every type', () => {
    let report: RunReport;
    beforeAll(async () => {
      const code = stub.replace('return {};', 'return {ints, real, flags, text, counts, spans, maybeFloats};');
      report = await runner.run(
        typed(code, 'echoAll', EVERY_TYPE, {
          edges: String.raw`[[[9223372036854775807, -9223372036854775808], [], [0]], 0.30000000000000004, [true, null, false], "héllo \"q\" \\ \n\t 😀 \u0001", {"b": null, "a": -1}, [{"end": 2, "start": 1}], null]`,
          empties: '[[], 0, [], "", {}, [], []]',
          escapes: String.raw`[[[1e3, 2.0]], 1e-400, [], "\ud83d\ude00\u00e9\/", {}, [], [1e21, 1e-7, 100000, -0.0]]`,
          notAnInt: '[[[1.5]], 0, [], "", {}, [], null]',
          tooBig: '[[[9223372036854775808]], 0, [], "", {}, [], null]',
          wrongType: '[[], 0, [], 7, {}, [], null]',
          missingField: '[[], 0, [], "", {}, [{"start": 1}], null]',
          extraField: '[[], 0, [], "", {}, [{"start": 1, "end": 2, "step": 3}], null]',
          loneSurrogate: String.raw`[[], 0, [], "\ud800", {}, [], null]`,
          tooFewArgs: '[[], 0]',
        }),
      );
    });

    it('compiles the stub with its body filled in', () => {
      expect(report.compile).toMatchObject({ ok: true });
    });

    it('round-trips 64-bit int limits, nested and empty arrays, nulls, unicode, maps and records', () => {
      expect(results(report)).toMatchObject({
        edges: String.raw`{"ints":[[9223372036854775807,-9223372036854775808],[],[0]],"real":0.30000000000000004,"flags":[true,null,false],"text":"héllo \"q\" \\ \n\t 😀 \u0001","counts":{"a":-1,"b":null},"spans":[{"start":1,"end":2}],"maybe":null}`,
        empties: '{"ints":[],"real":0,"flags":[],"text":"","counts":{},"spans":[],"maybe":[]}',
        escapes: '{"ints":[[1000,2]],"real":0,"flags":[],"text":"😀é/","counts":{},"spans":[],"maybe":[1e+21,1e-07,100000,-0]}',
      });
    });

    it('refuses an argument that does not fit its type, naming the argument, the place and the type', () => {
      expect(results(report)).toMatchObject({
        notAnInt: 'runtime_error: assay: argument ints (int[][]) at [0][0]: expected int, got the number 1.5',
        tooBig: 'runtime_error: assay: argument ints (int[][]) at [0][0]: 9223372036854775808 does not fit a 64-bit int',
        wrongType: 'runtime_error: assay: argument text (string): expected string, got the number 7',
        missingField: 'runtime_error: assay: argument spans (Interval[]) at [0]: Interval needs its field end',
        extraField: 'runtime_error: assay: argument spans (Interval[]) at [0]: Interval has no field step',
        tooFewArgs: 'runtime_error: assay: argument flags (bool?[]): not given (the parameters are ints, real, flags, text, counts, spans, maybeFloats)',
      });
      expect(results(report).loneSurrogate).toMatch(/^runtime_error: assay: argument text \(string\): invalid JSON at byte \d+: a lone UTF-16 surrogate/);
    });
  });

  describe('a function that prints, returns a nullable float and keeps a main() of its own', () => {
    let report: RunReport;
    beforeAll(async () => {
      const code = [
        '#include <iostream>',
        '#include <optional>',
        '#include <vector>',
        'std::optional<double> total(std::vector<double> values) {',
        '    std::cout << "[1, 2, 3] counting " << values.size() << std::endl;',
        '    if (values.empty()) return std::nullopt;',
        '    double sum = 0;',
        '    for (double v : values) sum += v;',
        '    return sum;',
        '}',
        'int main() {',
        '    std::cout << "the candidate main ran\\n";',
        '    return 1;',
        '}',
        '',
      ].join('\n');
      const signature = { params: [{ name: 'values', type: 'float[]' }], returns: 'float?' };
      report = await runner.run(typed(code, 'total', signature, { sum: '[[0.1, 0.2]]', empty: '[[]]', overflow: '[[1e308, 1e308]]' }));
    });

    it('writes 0.1 + 0.2 as the shortest text that reads back the same double', () => {
      expect(report.cases[0]).toMatchObject({ status: 'ok', valueJson: '0.30000000000000004' });
    });

    it('keeps what the function prints on stdout, out of the value', () => {
      expect(report.cases[0]!.stdout).toBe('[1, 2, 3] counting 2\n');
    });

    it('returns an empty optional as null', () => {
      expect(report.cases[1]).toMatchObject({ status: 'ok', valueJson: 'null' });
    });

    it('reports an infinite result as a runtime error naming the return type', () => {
      expect(report.cases[2]).toMatchObject({ status: 'runtime_error', exitCode: 1 });
      expect(report.cases[2]!.stderr).toContain('assay: the returned value (float?): expected float, got Infinity, which JSON cannot carry');
    });

    it("never calls the candidate's own main", () => {
      expect(report.cases.map((c) => c.stdout)).not.toContain('the candidate main ran\n');
    });
  });

  it("reports a compile error at the candidate's own line of main.cpp", async () => {
    const code = '#include <vector>\nlong long twice(long long n) {\n    return n * undeclaredFactor;\n}\n';
    const report = await runner.run(typed(code, 'twice', { params: [{ name: 'n', type: 'int' }], returns: 'int' }, { one: '[1]' }));
    expect(report.compile?.ok).toBe(false);
    expect(report.compile?.output).toMatch(/^main\.cpp:3:\d+: error: .undeclaredFactor. was not declared/m);
    expect(report.cases).toEqual([]);
  });

  it('says which parameters the entry must take when its parameter types differ from the signature', async () => {
    const code = '#include <vector>\nint count(std::vector<int>& xs) {\n    return xs.size();\n}\n';
    const report = await runner.run(typed(code, 'count', { params: [{ name: 'xs', type: 'int[]' }], returns: 'int' }, { one: '[[1]]' }));
    expect(report.compile?.ok).toBe(false);
    expect(report.compile?.output).toContain("main.cpp must define count(std::vector<long long> xs), the signature's (int[] xs) -> int");
  });

  it('says what the entry must return when its return type does not convert to the signature', async () => {
    const code = '#include <string>\nstd::string label(long long n) {\n    return std::to_string(n);\n}\n';
    const report = await runner.run(typed(code, 'label', { params: [{ name: 'n', type: 'int' }], returns: 'int[]' }, { one: '[1]' }));
    expect(report.compile?.ok).toBe(false);
    expect(report.compile?.output).toContain("label must return std::vector<long long> (the signature's int[])");
  });

  it('runs the generated stub as it is, returning the empty value', async () => {
    const c = only(await runner.run(typed(stub, 'echoAll', EVERY_TYPE, { zero: '[[], 0, [], "", {}, [], null]' })));
    expect(c).toMatchObject({ status: 'ok', valueJson: '{"ints":[],"real":0,"flags":[],"text":"","counts":{},"spans":[],"maybe":null}' });
  });
});

describe('the C++ JSON codec on its own (assay_json.hpp)', () => {
  const code = fs.readFileSync(path.join(__dirname, '__fixtures__', 'json-codec.cpp'), 'utf8');
  const table: [type: string, json: string, result: string][] = [
    ['int', '9223372036854775807', 'ok 9223372036854775807'],
    ['int', '-9223372036854775808', 'ok -9223372036854775808'],
    ['int', '9223372036854775808', 'error 9223372036854775808 does not fit a 64-bit int'],
    ['int', '-9223372036854775809', 'error -9223372036854775809 does not fit a 64-bit int'],
    ['int', '1e400', 'error 1e400 does not fit a 64-bit int'],
    ['int', '1E3', 'ok 1000'],
    ['int', '-2.000', 'ok -2'],
    ['int', '1.5', 'error expected int, got the number 1.5'],
    ['int', '"1"', 'error expected int, got the string "1"'],
    ['int', '01', 'error invalid JSON at byte 2: a number has no leading zeros'],
    ['int', '1 2', 'error invalid JSON at byte 2: unexpected text after the value'],
    ['float', '0.1', 'ok 0.1'],
    ['float', '-2.5E-3', 'ok -0.0025'],
    ['float', '1e-400', 'ok 0'],
    ['float', '1e400', 'error 1e400 does not fit a float (a double)'],
    ['float', '123456789012345678', 'ok 123456789012345680'],
    ['float', '.5', "error expected float, got the character '.' (not JSON)"],
    ['float', 'NaN', "error expected float, got the character 'N' (not JSON)"],
    ['bool[]', '[true, false]', 'ok [true,false]'],
    ['bool[]', '[tru]', 'error at [0]: invalid JSON at byte 1: expected true, false or null'],
    ['string', String.raw`"\ud83d\ude00 \u00e9\u4e2d"`, 'ok "😀 é中"'],
    ['string', String.raw`"a\"b\\c\/d\b\f\n\r\t\u0000\u001f"`, String.raw`ok "a\"b\\c/d\b\f\n\r\t\u0000\u001f"`],
    ['string', String.raw`"\udc00\ud800"`, 'error invalid JSON at byte 7: a lone UTF-16 surrogate is not a character'],
    ['string', '"a\tb"', 'error invalid JSON at byte 3: a control character inside a string must be escaped'],
    ['string', '"abc', 'error invalid JSON at byte 4: a string is not closed'],
    ['int[][]', ' [ [1, 2] , [] , [ ] ] ', 'ok [[1,2],[],[]]'],
    ['int[][]', '[]', 'ok []'],
    ['int[][]', '[[1],[2,"x"]]', 'error at [1][1]: expected int, got the string "x"'],
    ['int[][]', '[1]', 'error at [0]: expected int[], got the number 1'],
    ['int[][]', '[[1,]]', 'error at [0][1]: invalid JSON at byte 4: a value is missing'],
    ['int[][]', 'null', 'error expected int[][], got null'],
    ['string?[]', '[null, "a", null]', 'ok [null,"a",null]'],
    ['string?[]', '[1]', 'error at [0]: expected string, got the number 1'],
    ['map<string, float>', '{"b": 1.5, "a": 2, "b": 3}', 'ok {"a":2,"b":3}'],
    ['map<string, float>', '{"a": null}', 'error at ["a"]: expected float, got null'],
    ['map<string, float>', '{1: 2}', 'error invalid JSON at byte 1: expected a member name in quotes'],
    ['write-float', '', 'ok [0.30000000000000004,1e-07,100000,1e+21,-0,5e-324,1.7976931348623157e+308]'],
    ['write-nan', '', 'error at [1]: expected float, got NaN, which JSON cannot carry'],
    ['write-inf', '', 'error at [0]: expected float, got -Infinity, which JSON cannot carry'],
    ['write-bad-utf8', '', 'error expected string, got bytes that are not UTF-8 (byte 1 of the string)'],
  ];
  let report: RunReport;
  let outputs: string[];
  beforeAll(async () => {
    const signature = {
      params: [
        { name: 'type', type: 'string' },
        { name: 'json', type: 'string' },
      ],
      returns: 'string',
    };
    const cases = Object.fromEntries(table.map(([type, json], i) => [`${i}`, JSON.stringify([type, json])]));
    report = await runner.run(typed(code, 'codec', signature, cases));
    outputs = report.cases.map((c) => (c.status === 'ok' ? (JSON.parse(c.valueJson!) as string) : `${c.status}: ${c.stderr}`));
  });

  it('compiles against the codec in the image', () => {
    expect(report.compile).toMatchObject({ ok: true, output: '' });
  });

  it.each(table.map((row, i) => [...row, i] as const))('%s %s → %s', (_type, _json, result, i) => {
    expect(outputs[i]).toBe(result);
  });
});

it('leaves no container behind', async () => {
  await runner.close();
  expect(await leftovers(docker)).toEqual([]);
});
