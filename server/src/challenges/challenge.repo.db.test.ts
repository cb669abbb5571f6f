import path from 'node:path';
import { sql } from 'drizzle-orm';
import { StoredValueError } from '../db/parse-column';
import { systemClock } from '../lib/clock';
import { repoSuite } from '../test-support/repo-suite';
import { loadCatalog } from './challenge.loader';
import { ChallengeRepo } from './challenge.repo';

const catalog = loadCatalog(path.resolve(__dirname, '../../../challenges')).map((loaded) => loaded.challenge!);

describe('ChallengeRepo reads challenge_versions.content through its schema', () => {
  const t = repoSuite((db) => new ChallengeRepo(db, systemClock));
  beforeAll(async () => {
    for (const challenge of catalog) await t.repo.save(challenge);
  });

  it('reads back every catalog challenge as the loader made it (function and stdio, exact expected values included)', async () => {
    expect(catalog.some((c) => c.meta.mode === 'stdio')).toBe(true);
    expect(catalog.some((c) => c.tests.hidden.some((test) => 'expectedJson' in test))).toBe(true);
    for (const challenge of catalog) expect((await t.repo.version(challenge.id, 1))?.challenge).toEqual({ ...challenge, dir: '' });
    expect((await t.repo.list()).map((c) => c.id)).toEqual(catalog.map((c) => c.id));
  });

  it('names the field of a stored test case that does not match, on every read', async () => {
    const { id } = catalog.find((c) => c.meta.mode === 'function')!;
    await t.database.db.execute(sql`update challenge_versions set content = jsonb_set(content, '{tests,hidden,0,group}', '5') where challenge_id = ${id}`);
    const message = /stored challenge_versions\.content\.tests\.hidden\.0\.group does not match its schema: .*expected string/;
    await expect(t.repo.version(id, 1)).rejects.toThrow(StoredValueError);
    await expect(t.repo.version(id, 1)).rejects.toThrow(message);
    await expect(t.repo.current(id)).rejects.toThrow(message);
    await expect(t.repo.currentMany([id])).rejects.toThrow(message);
    await expect(t.repo.list()).rejects.toThrow(message);
  });

  it('names a metadata field that does not match', async () => {
    const { id } = catalog.find((c) => c.meta.mode === 'stdio')!;
    await t.database.db.execute(sql`update challenge_versions set content = jsonb_set(content, '{meta,languages}', '"python"') where challenge_id = ${id}`);
    await expect(t.repo.current(id)).rejects.toThrow(/stored challenge_versions\.content\.meta\.languages does not match/);
  });
});
