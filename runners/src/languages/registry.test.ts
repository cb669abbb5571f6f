import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InvalidJobError } from '../errors';
import { MAX_LIMITS } from '../run/limits';
import { containerSpec, profileOf } from '../sandbox/container-spec';
import { LANGUAGE_IDS } from './language.schema';
import { DOCKER_DIR, LanguageRegistry } from './registry';

/** A copy of every language.json in a temp dir, `edit` applied to the python one (null deletes it). */
function dockerDirWith(edit: (python: string) => string | null): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-registry-'));
  for (const id of LANGUAGE_IDS) {
    fs.mkdirSync(path.join(dir, id));
    fs.copyFileSync(path.join(DOCKER_DIR, id, 'language.json'), path.join(dir, id, 'language.json'));
  }
  const file = path.join(dir, 'python', 'language.json');
  const edited = edit(fs.readFileSync(file, 'utf8'));
  if (edited === null) fs.rmSync(file);
  else fs.writeFileSync(file, edited);
  return { dir, file };
}

const patchJson = (change: (spec: Record<string, unknown>) => void) => (text: string) => {
  const spec = JSON.parse(text) as Record<string, unknown>;
  change(spec);
  return JSON.stringify(spec);
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function loadError(edit: (python: string) => string | null): { message: string; file: string } {
  const { dir, file } = dockerDirWith(edit);
  dirs.push(dir);
  try {
    LanguageRegistry.load(dir);
  } catch (error) {
    return { message: (error as Error).message, file };
  }
  throw new Error('the registry loaded a bad language.json');
}

describe('LanguageRegistry.load', () => {
  it('loads the six languages declared in the repository', () => {
    expect(
      LanguageRegistry.load()
        .all()
        .map((l) => l.id),
    ).toEqual([...LANGUAGE_IDS]);
  });

  it('names the path and the field of a value of the wrong type', () => {
    const { message, file } = loadError(patchJson((spec) => (spec.run = 'python3 main.py')));
    expect(message).toContain(file);
    expect(message).toContain('field "run"');
  });

  it('names the path and the nested field of a bad function-mode argv', () => {
    const { message, file } = loadError(patchJson((spec) => (spec.function = { run: [] })));
    expect(message).toContain(file);
    expect(message).toContain('field "function.run"');
  });

  it('names the path and the unknown field of a misspelt key', () => {
    const { message, file } = loadError(patchJson((spec) => (spec.sorceFile = 'main.py')));
    expect(message).toContain(file);
    expect(message).toContain('sorceFile');
  });

  it('names the path and the id field when a file declares another language', () => {
    const { message, file } = loadError(patchJson((spec) => (spec.id = 'go')));
    expect(message).toBe(`${file}: field "id": expected "python", got "go"`);
  });

  it('names the path of a file that is not valid JSON', () => {
    const { message, file } = loadError((text) => text.replace('{', '{,'));
    expect(message.startsWith(`${file}: `)).toBe(true);
  });

  it('names the path of a missing file', () => {
    const { message, file } = loadError(() => null);
    expect(message.startsWith(`${file}: `)).toBe(true);
  });
});

describe('the Java heap cap', () => {
  it('lies above the memory of the largest sandbox, in stdio and function mode, so the kernel decides when memory runs out', () => {
    const java = LanguageRegistry.load().get('java');
    const largest = containerSpec({ imageId: 'i', language: java, profile: profileOf(MAX_LIMITS, java), owner: 'o', idleSeconds: 1, seccomp: '{}' });
    for (const argv of [java.run, java.function!.run]) {
      const xmx = /^-Xmx(\d+)g$/.exec(argv.find((arg) => arg.startsWith('-Xmx')) ?? '');
      expect(xmx).not.toBeNull();
      expect(Number(xmx![1]) * 1024 ** 3).toBeGreaterThan(largest.HostConfig!.Memory!);
    }
  });
});

describe('LanguageRegistry.get', () => {
  it('refuses an unknown language with an InvalidJobError listing the known ones', () => {
    const registry = LanguageRegistry.load();
    expect(() => registry.get('cobol')).toThrow(InvalidJobError);
    expect(() => registry.get('cobol')).toThrow('expected one of python, javascript, typescript, java, cpp, go');
  });
});
