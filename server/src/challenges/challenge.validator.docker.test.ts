import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { LanguageRegistry, connectDocker, createRunner, type Runner } from '@assay/runners';
import { loadChallenge } from './challenge.loader';
import { validateChallenge } from './challenge.validator';
import { MINIMAL_CHALLENGE, SEED_CATALOG, tempCatalog, writeChallenge } from './test-support/challenge-fixture';

jest.setTimeout(120_000);

let runner: Runner;
let root: string;
beforeAll(async () => {
  const docker = await connectDocker();
  runner = createRunner({ docker, logger: pino({ level: 'silent' }), registry: LanguageRegistry.load(), warm: { python: 2, javascript: 2 } });
  root = tempCatalog();
});
afterAll(async () => {
  await runner?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('validateChallenge on the real runner', () => {
  it('validates a seeded debug challenge: references pass 3 times, the buggy starter fails', async () => {
    const report = await validateChallenge(loadChallenge(path.join(SEED_CATALOG, 'fix-search-insert')), runner, { repeats: 3 });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ id: 'fix-search-insert', kind: 'debug', valid: true });
  });

  it('names the hidden test and the language of a reference that is wrong on it', async () => {
    const wrong = 'def add_two(a, b):\n    return a + b if a < 1000 else 0\n';
    const report = await validateChallenge(loadChallenge(writeChallenge(root, 'wrong-ref', { 'reference/python.py': wrong })), runner, { repeats: 1 });
    expect(report.valid).toBe(false);
    expect(report.problems).toEqual([
      {
        file: path.join(root, 'wrong-ref', 'reference', 'python.py'),
        language: 'python',
        test: 'large',
        message: 'the reference fails this hidden test: expected 3345678, got 0',
      },
    ]);
  });

  it('reports a debug challenge whose starter already passes every hidden test', async () => {
    const dir = writeChallenge(root, 'no-bug', {
      'challenge.yaml': MINIMAL_CHALLENGE['challenge.yaml']!.replace('id: add-two', 'id: no-bug').replace('kind: implement', 'kind: debug'),
      'starter/javascript.js': MINIMAL_CHALLENGE['reference/javascript.js']!,
    });
    const report = await validateChallenge(loadChallenge(dir), runner, { repeats: 1 });
    expect(report.problems).toEqual([
      {
        file: path.join(dir, 'starter', 'javascript.js'),
        language: 'javascript',
        message: 'the buggy starter passes every hidden test: add a test that exposes the bug',
      },
    ]);
  });
});
