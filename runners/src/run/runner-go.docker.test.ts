import { DOCKER_TIMEOUT_MS, expectRunawayIsolated, leftovers, only, realRunner, stdio } from '../test-support/real-runner';

jest.setTimeout(DOCKER_TIMEOUT_MS);
const { runner, docker } = realRunner();
afterAll(() => runner.close());

describe('go sandbox', () => {
  it('compiles and runs a correct stdio program', async () => {
    const code = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar a, b int\n\tfmt.Scan(&a, &b)\n\tfmt.Println(a + b)\n}\n';
    const report = await runner.run(stdio('go', code, '2 40\n'));
    expect(report.compile).toMatchObject({ ok: true });
    expect(only(report)).toMatchObject({ status: 'ok', stdout: '42\n', exitCode: 0 });
  });

  it('reports an unused variable as compile_error with the compiler output and runs no case', async () => {
    const report = await runner.run(stdio('go', 'package main\n\nfunc main() {\n\tx := 1\n}\n'));
    expect(report.compile?.ok).toBe(false);
    expect(report.compile?.output).toContain('declared but not used');
    expect(report.cases).toEqual([]);
  });

  it('reports a panic as runtime_error with exit code 2 and the panic message', async () => {
    const c = only(await runner.run(stdio('go', 'package main\n\nfunc main() {\n\tvar m map[string]int\n\tm["a"] = 1\n}\n')));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 2 });
    expect(c.stderr).toContain('assignment to entry in nil map');
  });

  it('reports os.Exit(3) as runtime_error with exit code 3', async () => {
    const c = only(await runner.run(stdio('go', 'package main\n\nimport "os"\n\nfunc main() {\n\tos.Exit(3)\n}\n')));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 3 });
  });

  it('stops an endless loop with time_limit', async () => {
    const c = only(await runner.run(stdio('go', 'package main\n\nfunc main() {\n\tfor {\n\t}\n}\n', '', { timeMs: 500 })));
    expect(c.status).toBe('time_limit');
  });

  it('tells a memory overrun from a timeout', async () => {
    const code =
      'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar keep [][]byte\n\tfor {\n\t\tblock := make([]byte, 1<<20)\n\t\tfor i := range block {\n\t\t\tblock[i] = 1\n\t\t}\n\t\tkeep = append(keep, block)\n\t\tif len(keep) < 0 {\n\t\t\tfmt.Println()\n\t\t}\n\t}\n}\n';
    const c = only(await runner.run(stdio('go', code, '', { memoryMb: 128 })));
    expect(c.status).toBe('memory_limit');
  });

  it('stops a program that floods stdout with output_limit', async () => {
    const code = 'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tline := strings.Repeat("y", 4096)\n\tfor {\n\t\tfmt.Println(line)\n\t}\n}\n';
    const c = only(await runner.run(stdio('go', code, '', { stdoutBytes: 8192 })));
    expect(c.status).toBe('output_limit');
    expect(c.stdout.length).toBeLessThanOrEqual(8192);
  });

  it('keeps the other cases when one case loops forever', async () => {
    const code =
      'package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\nfunc main() {\n\tvar x string\n\tfmt.Scan(&x)\n\tfor x == "loop" {\n\t}\n\tfmt.Println(strings.ToUpper(x))\n}\n';
    await expectRunawayIsolated(runner, 'go', code);
  });

  it('leaves no container behind', async () => {
    await runner.close();
    expect(await leftovers(docker)).toEqual([]);
  });
});
