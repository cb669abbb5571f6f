import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { LanguageRegistry, connectDocker, createRunner, type LanguageId, type Runner } from '@assay/runners';
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
    // Its interpreted languages only: three runs of each compiled one are three compiles at once, beside the other languages', which a
    // busy 2-core machine does not finish within the compile limit. The catalog suite validates all six languages, once each.
    const loaded = loadChallenge(path.join(SEED_CATALOG, 'fix-search-insert'));
    const { challenge } = loaded;
    const interpreted = { ...loaded, challenge: challenge && { ...challenge, meta: { ...challenge.meta, languages: ['python', 'javascript', 'typescript'] as LanguageId[] } } };
    const report = await validateChallenge(interpreted, runner, { repeats: 3 });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ id: 'fix-search-insert', kind: 'debug', valid: true });
    // Each hidden test says what the buggy starter did on it: the set an author copies.
    const hidden = report.results.filter((r) => r.visibility === 'hidden');
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((r) => r.starter === 'fails' || r.starter === 'passes')).toBe(true);
    expect(hidden.some((r) => r.starter === 'fails')).toBe(true);
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

  it('names a debug test whose set disagrees with the real starter', async () => {
    const meta = MINIMAL_CHALLENGE['challenge.yaml']!.replace('id: add-two', 'id: wrong-set').replace('kind: implement', 'kind: debug').replace('  groups: { basic: 1, edge: 1 }\n', '  groups: { basic: 1, edge: 1 }\n  sets: { failToPass: 1, passToPass: 0 }\n');
    const hidden = MINIMAL_CHALLENGE['tests/hidden.yaml']!.replace(/( {2}expected: [^\n]+\n)/g, '$1  set: fail_to_pass\n');
    const dir = writeChallenge(root, 'wrong-set', {
      'challenge.yaml': meta,
      'tests/hidden.yaml': hidden,
      'starter/python.py': 'def add_two(a, b):\n    return a + b if a >= 0 else 0\n',
      'starter/javascript.js': 'function addTwo(a, b) {\n  return a >= 0 ? a + b : 0;\n}\n',
    });
    const report = await validateChallenge(loadChallenge(dir), runner, { repeats: 1 });
    expect(report.problems.map((p) => [p.language, p.test, p.message])).toEqual(
      ['python', 'javascript'].flatMap((l) => ['zeros', 'large'].map((t) => [l, t, 'set fail_to_pass, but the buggy starter passes it: it belongs in pass_to_pass'])),
    );
    expect(report.results.filter((r) => r.language === 'python' && r.visibility === 'hidden').map((r) => [r.test, r.starter])).toEqual([
      ['zeros', 'passes'],
      ['negatives', 'fails'],
      ['large', 'passes'],
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
