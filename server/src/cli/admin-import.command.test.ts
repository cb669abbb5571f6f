import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/client';
import { ChallengeRepo } from '../challenges/challenge.repo';
import { systemClock } from '../lib/clock';
import { UserService } from '../users/user.service';
import { UserRepo } from '../users/user.repo';
import { runCli } from '../test-support/run-cli';
import { ensurePgliteTemplate, pgliteTemplateDir } from '../test-support/test-db';

const CATALOG = path.resolve(__dirname, '../../../challenges');
let dataDir: string;

beforeEach(async () => {
  await ensurePgliteTemplate();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-cli-db-'));
  fs.cpSync(pgliteTemplateDir(), dataDir, { recursive: true });
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function inDatabase<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const database = await openDatabase({ dataDir });
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

describe('assay challenges import', () => {
  it('loads every catalog challenge, and a second import changes nothing', async () => {
    const first = await runCli('challenges', 'import', CATALOG, '--data-dir', dataDir, '--json');
    expect(first.code).toBe(0);
    const { imported } = JSON.parse(first.stdout.trim().split('\n').pop()!);
    expect(imported.length).toBeGreaterThanOrEqual(4);
    expect(imported.every((i: { version: number; created: boolean }) => i.version === 1 && i.created)).toBe(true);
    const second = JSON.parse((await runCli('challenges', 'import', CATALOG, '--data-dir', dataDir, '--json')).stdout.trim().split('\n').pop()!);
    expect(second.imported.every((i: { created: boolean }) => !i.created)).toBe(true);
    const stored = await inDatabase((d) => new ChallengeRepo(d.db, systemClock).list());
    expect(stored.map((c) => c.id)).toEqual(imported.map((i: { id: string }) => i.id));
  }, 120_000); // two CLI processes, each checking and storing the whole catalog: well over 30 s on a loaded machine

  it('exits 2 naming a folder that does not exist', async () => {
    const result = await runCli('challenges', 'import', '/nowhere/at/all', '--data-dir', dataDir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/nowhere/at/all: no such folder');
  });
});

describe('assay admin create', () => {
  it('creates an admin who can log in', async () => {
    const result = await runCli('admin', 'create', '--email', 'Boss@Example.test', '--password', 'long enough pw', '--data-dir', dataDir);
    expect(result).toMatchObject({ code: 0, stdout: 'created admin Boss@Example.test\n' });
    const user = await inDatabase((d) => new UserService(new UserRepo(d.db), systemClock).authenticate('boss@example.test', 'long enough pw'));
    expect(user?.role).toBe('admin');
  });

  it('refuses a short password, naming the option', async () => {
    const result = await runCli('admin', 'create', '--email', 'a@example.test', '--password', 'short', '--data-dir', dataDir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--password: must be at least 10 characters');
  });
});
