import { DOCKER_TIMEOUT_MS, expectRunawayIsolated, leftovers, only, realRunner, stdio } from '../test-support/real-runner';

jest.setTimeout(DOCKER_TIMEOUT_MS);
const { runner, docker } = realRunner();
afterAll(() => runner.close());

const HEADERS = '#include <cstdio>\n#include <cstring>\n#include <iostream>\n#include <stdexcept>\n#include <string>\n#include <vector>\n';

describe('cpp sandbox', () => {
  it('compiles and runs a correct stdio program', async () => {
    const report = await runner.run(stdio('cpp', `${HEADERS}int main() {\n  long a, b;\n  std::cin >> a >> b;\n  std::cout << a + b << "\\n";\n}\n`, '2 40\n'));
    expect(report.compile).toMatchObject({ ok: true });
    expect(only(report)).toMatchObject({ status: 'ok', stdout: '42\n', exitCode: 0 });
  });

  it('reports an undeclared name as compile_error with the compiler output and runs no case', async () => {
    const report = await runner.run(stdio('cpp', 'int main() {\n  return undeclared_name;\n}\n'));
    expect(report.compile?.ok).toBe(false);
    expect(report.compile?.output).toMatch(/undeclared_name.* was not declared/);
    expect(report.cases).toEqual([]);
  });

  it('reports a null dereference as runtime_error by SIGSEGV, keeping what was printed', async () => {
    const c = only(await runner.run(stdio('cpp', `${HEADERS}int main() {\n  std::puts("before");\n  std::fflush(stdout);\n  volatile int* p = nullptr;\n  return *p;\n}\n`)));
    expect(c).toMatchObject({ status: 'runtime_error', signal: 'SIGSEGV', exitCode: null, stdout: 'before\n' });
  });

  it('reports an uncaught exception as runtime_error by SIGABRT', async () => {
    const c = only(await runner.run(stdio('cpp', `${HEADERS}int main() {\n  throw std::runtime_error("boom");\n}\n`)));
    expect(c).toMatchObject({ status: 'runtime_error', signal: 'SIGABRT' });
    expect(c.stderr).toContain('boom');
  });

  it('reports a non-zero return from main as runtime_error with that exit code', async () => {
    const c = only(await runner.run(stdio('cpp', 'int main() {\n  return 3;\n}\n')));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 3 });
  });

  it('stops an endless loop with time_limit', async () => {
    const c = only(await runner.run(stdio('cpp', 'int main() {\n  volatile long n = 0;\n  for (;;) n++;\n}\n', '', { timeMs: 500 })));
    expect(c.status).toBe('time_limit');
  });

  it('tells a memory overrun from a timeout', async () => {
    const code = `${HEADERS}int main() {\n  std::vector<char*> keep;\n  for (;;) {\n    char* block = new char[1 << 20];\n    std::memset(block, 1, 1 << 20);\n    keep.push_back(block);\n  }\n}\n`;
    const c = only(await runner.run(stdio('cpp', code, '', { memoryMb: 128 })));
    expect(c.status).toBe('memory_limit');
  });

  it('stops a program that floods stdout with output_limit', async () => {
    const c = only(await runner.run(stdio('cpp', `${HEADERS}int main() {\n  std::string line(4096, 'y');\n  for (;;) std::puts(line.c_str());\n}\n`, '', { stdoutBytes: 8192 })));
    expect(c.status).toBe('output_limit');
    expect(c.stdout.length).toBeLessThanOrEqual(8192);
  });

  it('keeps the other cases when one case loops forever', async () => {
    const code = `${HEADERS}#include <cctype>\nint main() {\n  std::string x;\n  std::cin >> x;\n  for (volatile long n = 0; x == "loop"; n++) {}\n  for (char& ch : x) ch = std::toupper(ch);\n  std::cout << x << "\\n";\n}\n`;
    await expectRunawayIsolated(runner, 'cpp', code);
  });

  it('leaves no container behind', async () => {
    await runner.close();
    expect(await leftovers(docker)).toEqual([]);
  });
});
