import { repoSuite } from '../test-support/repo-suite';
import { SessionRepo } from './session.repo';

describe('SessionRepo', () => {
  const t = repoSuite((db) => new SessionRepo(db));

  const now = new Date('2030-01-01T00:00:00Z');
  const later = (ms: number) => new Date(now.getTime() + ms);
  const row = (tokenHash: string, expiresAt: Date) => ({ tokenHash, userId: null, attemptId: `attempt-${tokenHash}`, csrfToken: 'csrf', expiresAt });

  it('finds a session by its token hash until it expires', async () => {
    await t.repo.insert(row('live', later(60_000)));
    expect(await t.repo.unexpired('live', now)).toMatchObject({ attemptId: 'attempt-live', csrfToken: 'csrf', endedAt: null });
    expect(await t.repo.unexpired('live', later(60_000))).toBeUndefined();
    expect(await t.repo.unexpired('unknown', now)).toBeUndefined();
  });

  it("writes through the caller's transaction, so a rolled-back one leaves no session", async () => {
    await expect(
      t.database.db.transaction(async (tx) => {
        await t.repo.insert(row('rolled-back', later(60_000)), tx);
        throw new Error('the caller fails after issuing');
      }),
    ).rejects.toThrow('the caller fails');
    expect(await t.repo.unexpired('rolled-back', now)).toBeUndefined();
  });

  it('deletes the expired sessions only, and one session on request', async () => {
    await t.repo.insert(row('old', later(1_000)));
    await t.repo.insert(row('keep', later(3_600_000)));
    expect(await t.repo.deleteExpired(later(2_000))).toBeGreaterThanOrEqual(1);
    expect(await t.repo.unexpired('old', now)).toBeUndefined();
    expect(await t.repo.unexpired('keep', now)).toBeDefined();
    await t.repo.delete('keep');
    expect(await t.repo.unexpired('keep', now)).toBeUndefined();
  });
});
