import { BoundedCache, deepFreeze } from '../lib/bounded-cache';
import { ChallengeRepo, type StoredChallenge } from './challenge.repo';

/** Challenge versions kept in memory (each a whole challenge, hidden tests included). */
export const CACHED_VERSIONS = 64;

/**
 * ChallengeRepo that reads each pinned version from the database once per
 * process. A version never changes once written, and the submit path reads
 * the same one several times (the submit, the worker, the SSE stream; the
 * attempt view once per challenge), each a query plus a parse of the whole
 * challenge. The values handed out are shared, so they are frozen.
 */
export class CachingChallengeRepo extends ChallengeRepo {
  private readonly versions = new BoundedCache<string, StoredChallenge>(CACHED_VERSIONS);

  override async version(id: string, version: number): Promise<StoredChallenge | undefined> {
    const key = `${version}:${id}`;
    const cached = this.versions.get(key);
    if (cached) return cached;
    const stored = await super.version(id, version);
    if (stored) this.versions.set(key, deepFreeze(stored));
    return stored;
  }
}
