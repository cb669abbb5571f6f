import fs from 'node:fs';
import path from 'node:path';
import { DOCKER_TIMEOUT_MS, TEST_RUNTIME, expectRunawayIsolated, fn, leftovers, only, realRunner, stdio } from '../test-support/real-runner';
import type { RunJob } from './job.schema';

jest.setTimeout(DOCKER_TIMEOUT_MS);
const { runner, docker } = realRunner();
afterAll(() => runner.close());

/** Cases of the fixture zygote-child.js, one per action: three or more, so the zygote forks them. */
const ZYGOTE_CHILD = fs.readFileSync(path.join(__dirname, '__fixtures__', 'hostile', 'zygote-child.js'), 'utf8');
const forked = (actions: string[], limits?: RunJob['limits']): RunJob => ({
  language: 'javascript',
  mode: 'stdio',
  code: ZYGOTE_CHILD,
  cases: actions.map((a, i) => ({ name: `${i}:${a}`, stdin: a })),
  limits,
});

describe('javascript sandbox', () => {
  it('runs a correct stdio program and returns its stdout', async () => {
    const code = "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(' ').map(Number);\nconsole.log(a + b);";
    const report = await runner.run(stdio('javascript', code, '2 40\n'));
    expect(report.compile).toBeNull();
    expect(only(report)).toMatchObject({ status: 'ok', stdout: '42\n', exitCode: 0 });
  });

  it('reports an uncaught exception as runtime_error with the stack on stderr', async () => {
    const c = only(await runner.run(stdio('javascript', 'throw new Error("boom")')));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 1 });
    expect(c.stderr).toContain('Error: boom');
  });

  it('reports a non-zero exit code as runtime_error with that code', async () => {
    const c = only(await runner.run(stdio('javascript', 'console.log("partial"); process.exit(3)')));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 3, stdout: 'partial\n' });
  });

  it('stops an endless loop with time_limit', async () => {
    const c = only(await runner.run(stdio('javascript', 'for (;;) {}', '', { timeMs: 500 })));
    expect(c.status).toBe('time_limit');
  });

  it('reports a heap bomb at the default limits as memory_limit, not a V8 crash', async () => {
    const c = only(await runner.run(stdio('javascript', 'const keep = [];\nfor (;;) keep.push(new Array(1 << 17).fill(1.5));', '', { timeMs: 5_000 })));
    expect(c.status).toBe('memory_limit');
  });

  it('lets a program keep 400 MiB of objects alive under a 512 MiB limit', async () => {
    const code = 'const keep = [];\nfor (let i = 0; i < 400; i++) keep.push(new Array(1 << 17).fill(i + 0.5));\nconsole.log(keep.length);';
    const c = only(await runner.run(stdio('javascript', code, '', { memoryMb: 512, timeMs: 5_000 })));
    expect(c).toMatchObject({ status: 'ok', stdout: '400\n' });
  });

  it('stops a program that floods stdout with output_limit', async () => {
    const c = only(await runner.run(stdio('javascript', 'const line = "y".repeat(4096);\nfor (;;) console.log(line);', '', { stdoutBytes: 8192 })));
    expect(c.status).toBe('output_limit');
    expect(c.stdout.length).toBeLessThanOrEqual(8192);
  });

  it('calls a plain function with JSON args and returns its value, keeping logs as stdout', async () => {
    const code =
      'function twoSum(nums, target) {\n  console.log("looking");\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n    seen.set(nums[i], i);\n  }\n}';
    const report = await runner.run(
      fn('javascript', code, 'twoSum', [
        { name: 'a', args: [[2, 7, 11, 15], 9] },
        { name: 'b', args: [[3, 3], 6] },
      ]),
    );
    expect(report.cases.map((c) => [c.status, c.valueJson, c.stdout])).toEqual([
      ['ok', '[0,1]', 'looking\n'],
      ['ok', '[0,1]', 'looking\n'],
    ]);
  });

  it('awaits a function that returns a Promise', async () => {
    const code = 'function later(x) {\n  return new Promise((resolve) => setTimeout(() => resolve({ doubled: x * 2 }), 20));\n}';
    const c = only(await runner.run(fn('javascript', code, 'later', [{ name: 'a', args: [21] }])));
    expect(c).toMatchObject({ status: 'ok', valueJson: '{"doubled":42}' });
  });

  it('finds an entry declared with export function', async () => {
    const c = only(await runner.run(fn('javascript', 'export function add(a, b) {\n  return a + b;\n}', 'add', [{ name: 'a', args: [40, 2] }])));
    expect(c).toMatchObject({ status: 'ok', valueJson: '42' });
  });

  it('calls an entry of an ES module with top-level await, running the module once', async () => {
    const code = 'const base = await Promise.resolve(40);\nconsole.log("loaded");\nexport function add(x) {\n  return base + x;\n}';
    const c = only(await runner.run(fn('javascript', code, 'add', [{ name: 'a', args: [2] }])));
    expect(c).toMatchObject({ status: 'ok', valueJson: '42', stdout: 'loaded\n' });
  });

  it('finds an entry exported as a default object', async () => {
    const c = only(await runner.run(fn('javascript', 'export default { add(a, b) {\n  return a + b;\n} };', 'add', [{ name: 'a', args: [40, 2] }])));
    expect(c).toMatchObject({ status: 'ok', valueJson: '42' });
  });

  it('reports a syntax error in function mode as runtime_error with the line on stderr', async () => {
    const c = only(await runner.run(fn('javascript', 'function f() {\n  return ;;) 1;\n}', 'f', [{ name: 'a', args: [] }])));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 1 });
    expect(c.valueJson).toBeUndefined();
    expect(c.stderr).toContain('main.js:2');
    expect(c.stderr).toContain('SyntaxError');
  });

  it('reports a missing entry function clearly', async () => {
    const c = only(await runner.run(fn('javascript', 'function other() {}', 'solve', [{ name: 'a', args: [] }])));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 1 });
    expect(c.stderr).toContain('assay: no function named "solve" in main.js');
  });

  it('finds an entry exported through module.exports', async () => {
    const c = only(await runner.run(fn('javascript', 'module.exports = { add: (a, b) => a + b };', 'add', [{ name: 'a', args: [40, 2] }])));
    expect(c).toMatchObject({ status: 'ok', valueJson: '42' });
  });

  it('reports a rejected Promise as runtime_error without a value', async () => {
    const c = only(await runner.run(fn('javascript', 'async function f() {\n  throw new Error("rejected");\n}', 'f', [{ name: 'a', args: [] }])));
    expect(c.status).toBe('runtime_error');
    expect(c.valueJson).toBeUndefined();
    expect(c.stderr).toContain('rejected');
  });

  it('keeps the other cases when one case loops forever', async () => {
    const code = "const x = require('fs').readFileSync(0, 'utf8').trim();\nwhile (x === 'loop') {}\nconsole.log(x.toUpperCase());";
    await expectRunawayIsolated(runner, 'javascript', code, 2_000); // a Node start-up alone can pass 500 ms on a loaded machine
  });

  it('zygote: runs each case as a fresh main module with its own pid, session, cwd, argv and env; threads and the event loop work', async () => {
    const report = await runner.run(forked(['probe', 'probe', 'probe'], { timeMs: 10_000 }));
    expect(report.cases.map((c) => c.status)).toEqual(['ok', 'ok', 'ok']);
    const probes = report.cases.map((c) => JSON.parse(c.stdout) as Record<string, unknown>);
    for (const p of probes) {
      expect(p).toMatchObject({ main: true, pid: true, forked: true, session: true, cwd: '/tmp/box', argv: ['/tmp/box/main.js'], source: true, gzip: 10_000, worker: 42 });
      expect(p.env).toEqual(['HOME', 'LANG', 'NODE_OPTIONS', 'PATH']); // the job's environment, nothing of the zygote's
    }
    expect(new Set(probes.map((p) => p.random)).size).toBe(3); // OpenSSL reseeds after each fork
    for (const c of report.cases) expect(c.memoryKb).toBeLessThan(200 * 1024);
  });

  it('zygote: gives a throw, process.exit(3), many collections in hot code and 1 MiB of stdout their usual verdicts', async () => {
    const report = await runner.run(forked(['throw', 'exit3', 'gc', 'flood'], { timeMs: 10_000, stdoutBytes: 2 * 1024 * 1024 }));
    const [thrown, exited, gc, flood] = report.cases;
    expect(thrown).toMatchObject({ status: 'runtime_error', exitCode: 1 });
    expect(thrown!.stderr).toContain('Error: thrown at the top\n    at Object.<anonymous> (/tmp/box/main.js:');
    expect(exited).toMatchObject({ status: 'runtime_error', exitCode: 3, stdout: 'leaving\n' });
    expect(gc).toMatchObject({ status: 'ok', stdout: '2000000\n' });
    expect(flood).toMatchObject({ status: 'ok', exitCode: 0 });
    expect(flood!.stdout).toBe('x'.repeat(1 << 20));
    expect(report.containers).toBe(1);
  });

  it('zygote: stops an endless loop with time_limit and a memory hog with memory_limit; the next cases run', async () => {
    // 5 s: on a loaded machine the hog can take over 2 s to fill the memory limit, and must meet that limit first.
    const report = await runner.run(forked(['loop', 'probe', 'hog', 'probe'], { timeMs: 5_000 }));
    expect(report.cases.map((c) => c.status)).toEqual(['time_limit', 'ok', 'memory_limit', 'ok']);
    // gVisor's memory cgroup holds the whole sandbox: the OOM kill takes it down, and the last case runs in a fresh one.
    expect(report.containers).toBe(TEST_RUNTIME === 'runsc' ? 2 : 1);
  });

  it('zygote: calls the entry function in each forked case', async () => {
    const code = 'function twice(x) {\n  return [x * 2, process.ppid !== 1];\n}';
    const report = await runner.run(
      fn(
        'javascript',
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
