import { systemClock } from '../lib/clock';
import { addChallenge } from '../test-support/factories';
import { repoSuite } from '../test-support/repo-suite';
import { CachingChallengeRepo } from './caching-challenge.repo';

describe('CachingChallengeRepo.version', () => {
  const t = repoSuite((db) => new CachingChallengeRepo(db, systemClock));

  it('reads a pinned version from the database once, then from memory', async () => {
    const repo = t.repo;
    const challenge = addChallenge();
    await repo.save(challenge);
    const select = jest.spyOn(t.database.db, 'select');
    const first = await repo.version(challenge.id, 1);
    const second = await repo.version(challenge.id, 1);
    expect(select).toHaveBeenCalledTimes(1);
    select.mockRestore();
    expect(second).toBe(first);
    expect(first?.challenge.meta.title).toBe(challenge.meta.title);
  });

  it('serves each version as it was written, a newer one included', async () => {
    const repo = t.repo;
    const challenge = addChallenge();
    await repo.save(challenge);
    expect((await repo.version(challenge.id, 1))?.challenge.prompt).toBe(challenge.prompt);
    await repo.save({ ...challenge, prompt: 'Changed.', files: { ...challenge.files, 'prompt.md': 'Changed.' } });
    expect((await repo.version(challenge.id, 2))?.challenge.prompt).toBe('Changed.');
    expect((await repo.version(challenge.id, 1))?.challenge.prompt).toBe(challenge.prompt);
    expect(await repo.version(challenge.id, 3)).toBeUndefined();
  });

  it('hands out a frozen value, so no caller can change what the next one reads', async () => {
    const repo = t.repo;
    const challenge = addChallenge();
    await repo.save(challenge);
    const stored = await repo.version(challenge.id, 1);
    expect(() => {
      (stored!.challenge.tests.hidden as unknown[]).push({ name: 'extra' });
    }).toThrow(TypeError);
  });
});
