import { DOCKER_TIMEOUT_MS, expectRunawayIsolated, fn, leftovers, only, realRunner, stdio } from '../test-support/real-runner';

jest.setTimeout(DOCKER_TIMEOUT_MS);
const { runner, docker } = realRunner();
afterAll(() => runner.close());

describe('python sandbox', () => {
  it('runs a correct stdio program and returns its stdout', async () => {
    const report = await runner.run(stdio('python', 'a, b = map(int, input().split())\nprint(a + b)', '2 40\n'));
    expect(report.compile).toBeNull();
    expect(report.imageId).toMatch(/^sha256:/);
    expect(only(report)).toMatchObject({ status: 'ok', stdout: '42\n', exitCode: 0 });
  });

  it('calls the entry function with JSON args and returns its value, keeping prints as stdout', async () => {
    const code =
      'def two_sum(nums, target):\n    print("looking")\n    seen = {}\n    for i, n in enumerate(nums):\n        if target - n in seen:\n            return [seen[target - n], i]\n        seen[n] = i\n';
    const report = await runner.run(
      fn('python', code, 'two_sum', [
        { name: 'a', args: [[2, 7, 11, 15], 9] },
        { name: 'b', args: [[3, 3], 6] },
      ]),
    );
    expect(report.cases.map((c) => [c.status, c.valueJson, c.stdout])).toEqual([
      ['ok', '[0,1]', 'looking\n'],
      ['ok', '[0,1]', 'looking\n'],
    ]);
  });

  it('reports an uncaught exception as runtime_error with the traceback', async () => {
    const c = only(await runner.run(stdio('python', 'raise ValueError("boom")')));
    expect(c.status).toBe('runtime_error');
    expect(c.exitCode).toBe(1);
    expect(c.stderr).toContain('ValueError: boom');
  });

  it('keeps the other cases when one case loops forever', async () => {
    const code = 'import sys\nx = sys.stdin.read().strip()\nwhile x == "loop":\n    pass\nprint(x.upper())';
    await expectRunawayIsolated(runner, 'python', code);
  });

  it('tells a memory overrun from a timeout', async () => {
    const c = only(await runner.run(stdio('python', 'x = bytearray(600 * 1024 * 1024)\nprint(len(x))', '', { memoryMb: 128 })));
    expect(c.status).toBe('memory_limit');
  });

  it('stops a program that floods stdout with output_limit', async () => {
    const c = only(await runner.run(stdio('python', 'while True:\n    print("y" * 4096)', '', { stdoutBytes: 8192 })));
    expect(c.status).toBe('output_limit');
    expect(c.stdout.length).toBeLessThanOrEqual(8192);
  });

  it('reports a function that does not return JSON-able data as runtime_error', async () => {
    const report = await runner.run(fn('python', 'def f():\n    return object()', 'f', [{ name: 'a', args: [] }]));
    expect(only(report)).toMatchObject({ status: 'runtime_error' });
    expect(report.cases[0]!.stderr).toContain('cannot be sent as JSON');
  });

  it('leaves no container behind', async () => {
    await runner.close();
    expect(await leftovers(docker)).toEqual([]);
  });
});
