import { DOCKER_TIMEOUT_MS, expectRunawayIsolated, fn, leftovers, only, realRunner, stdio } from '../test-support/real-runner';

jest.setTimeout(DOCKER_TIMEOUT_MS);
const { runner, docker } = realRunner();
afterAll(() => runner.close());

describe('typescript sandbox', () => {
  it('runs a typed stdio program (enum, interface, generics) and returns its stdout', async () => {
    const code = [
      "import fs from 'node:fs';",
      'enum Op { Add, Mul }',
      'interface Pair<T> { a: T; b: T }',
      'const apply = <T extends number>(op: Op, p: Pair<T>): number => (op === Op.Add ? p.a + p.b : p.a * p.b);',
      "const [a, b] = fs.readFileSync(0, 'utf8').trim().split(' ').map(Number);",
      'console.log(apply(Op.Add, { a, b }), apply(Op.Mul, { a, b }));',
    ].join('\n');
    const report = await runner.run(stdio('typescript', code, '2 40\n'));
    expect(report.compile).toMatchObject({ ok: true, output: '' });
    expect(only(report)).toMatchObject({ status: 'ok', stdout: '42 80\n', exitCode: 0 });
  });

  it('removes the types once, in the compile step: each case runs the plain JavaScript', async () => {
    const code = "function argv(): string {\n  return require('fs').readFileSync('/proc/self/cmdline', 'utf8').split('\\0').join(' ');\n}";
    const report = await runner.run(
      fn('typescript', code, 'argv', [
        { name: 'a', args: [] },
        { name: 'b', args: [] },
      ]),
    );
    expect(report.compile?.ok).toBe(true);
    for (const c of report.cases) {
      expect(c.status).toBe('ok');
      expect(c.valueJson).toMatch(/ main\.js /);
      expect(c.valueJson).not.toMatch(/types|main\.ts/);
    }
  });

  it.each([
    ['a type-syntax error', 'const x: number = ;\nconsole.log(x);', 'main.ts:1:19: error: Expression expected'],
    ['a JavaScript syntax error', 'let a: number = 1;\nlet a = 2;', "main.ts:2:5: error: SyntaxError: Identifier 'a' has already been declared"],
    [
      'a syntax error in an ES module',
      "import fs from 'node:fs';\nexport const n: number = 1;\nlet n = 2;",
      "main.ts:3:5: error: SyntaxError: Identifier 'n' has already been declared",
    ],
    [
      'a syntax error next to an enum (rewritten code, mapped back)',
      'enum Op { Add }\nlet a: Op = Op.Add;\nlet a = 2;',
      "main.ts:3:5: error: SyntaxError: Identifier 'a' has already been declared",
    ],
  ])('reports %s as a failed compile naming main.ts:line:column, and runs no case', async (_what, code, message) => {
    for (const job of [stdio('typescript', code), fn('typescript', code, 'f', [{ name: 'a', args: [] }])]) {
      const report = await runner.run(job);
      expect(report.compile).toMatchObject({ ok: false });
      expect(report.compile?.output).toContain(message);
      expect(report.cases).toEqual([]);
    }
  });

  it('erases types without checking them, as Node does: a type mismatch runs', async () => {
    const c = only(
      await runner.run(stdio('typescript', 'const n: number = "text" as any as number;\nconst s: string = 42 as unknown as string;\nconsole.log(typeof n, typeof s);')),
    );
    expect(c).toMatchObject({ status: 'ok', stdout: 'string number\n' });
  });

  it('reports an uncaught exception as runtime_error with the stack on stderr, at its line in main.ts', async () => {
    const c = only(await runner.run(stdio('typescript', 'const fail = (why: string): never => {\n  throw new Error(why);\n};\nfail("boom");')));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 1 });
    expect(c.stderr).toContain('Error: boom');
    expect(c.stderr).toContain('/tmp/box/main.ts:2:');
  });

  it('maps stack traces back to main.ts when an enum made the compiler rewrite the code', async () => {
    const code = 'enum Op {\n  Add,\n  Mul,\n}\nfunction f(op: Op): number {\n  throw new Error("op " + op);\n}\nf(Op.Mul);';
    const c = only(await runner.run(stdio('typescript', code)));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 1 });
    expect(c.stderr).toContain('Error: op 1');
    expect(c.stderr).toContain('/tmp/box/main.ts:6:');
  });

  it('stops an endless loop with time_limit', async () => {
    const c = only(await runner.run(stdio('typescript', 'let n: number = 0;\nfor (;;) n++;', '', { timeMs: 500 })));
    expect(c.status).toBe('time_limit');
  });

  it('reports a heap bomb at the default limits as memory_limit, not a V8 crash', async () => {
    const c = only(await runner.run(stdio('typescript', 'const keep: number[][] = [];\nfor (;;) keep.push(new Array(1 << 17).fill(1.5));', '', { timeMs: 5_000 })));
    expect(c.status).toBe('memory_limit');
  });

  it('stops a program that floods stdout with output_limit', async () => {
    const c = only(await runner.run(stdio('typescript', 'const line: string = "y".repeat(4096);\nfor (;;) console.log(line);', '', { stdoutBytes: 8192 })));
    expect(c.status).toBe('output_limit');
    expect(c.stdout.length).toBeLessThanOrEqual(8192);
  });

  it('calls a typed plain function with JSON args and returns its value', async () => {
    const code = 'function maxOf(xs: number[]): number {\n  return Math.max(...xs);\n}';
    const report = await runner.run(
      fn('typescript', code, 'maxOf', [
        { name: 'a', args: [[3, 9, 4]] },
        { name: 'b', args: [[-1]] },
      ]),
    );
    expect(report.cases.map((c) => [c.status, c.valueJson])).toEqual([
      ['ok', '9'],
      ['ok', '-1'],
    ]);
  });

  it('awaits a function that returns a Promise', async () => {
    const code = 'async function later(x: number): Promise<{ doubled: number }> {\n  await new Promise((r) => setTimeout(r, 20));\n  return { doubled: x * 2 };\n}';
    const c = only(await runner.run(fn('typescript', code, 'later', [{ name: 'a', args: [21] }])));
    expect(c).toMatchObject({ status: 'ok', valueJson: '{"doubled":42}' });
  });

  it('finds an entry declared with export function', async () => {
    const c = only(await runner.run(fn('typescript', 'export function add(a: number, b: number): number {\n  return a + b;\n}', 'add', [{ name: 'a', args: [40, 2] }])));
    expect(c).toMatchObject({ status: 'ok', valueJson: '42' });
  });

  it('calls an entry of an ES module with top-level await, running the module once', async () => {
    const code = 'const base: number = await Promise.resolve(40);\nconsole.log("loaded");\nexport function add(x: number): number {\n  return base + x;\n}';
    const c = only(await runner.run(fn('typescript', code, 'add', [{ name: 'a', args: [2] }])));
    expect(c).toMatchObject({ status: 'ok', valueJson: '42', stdout: 'loaded\n' });
  });

  it('finds an entry exported through module.exports', async () => {
    const code = 'function add(a: number, b: number): number {\n  return a + b;\n}\nmodule.exports = { add };';
    const c = only(await runner.run(fn('typescript', code, 'add', [{ name: 'a', args: [40, 2] }])));
    expect(c).toMatchObject({ status: 'ok', valueJson: '42' });
  });

  it('keeps the other cases when one case loops forever', async () => {
    const code = "import fs from 'node:fs';\nconst x: string = fs.readFileSync(0, 'utf8').trim();\nwhile (x === 'loop') {}\nconsole.log(x.toUpperCase());";
    await expectRunawayIsolated(runner, 'typescript', code, 2_000); // a Node start-up alone can pass 500 ms on a loaded machine
  });

  it('zygote: forks each of three or more cases from a warm node, running the compiled main.js with stacks in main.ts', async () => {
    const code = [
      "import fs from 'node:fs';",
      'const word: string = fs.readFileSync(0, "utf8").trim();',
      'if (word === "throw") {',
      '  throw new Error("typed " + word);',
      '}',
      'console.log(word.toUpperCase(), process.ppid !== 1);',
    ].join('\n');
    const report = await runner.run({ ...stdio('typescript', code), cases: ['a', 'throw', 'b'].map((w) => ({ name: w, stdin: w })) });
    expect(report.cases.map((c) => [c.status, c.stdout])).toEqual([
      ['ok', 'A true\n'],
      ['runtime_error', ''],
      ['ok', 'B true\n'],
    ]);
    expect(report.cases[1]!.stderr).toContain('Error: typed throw');
    expect(report.cases[1]!.stderr).toContain('/tmp/box/main.ts:4:');
    expect(report).toMatchObject({ containers: 1, compiles: 1 });
  });

  it('zygote: calls the entry function in each forked case', async () => {
    const code = 'function twice(x: number): [number, boolean] {\n  return [x * 2, process.ppid !== 1];\n}';
    const report = await runner.run(
      fn(
        'typescript',
        code,
        'twice',
        [1, 2, 3].map((x) => ({ name: `c${x}`, args: [x] })),
      ),
    );
    expect(report.cases.map((c) => [c.status, c.valueJson])).toEqual([
      ['ok', '[2,true]'],
      ['ok', '[4,true]'],
      ['ok', '[6,true]'],
    ]);
  });

  it('leaves no container behind', async () => {
    await runner.close();
    expect(await leftovers(docker)).toEqual([]);
  });
});
