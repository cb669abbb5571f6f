import { InvalidJobError } from '../errors';
import { DOCKER_TIMEOUT_MS, expectRunawayIsolated, fn, leftovers, only, realRunner, stdio } from '../test-support/real-runner';

jest.setTimeout(DOCKER_TIMEOUT_MS);
const { runner, docker } = realRunner();
afterAll(() => runner.close());

/** A Main class around `body`, with java.util and java.io imported. */
const main = (body: string) => `import java.io.*;\nimport java.util.*;\n\npublic class Main {\n  public static void main(String[] args) throws Exception {\n${body}\n  }\n}\n`;

describe('java sandbox', () => {
  it('compiles and runs a correct stdio program', async () => {
    const report = await runner.run(stdio('java', main('    Scanner in = new Scanner(System.in);\n    System.out.println(in.nextInt() + in.nextInt());'), '2 40\n'));
    expect(report.compile).toMatchObject({ ok: true });
    expect(only(report)).toMatchObject({ status: 'ok', stdout: '42\n', exitCode: 0 });
  });

  it('reports a type error as compile_error with javac output and runs no case', async () => {
    const report = await runner.run(stdio('java', main('    int x = "text";')));
    expect(report.compile?.ok).toBe(false);
    expect(report.compile?.output).toContain('incompatible types');
    expect(report.cases).toEqual([]);
  });

  it('compiles against the modules cases run on: a class from java.desktop is a compile error naming its module, not a failure at run time', async () => {
    const report = await runner.run(stdio('java', main('    System.out.println(new java.awt.Point(1, 2));')));
    expect(report.compile?.ok).toBe(false);
    expect(report.compile?.output).toContain('java.desktop');
    expect(report.cases).toEqual([]);
  });

  it('formats numbers in any locale as the full JDK does, and reaches sun.misc', async () => {
    const body = '    System.out.println(String.format(Locale.GERMANY, "%,.2f", 1234.5) + " " + sun.misc.Unsafe.class.getSimpleName());';
    expect(only(await runner.run(stdio('java', main(body))))).toMatchObject({ status: 'ok', stdout: '1.234,50 Unsafe\n' });
  });

  it('reports an uncaught exception as runtime_error with exit code 1 and the stack trace', async () => {
    const c = only(await runner.run(stdio('java', main('    throw new IllegalStateException("boom");'))));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 1 });
    expect(c.stderr).toContain('java.lang.IllegalStateException: boom');
  });

  it('reports System.exit(3) as runtime_error with exit code 3', async () => {
    const c = only(await runner.run(stdio('java', main('    System.exit(3);'))));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 3 });
  });

  it('stops an endless loop with time_limit', async () => {
    const c = only(await runner.run(stdio('java', main('    long n = 0;\n    while (true) n++;'), '', { timeMs: 1_000 })));
    expect(c.status).toBe('time_limit');
  });

  it('gives the heap the sandbox memory: a 200 MiB array fits the default 256 MiB limit', async () => {
    const c = only(await runner.run(stdio('java', main('    byte[] block = new byte[200 << 20];\n    System.out.println(block.length >> 20);'))));
    expect(c).toMatchObject({ status: 'ok', stdout: '200\n' });
  });

  it('reports a growing allocation past the limit as memory_limit, not OutOfMemoryError', async () => {
    const c = only(await runner.run(stdio('java', main('    List<long[]> keep = new ArrayList<>();\n    while (true) keep.add(new long[1 << 17]);'), '', { timeMs: 5_000 })));
    expect(c.status).toBe('memory_limit');
  });

  it('stops a program that floods stdout with output_limit', async () => {
    const c = only(await runner.run(stdio('java', main('    String line = "y".repeat(4096);\n    while (true) System.out.println(line);'), '', { stdoutBytes: 8192 })));
    expect(c.status).toBe('output_limit');
    expect(c.stdout.length).toBeLessThanOrEqual(8192);
  });

  it('refuses a function-mode job without the signature its driver is generated from', async () => {
    const error: unknown = await runner.run(fn('java', main(''), 'solve', [{ name: 'a', args: [] }])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidJobError);
    expect((error as InvalidJobError).field).toBe('signature');
  });

  it('keeps the other cases when one case loops forever', async () => {
    const code = main(
      '    String x = new BufferedReader(new InputStreamReader(System.in)).readLine().trim();\n    while (x.equals("loop")) {}\n    System.out.println(x.toUpperCase());',
    );
    await expectRunawayIsolated(runner, 'java', code, 1_000); // the JVM needs more than 500 ms to start
  });

  it('leaves no container behind', async () => {
    await runner.close();
    expect(await leftovers(docker)).toEqual([]);
  });
});
