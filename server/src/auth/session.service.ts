import type { Clock } from '../lib/clock';
import { hashSecret, newSecret } from '../lib/ids';
import type { SessionRepo, SessionRow, SessionWriter } from './session.repo';

/** Staff sessions last 12 hours; candidate sessions until well after any deadline (7 days). */
const STAFF_TTL_MS = 12 * 3600_000;
const CANDIDATE_TTL_MS = 7 * 24 * 3600_000;

export interface IssuedSession {
  /** Goes in the httpOnly cookie; only its hash is stored. */
  token: string;
  /** Must come back in X-CSRF-Token on state-changing requests. */
  csrfToken: string;
  expiresAt: Date;
}

/** Cookie sessions for staff (by user) and candidates (by attempt). */
export class SessionService {
  constructor(
    private readonly repo: SessionRepo,
    private readonly clock: Clock,
  ) {}

  /** A new session; `tx` lets a caller issue it inside its own transaction. */
  async issue(owner: { userId: string } | { attemptId: string }, tx?: SessionWriter): Promise<IssuedSession> {
    const token = newSecret();
    const csrfToken = newSecret();
    const ttl = 'userId' in owner ? STAFF_TTL_MS : CANDIDATE_TTL_MS;
    const expiresAt = new Date(this.clock.now().getTime() + ttl);
    const row = {
      tokenHash: hashSecret(token),
      userId: 'userId' in owner ? owner.userId : null,
      attemptId: 'attemptId' in owner ? owner.attemptId : null,
      csrfToken,
      expiresAt,
    };
    await this.repo.insert(row, tx);
    return { token, csrfToken, expiresAt };
  }

  /** The unexpired session for a cookie token (check `endedAt`: a replaced candidate session is kept to say so), or undefined. */
  find(token: string): Promise<SessionRow | undefined> {
    return this.repo.unexpired(hashSecret(token), this.clock.now());
  }

  /** Deletes sessions past their expiry; returns how many. Run by the sweeper. */
  purgeExpired(): Promise<number> {
    return this.repo.deleteExpired(this.clock.now());
  }

  /** Ends a session at once (logout). */
  async revoke(tokenHash: string): Promise<void> {
    await this.repo.delete(tokenHash);
  }
}
