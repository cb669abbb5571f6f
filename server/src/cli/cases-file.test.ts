import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CliError } from './cli-error';
import { lineAndColumn, readCasesFile } from './cases-file';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-cases-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function casesFile(content: string): string {
  const file = path.join(dir, `cases-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, content);
  return file;
}

function errorOf(file: string): CliError {
  try {
    readCasesFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return error as CliError;
  }
  throw new Error('expected readCasesFile to refuse the file');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd\nef', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd\nef', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\ncd\nef', 6)).toEqual({ line: 3, column: 1 });
  });
});

describe('readCasesFile', () => {
  it('reads stdio cases', () => {
    expect(readCasesFile(casesFile('[{"name": "a", "stdin": "1 2\\n"}]'))).toEqual([{ name: 'a', stdin: '1 2\n' }]);
  });

  it('reads function-mode cases', () => {
    expect(readCasesFile(casesFile('[{"name": "a", "args": [[1, 2], "x"]}]'))).toEqual([{ name: 'a', args: [[1, 2], 'x'] }]);
  });

  it('names the file, line and column of a JSON syntax error', () => {
    const file = casesFile('[\n  {"name": "a", "stdin": "x"},\n  {"name": "b" "stdin": "y"}\n]\n');
    expect(errorOf(file).message).toMatch(new RegExp(`^${escape(file)}:3:\\d+: invalid JSON`));
  });

  it('names the file and the path of a case that breaks the schema', () => {
    const file = casesFile('[{"name": "a", "stdin": "x"}, {"name": "", "stdin": "y"}]');
    expect(errorOf(file).message).toMatch(new RegExp(`^${escape(file)}: \\[1\\]`));
  });

  it('refuses an empty list of cases', () => {
    expect(errorOf(casesFile('[]')).message).toContain('needs at least one case');
  });

  it('refuses a top level that is not a list', () => {
    const file = casesFile('{"name": "a", "stdin": "x"}');
    expect(errorOf(file).message).toContain(`${file}: (top level)`);
  });

  it('names a file that does not exist', () => {
    const file = path.join(dir, 'missing.json');
    expect(errorOf(file).message).toBe(`${file}: no such file`);
  });
});
