import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { StoredValueError } from '../db/parse-column';
import { systemClock } from '../lib/clock';
import { repoSuite } from '../test-support/repo-suite';
import { loadCatalog, loadChallenge } from './challenge.loader';
import { ChallengeRepo } from './challenge.repo';
import { SIGNED_CHALLENGE, tempCatalog, writeChallenge } from './test-support/challenge-fixture';

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

  it('keeps a signature as written (records and fields in order) and the exact argument texts', async () => {
    const root = tempCatalog();
    try {
      const signature = { params: [{ name: 'b', type: 'Zed' }, { name: 'a', type: 'Ant' }], returns: 'int', records: { Zed: { zz: 'int', a: 'Ant' }, Ant: { yy: 'int', b: 'int' } } };
      const meta = `${SIGNED_CHALLENGE['challenge.yaml']!.split('signature:')[0]}signature: ${JSON.stringify(signature)}\n`;
      const hidden = '- name: huge\n  args: [{ zz: 9223372036854775807, a: { yy: 1, b: 2 } }, { yy: 3, b: 4 }]\n  expected: 1\n';
      const loaded = loadChallenge(writeChallenge(root, 'span-total', { ...SIGNED_CHALLENGE, 'challenge.yaml': meta, 'tests/public.yaml': hidden.replace('huge', 'small'), 'tests/hidden.yaml': hidden }));
      expect(loaded.problems).toEqual([]);
      await t.repo.save(loaded.challenge!);
      const stored = (await t.repo.current('span-total'))!.challenge;
      expect(JSON.stringify(stored.meta.signature)).toBe(JSON.stringify(signature));
      expect(stored.tests.hidden[0]).toMatchObject({ argsJson: '[{"zz":9223372036854775807,"a":{"yy":1,"b":2}},{"yy":3,"b":4}]', expectedJson: '1' });
      expect(stored).toEqual({ ...loaded.challenge, dir: '' });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
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
