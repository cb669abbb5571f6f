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
    expect(report.compile).toBeNull();
    expect(only(report)).toMatchObject({ status: 'ok', stdout: '42 80\n', exitCode: 0 });
  });

  it('reports a syntax error as runtime_error with the message on stderr (there is no compile step)', async () => {
    const report = await runner.run(stdio('typescript', 'const x: number = ;\nconsole.log(x);'));
    expect(report.compile).toBeNull();
    const c = only(report);
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 1, stdout: '' });
    expect(c.stderr).toContain('SyntaxError');
  });

  it('reports an uncaught exception as runtime_error with the stack on stderr', async () => {
    const c = only(await runner.run(stdio('typescript', 'const fail = (why: string): never => {\n  throw new Error(why);\n};\nfail("boom");')));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 1 });
    expect(c.stderr).toContain('Error: boom');
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
    const report = await runner.run(fn('typescript', code, 'maxOf', [{ name: 'a', args: [[3, 9, 4]] }, { name: 'b', args: [[-1]] }]));
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

  it('finds an entry exported through module.exports', async () => {
    const code = 'function add(a: number, b: number): number {\n  return a + b;\n}\nmodule.exports = { add };';
    const c = only(await runner.run(fn('typescript', code, 'add', [{ name: 'a', args: [40, 2] }])));
    expect(c).toMatchObject({ status: 'ok', valueJson: '42' });
  });

  it('keeps the other cases when one case loops forever', async () => {
    const code = "import fs from 'node:fs';\nconst x: string = fs.readFileSync(0, 'utf8').trim();\nwhile (x === 'loop') {}\nconsole.log(x.toUpperCase());";
    await expectRunawayIsolated(runner, 'typescript', code);
  });

  it('leaves no container behind', async () => {
    await runner.close();
    expect(await leftovers(docker)).toEqual([]);
  });
});
