import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../test-support/run-cli';
import { tempCatalog, writeChallenge } from '../challenges/test-support/challenge-fixture';

const assay = runCli;

describe('assay challenges validate (no code to run)', () => {
  let root: string;
  beforeEach(() => {
    root = tempCatalog();
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('exits 2 naming a folder that does not exist', async () => {
    const missing = path.join(root, 'nope');
    const result = await assay('challenges', 'validate', missing);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`assay: ${missing}: no such folder\n`);
  });

  it('exits 1 and lists each problem under its challenge', async () => {
    writeChallenge(root, 'broken', { 'prompt.md': null, 'reference/python.py': null });
    const result = await assay('challenges', 'validate', root);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      '✗ broken  not loaded: 2 problems',
      `    ${path.join(root, 'broken', 'prompt.md')}: missing`,
      `    ${path.join(root, 'broken', 'reference', 'python.py')}: python: missing: every declared language needs a reference solution`,
      expect.stringMatching(/^1 challenge: 0 valid, 1 invalid \(\d+\.\d s\)$/),
      '',
    ]);
  });

  it('with --no-run checks the files only: a challenge with code is valid and nothing ran (no Docker)', async () => {
    writeChallenge(root, 'add-two');
    const result = await assay('challenges', 'validate', root, '--no-run', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout.trim())).toEqual({
      challenges: [expect.objectContaining({ id: 'add-two', valid: true, languages: ['python', 'javascript'], tests: { public: 1, hidden: 3 }, problems: [], results: [] })],
    });
  });

  it('prints one JSON object as the last line with --json, for a single challenge folder too', async () => {
    const dir = writeChallenge(root, 'broken', { 'tests/hidden.yaml': '- name: x\n  args: [1, 2]\n' });
    const result = await assay('challenges', 'validate', dir, '--json');
    expect(result.code).toBe(1);
    const last = JSON.parse(result.stdout.trim().split('\n').pop()!);
    expect(last).toEqual({
      challenges: [
        {
          id: 'broken',
          kind: null,
          valid: false,
          languages: [],
          tests: { public: 0, hidden: 0 },
          timeMs: expect.any(Number),
          problems: [{ file: path.join(dir, 'tests', 'hidden.yaml'), line: 1, field: '[0].expected', message: 'required' }],
          results: [],
        },
      ],
    });
  });
});
