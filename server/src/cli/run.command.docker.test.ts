import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Runs the built CLI as a user would (`npm test` builds first).
const BIN = path.resolve(__dirname, '../../bin/assay.js');
jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-cli-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes `content` to a file in the temp dir and returns its path. */
function file(name: string, content: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

/** `assay ...args` as a child process: its exit code and both streams. */
function assay(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { timeout: 50_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('assay run', () => {
  it('without --json shows what the program printed with control characters escaped', async () => {
    const program = file('paint.py', "import sys\nsys.stdout.write('\\x1b[2J\\x1b]52;c;ZXZpbA==\\x07\\rok \\u009b31m\\n')\nsys.stderr.write('\\x1b[31merr\\n')\n");
    const { code, stdout } = await assay('run', program);
    expect(code).toBe(0);
    expect(stdout).toContain('\\x1b[2J\\x1b]52;c;ZXZpbA==\\x07\\rok \\u009b31m');
    expect(stdout).toContain('\\x1b[31merr');
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    expect(stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });

  it('with --json prints exactly one JSON object with the report keys', async () => {
    const { code, stdout } = await assay('run', file('echo.py', 'print(input()[::-1])\n'), '--stdin', file('in.txt', 'hello\n'), '--json');
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['language', 'image', 'compile', 'cases', 'timeMs', 'containers', 'compiles']));
    expect(Object.keys(report.cases[0])).toEqual(expect.arrayContaining(['name', 'status', 'stdout', 'stderr', 'exitCode', 'timeMs']));
  });

  it('without --cases runs one case named main, fed from --stdin', async () => {
    const { stdout } = await assay('run', file('echo2.py', 'print(input()[::-1])\n'), '--stdin', file('in2.txt', 'hello\n'), '--json');
    expect(JSON.parse(stdout)).toMatchObject({
      language: 'python',
      image: `assay/python:${process.env.ASSAY_IMAGE_TAG || 'latest'}`,
      compile: null,
      cases: [{ name: 'main', status: 'ok', stdout: 'olleh\n', exitCode: 0 }],
    });
  });

  it('with --cases and --entry calls the function once per case with its args', async () => {
    const program = file('add.js', 'function add(a, b) {\n  return a + b;\n}\n');
    const cases = file(
      'cases.json',
      JSON.stringify([
        { name: 'small', args: [1, 2] },
        { name: 'big', args: [40, 2] },
      ]),
    );
    const { code, stdout } = await assay('run', program, '--cases', cases, '--entry', 'add', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).cases.map((c: { name: string; status: string; valueJson: string }) => [c.name, c.status, JSON.parse(c.valueJson)])).toEqual([
      ['small', 'ok', 3],
      ['big', 'ok', 42],
    ]);
  });

  it('exits 1 when a case is not ok, still printing the report', async () => {
    const { code, stdout } = await assay('run', file('fail.py', 'raise SystemExit(4)\n'), '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).cases[0]).toMatchObject({ status: 'runtime_error', exitCode: 4 });
  });

  it('exits 2 for a cases file with a JSON syntax error, naming the file and line', async () => {
    const cases = file('broken.json', '[\n  {"name": "a", "stdin": "x"},\n  {"name": "b" "stdin": "y"}\n]\n');
    const { code, stdout, stderr } = await assay('run', file('any.py', 'print(1)\n'), '--cases', cases);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${cases}:3:`);
  });

  it('exits 2 for an unknown --lang, naming the flag', async () => {
    const { code, stderr } = await assay('run', file('prog.txt', 'print(1)\n'), '--lang', 'cobol');
    expect(code).toBe(2);
    expect(stderr).toContain('--lang');
    expect(stderr).toContain('cobol');
  });
});
