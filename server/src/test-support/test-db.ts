import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { openDatabase, type Database } from '../db/client';

/** Which database the API and storage suites run on: `pglite` (default) or `postgres` (ASSAY_TEST_DB=postgres). */
export const TEST_DB_KIND = process.env.ASSAY_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

const MIGRATIONS = path.resolve(__dirname, '../../drizzle');

/** Folder of a migrated PGlite database that test files copy instead of running initdb (~4 s) each. */
export function pgliteTemplateDir(): string {
  const hash = crypto.createHash('sha256');
  for (const f of fs
    .readdirSync(MIGRATIONS)
    .filter((f) => f.endsWith('.sql'))
    .sort())
    hash.update(fs.readFileSync(path.join(MIGRATIONS, f)));
  return path.join(os.tmpdir(), `assay-pglite-template-${hash.digest('hex').slice(0, 12)}`);
}

/** Creates the PGlite template once (jest globalSetup calls this). */
export async function ensurePgliteTemplate(): Promise<void> {
  const dir = pgliteTemplateDir();
  if (fs.existsSync(path.join(dir, 'PG_VERSION'))) return;
  const building = `${dir}.building-${process.pid}`;
  const db = await openDatabase({ dataDir: building });
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(building, dir);
}

/**
 * A fresh, migrated, empty database for one test file: a copy of the PGlite
 * template, or a new database on the PostgreSQL server in ASSAY_TEST_PG_URL.
 * close() removes it.
 */
export async function testDatabase(opts: { onQuery?: (query: string) => void } = {}): Promise<Database & { url?: string }> {
  if (TEST_DB_KIND === 'postgres') {
    const adminUrl = process.env.ASSAY_TEST_PG_URL;
    if (!adminUrl) throw new Error('ASSAY_TEST_DB=postgres needs ASSAY_TEST_PG_URL (npm test sets both)');
    const name = `assay_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '', onQuery: opts.onQuery });
    return {
      ...database,
      url: url.toString(),
      async close() {
        await database.close();
        const c = new Client({ connectionString: adminUrl });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  await ensurePgliteTemplate();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-test-db-'));
  fs.cpSync(pgliteTemplateDir(), dir, { recursive: true });
  const database = await openDatabase({ dataDir: dir, onQuery: opts.onQuery });
  return {
    ...database,
    async close() {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
