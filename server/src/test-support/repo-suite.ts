import type { Database, Db } from '../db/client';
import { testDatabase } from './test-db';

/** A repository test file's fixture: its own database and the repository under test over it. */
export interface RepoSuite<R> {
  database: Database;
  repo: R;
}

/**
 * Opens a fresh test database before the file's tests (jest `beforeAll`)
 * and closes it after them; `make` builds the repository over it. Read the
 * fields inside tests and hooks only: they are set once `beforeAll` ran.
 */
export function repoSuite<R>(make: (db: Db) => R): RepoSuite<R> {
  const suite = {} as RepoSuite<R>;
  beforeAll(async () => {
    suite.database = await testDatabase();
    suite.repo = make(suite.database.db);
  });
  afterAll(() => suite.database?.close());
  return suite;
}
