import { sql } from 'drizzle-orm';
import { Client } from 'pg';
import { TEST_DB_KIND, testDatabase } from '../test-support/test-db';
import { openDatabase } from './client';

// PostgreSQL only: PGlite has no connections to lose.
const onPostgres = TEST_DB_KIND === 'postgres' ? describe : describe.skip;

onPostgres('openDatabase on PostgreSQL', () => {
  it('survives the server dropping its idle connections, and reconnects for the next query', async () => {
    const base = await testDatabase();
    const lost: Error[] = [];
    const database = await openDatabase({ databaseUrl: base.url, dataDir: '', onConnectionLost: (error) => lost.push(error) });
    try {
      await database.ping();
      const admin = new Client({ connectionString: process.env.ASSAY_TEST_PG_URL });
      await admin.connect();
      const name = new URL(base.url!).pathname.slice(1);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
      await admin.end();
      for (let i = 0; i < 100 && lost.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(lost.map((e) => (e as Error & { code?: string }).code)).toContain('57P01');
      const rows = await database.db.execute(sql`select 1 as one`);
      expect(rows.rows).toEqual([{ one: 1 }]);
    } finally {
      await database.close();
      await base.close();
    }
  });
});
