import fs from 'node:fs';
import path from 'node:path';
import { SEED_CATALOG, writeChallenge } from '../challenges/test-support/challenge-fixture';
import { deadUrl, useAppAndCatalog } from '../test-support/listening-app';
import { runCli } from '../test-support/run-cli';

// The fixture challenges have code; `--no-run` keeps these tests off Docker (the reference runs are `validate`'s, tested in its docker suites).
const suite = useAppAndCatalog();
const push = (dir: string, ...more: string[]) => runCli('challenges', 'push', dir, '--server', suite.app.url, '--token', suite.app.adminToken, '--no-run', ...more);
const versions = async () => Object.fromEntries((await suite.app.t.services.challenges.list()).map((c) => [c.id, c.version]));

describe('assay challenges push', () => {
  it('creates each challenge of a catalog, and a second push finds them unchanged', async () => {
    writeChallenge(suite.root, 'push-alpha');
    writeChallenge(suite.root, 'push-beta');

    const first = await push(suite.root);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('push-alpha  created (v1)\npush-beta  created (v1)\n2 created, 0 new version, 0 unchanged\n');
    expect(await versions()).toMatchObject({ 'push-alpha': 1, 'push-beta': 1 });

    const second = await push(suite.root);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('push-alpha  unchanged (v1)\npush-beta  unchanged (v1)\n0 created, 0 new version, 2 unchanged\n');
  });

  it('makes a new version of a challenge whose files changed, with the new files', async () => {
    const dir = writeChallenge(suite.root, 'push-edit');
    expect((await push(suite.root)).code).toBe(0);
    fs.writeFileSync(path.join(dir, 'prompt.md'), '# Add two numbers\n\nReturn the sum of `a` and `b`.\n');

    const result = await push(dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('push-edit  new version 2\n');
    expect((await suite.app.t.services.challenges.current('push-edit'))!.challenge.files['prompt.md']).toBe('# Add two numbers\n\nReturn the sum of `a` and `b`.\n');
  });

  it('with --dry-run prints the same plan and writes nothing', async () => {
    const dir = writeChallenge(suite.root, 'dry-old');
    expect((await push(suite.root)).code).toBe(0);
    fs.appendFileSync(path.join(dir, 'tests/hidden.yaml'), '- name: more\n  group: basic\n  args: [2, 2]\n  expected: 4\n');
    writeChallenge(suite.root, 'dry-new');
    writeChallenge(suite.root, 'dry-same');
    expect((await push(path.join(suite.root, 'dry-same'))).code).toBe(0);
    const before = await versions();

    const result = await push(suite.root, '--dry-run', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout.trim().split('\n').pop()!)).toMatchObject({
      dryRun: true,
      pushed: [
        { id: 'dry-new', result: 'created', version: 1 },
        { id: 'dry-old', result: 'new_version', version: 2 },
        { id: 'dry-same', result: 'unchanged', version: 1 },
      ],
    });
    expect(await versions()).toEqual(before);
    expect(before['dry-new']).toBeUndefined();
  });

  it('exits 1 for an invalid challenge, naming file, line and field, and writes nothing', async () => {
    writeChallenge(suite.root, 'bad-good');
    const broken = writeChallenge(suite.root, 'bad-broken', { 'tests/hidden.yaml': '- name: x\n  args: [1, 2]\n' });

    const result = await push(suite.root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`✗ bad-broken  not loaded: 1 problem\n    ${path.join(broken, 'tests', 'hidden.yaml')}:1: [0].expected: required\n`);
    expect(result.stdout).toContain('2 challenges checked (files only, no reference run): 1 invalid');
    expect(await versions()).not.toHaveProperty('bad-good');
  });

  it('exits 1 for a file that is not UTF-8, since it would not come back byte for byte', async () => {
    const dir = writeChallenge(suite.root, 'latin-one');
    fs.writeFileSync(path.join(dir, 'prompt.md'), Buffer.from('# Caf\xe9\n', 'latin1'));

    const result = await push(suite.root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${path.join(dir, 'prompt.md')}: not UTF-8 text`);
    expect(await versions()).not.toHaveProperty('latin-one');
  });

  it('names files outside the challenge format, which it does not push', async () => {
    const dir = writeChallenge(suite.root, 'with-notes');
    fs.writeFileSync(path.join(dir, 'NOTES.md'), 'why the hidden tests are what they are\n');

    const result = await push(suite.root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('with-notes: not part of the challenge format, not pushed: NOTES.md\n');
    expect((await suite.app.t.services.challenges.current('with-notes'))!.challenge.files).not.toHaveProperty('NOTES.md');
  });

  it('without --no-run validates as `validate` does (an explain challenge has no code to run, so no Docker here)', async () => {
    fs.cpSync(path.join(SEED_CATALOG, 'explain-union-find'), path.join(suite.root, 'explain-union-find'), { recursive: true });
    const result = await runCli('challenges', 'push', suite.root, '--server', suite.app.url, '--token', suite.app.adminToken);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1 challenge checked: 0 invalid \(\d+\.\d s\)\nexplain-union-find {2}created \(v1\)\n/);
  });

  it('takes the token from ASSAY_TOKEN', async () => {
    writeChallenge(suite.root, 'env-token');
    process.env.ASSAY_TOKEN = suite.app.adminToken;
    try {
      const result = await runCli('challenges', 'push', suite.root, '--server', suite.app.url, '--no-run');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('env-token  created (v1)');
    } finally {
      delete process.env.ASSAY_TOKEN;
    }
  });

  describe('bad input (exit 2)', () => {
    it('names --server when it is missing', async () => {
      writeChallenge(suite.root, 'no-server');
      const result = await runCli('challenges', 'push', suite.root, '--token', suite.app.adminToken);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--server: required');
    });

    it('names --token when neither it nor ASSAY_TOKEN is given', async () => {
      const result = await runCli('challenges', 'push', suite.root, '--server', suite.app.url);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--token: required (or set ASSAY_TOKEN)');
    });

    it('names DIR when it does not exist', async () => {
      const missing = path.join(suite.root, 'nope');
      const result = await push(missing);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`assay: ${missing}: no such folder\n`);
    });
  });

  describe('server unreachable or refusing (exit 3)', () => {
    it('names the URL when nothing listens there', async () => {
      writeChallenge(suite.root, 'dead-port');
      const url = await deadUrl();
      const result = await runCli('challenges', 'push', suite.root, '--server', url, '--token', suite.app.adminToken, '--no-run');
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(new RegExp(`^assay: GET ${url}/api/v1/challenges: cannot reach the server \\(.*ECONNREFUSED.*\\)\\n$`));
    });

    it("prints the server's message for a wrong token, and never the token", async () => {
      writeChallenge(suite.root, 'wrong-token');
      const result = await runCli('challenges', 'push', suite.root, '--server', suite.app.url, '--token', 'assay_not-a-real-token', '--no-run');
      expect(result.code).toBe(3);
      expect(result.stderr).toBe(`assay: GET ${suite.app.url}/api/v1/challenges: the server answered 401: the API token is unknown or revoked\n`);
      expect(result.stdout + result.stderr).not.toContain('not-a-real-token');
      expect(await versions()).not.toHaveProperty('wrong-token');
    });

    it('prints the refusal of a token without the admin role', async () => {
      writeChallenge(suite.root, 'reviewer-token');
      const result = await runCli('challenges', 'push', suite.root, '--server', suite.app.url, '--token', suite.app.reviewerToken, '--no-run');
      expect(result.code).toBe(3);
      expect(result.stderr).toBe(`assay: POST ${suite.app.url}/api/v1/challenges: the server answered 403: this needs the admin role\n`);
    });
  });
});
