import fs from 'node:fs';
import path from 'node:path';
import { SEED_CATALOG, writeChallenge } from '../challenges/test-support/challenge-fixture';
import { useAppAndCatalog } from '../test-support/listening-app';
import { runCli } from '../test-support/run-cli';

const suite = useAppAndCatalog();
const server = () => ['--server', suite.app.url, '--token', suite.app.adminToken];
const push = (dir: string) => runCli('challenges', 'push', dir, ...server(), '--no-run');
const pull = (dir: string, ...more: string[]) => runCli('challenges', 'pull', dir, ...server(), ...more);

/** Every file under `dir` (relative path → bytes as base64), to compare two trees exactly. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, rel);
    if (fs.statSync(file).isFile()) out[rel] = fs.readFileSync(file).toString('base64');
  }
  return out;
}

describe('assay challenges pull', () => {
  it('after a push, writes back the same files byte for byte', async () => {
    const catalog = path.join(suite.root, 'catalog');
    // Seed challenges of several kinds (a swapped compare pair among them), and one whose bytes are awkward on purpose.
    for (const id of ['two-sum', 'review-sql-injection', 'compare-rle-readability', 'compare-rle-readability-swapped', 'explain-hash-vs-sorted']) {
      fs.cpSync(path.join(SEED_CATALOG, id), path.join(catalog, id), { recursive: true });
    }
    writeChallenge(catalog, 'awkward-bytes', {
      'prompt.md': '\uFEFF# Ådd twø — 数字\r\n\r\nReturn `a + b`.  \r\n\r\n\r\n',
      'starter/python.py': 'def add_two(a, b):\r\n    raise NotImplementedError',
      'reference/javascript.js': '\tfunction addTwo(a, b) {\n\t\treturn a + b; // ✓\n\t}\n\n',
    });
    expect((await push(catalog)).code).toBe(0);

    const out = path.join(suite.root, 'pulled');
    const result = await pull(out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('awkward-bytes  v1  8 files\n');
    expect(result.stdout).toContain(`6 challenges pulled into ${out}\n`);
    expect(tree(out)).toEqual(tree(catalog));
  });

  it('refuses a challenge folder that is not empty, then replaces it with --overwrite', async () => {
    writeChallenge(suite.root, 'kept-local');
    expect((await push(suite.root)).code).toBe(0);
    const out = path.join(suite.root, 'pulled');
    fs.mkdirSync(path.join(out, 'kept-local'), { recursive: true });
    fs.writeFileSync(path.join(out, 'kept-local', 'stale.md'), 'left from an older pull\n');

    const refused = await pull(out);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${path.join(out, 'kept-local')}: already there and not empty`);
    expect(fs.readdirSync(path.join(out, 'kept-local'))).toEqual(['stale.md']);

    const replaced = await pull(out, '--overwrite');
    expect(replaced.code).toBe(0);
    expect(tree(path.join(out, 'kept-local'))).toEqual(tree(path.join(suite.root, 'kept-local')));
  });

  it("exits 3 with the server's message for a wrong token, writing nothing", async () => {
    const out = path.join(suite.root, 'pulled');
    const result = await runCli('challenges', 'pull', out, '--server', suite.app.url, '--token', 'assay_wrong');
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(`assay: GET ${suite.app.url}/api/v1/challenges: the server answered 401: the API token is unknown or revoked\n`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('exits 2 naming --server when it is missing', async () => {
    const result = await runCli('challenges', 'pull', path.join(suite.root, 'pulled'), '--token', suite.app.adminToken);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--server: required');
  });
});
