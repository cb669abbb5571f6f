import { eq } from 'drizzle-orm';
import { apiTokens } from '../db/schema';
import { newId } from '../lib/ids';
import { repoSuite } from '../test-support/repo-suite';
import { UserRepo } from './user.repo';

describe('UserRepo', () => {
  const t = repoSuite((db) => new UserRepo(db));

  const addUser = (email: string) => t.repo.insert({ id: newId(), email, name: 'N', role: 'admin', passwordHash: 'h' });

  it('finds a user by email in any case, and by id', async () => {
    const user = await addUser('Grace@Example.test');
    expect((await t.repo.byEmail('grace@example.TEST'))?.id).toBe(user.id);
    expect((await t.repo.byId(user.id))?.email).toBe('Grace@Example.test');
    expect(await t.repo.byEmail('nobody@example.test')).toBeUndefined();
  });

  it('refuses a second account whose email differs only in case', async () => {
    await addUser('twice@example.test');
    await expect(addUser('TWICE@example.test')).rejects.toThrow();
  });

  it('gives a live token its owner and stamps its last use; a revoked one gives nobody', async () => {
    const user = await addUser('tokens@example.test');
    const id = newId();
    await t.repo.insertToken({ id, userId: user.id, name: 'ci', tokenHash: 'hash-1' });
    const at = new Date('2030-01-02T03:04:05Z');
    expect((await t.repo.useToken('hash-1', at))?.id).toBe(user.id);
    const [token] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(token?.lastUsedAt).toEqual(at);
    expect(await t.repo.revokeToken(user.id, id, at)).toBe(true);
    expect(await t.repo.revokeToken(user.id, id, at)).toBe(false);
    expect(await t.repo.useToken('hash-1', at)).toBeUndefined();
  });

  it("does not revoke another user's token", async () => {
    const owner = await addUser('owner@example.test');
    const other = await addUser('other@example.test');
    const id = newId();
    await t.repo.insertToken({ id, userId: owner.id, name: 'ci', tokenHash: 'hash-2' });
    expect(await t.repo.revokeToken(other.id, id, new Date())).toBe(false);
    expect((await t.repo.useToken('hash-2', new Date()))?.id).toBe(owner.id);
  });
});
