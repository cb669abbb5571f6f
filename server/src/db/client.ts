import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { Pool } from 'pg';
import { schema } from './schema';

/** The Drizzle database, the same type over PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A connected, migrated database and how to let it go. */
export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Cheap round trip for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const MIGRATIONS = path.resolve(__dirname, '../../drizzle');

/**
 * Opens PostgreSQL when `databaseUrl` is set, otherwise the embedded PGlite
 * in `dataDir`, and applies every pending migration.
 */
export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
  /** Told when PostgreSQL drops an idle pooled connection (a restart, an admin's terminate). */
  onConnectionLost?: (error: Error) => void;
  /** Told each SQL statement Drizzle sends (tests count a request's statements with it). */
  onQuery?: (query: string) => void;
}): Promise<Database> {
  const logger = opts.onQuery && { logQuery: (query: string) => opts.onQuery!(query) };
  if (opts.databaseUrl) {
    const pool = new Pool({ connectionString: opts.databaseUrl, max: 10 });
    // pg emits 'error' when an idle client's connection dies; unheard, that
    // event would end the process. The pool drops that client and opens a
    // new one for the next query, so the server only needs to note it.
    pool.on('error', (error) => opts.onConnectionLost?.(error));
    const db = drizzlePg(pool, { schema, logger }) as unknown as Db;
    await migratePg(db as never, { migrationsFolder: MIGRATIONS });
    return {
      db,
      kind: 'postgres',
      ping: async () => void (await db.execute(sql`select 1`)),
      close: () => pool.end(),
    };
  }
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const client = new PGlite(opts.dataDir);
  await client.waitReady;
  const db = drizzlePglite(client, { schema, logger }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder: MIGRATIONS });
  return {
    db,
    kind: 'pglite',
    ping: async () => void (await db.execute(sql`select 1`)),
    close: () => client.close(),
  };
}
