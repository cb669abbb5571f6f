import { and, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../db/client';
import { sessions } from '../db/schema';
import type { Clock } from '../lib/clock';
import { hashSecret, newSecret } from '../lib/ids';

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
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** A new session; `tx` lets a caller issue it inside its own transaction. */
  async issue(owner: { userId: string } | { attemptId: string }, tx: Pick<Db, 'insert'> = this.db): Promise<IssuedSession> {
    const token = newSecret();
    const csrfToken = newSecret();
    const ttl = 'userId' in owner ? STAFF_TTL_MS : CANDIDATE_TTL_MS;
    const expiresAt = new Date(this.clock.now().getTime() + ttl);
    await tx.insert(sessions).values({
      tokenHash: hashSecret(token),
      userId: 'userId' in owner ? owner.userId : null,
      attemptId: 'attemptId' in owner ? owner.attemptId : null,
      csrfToken,
      expiresAt,
    });
    return { token, csrfToken, expiresAt };
  }

  /** The unexpired session for a cookie token (check `endedAt`: a replaced candidate session is kept to say so), or undefined. */
  async find(token: string) {
    const [row] = await this.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.tokenHash, hashSecret(token)), gt(sessions.expiresAt, this.clock.now())));
    return row;
  }

  /** Deletes sessions past their expiry; returns how many. Run by the sweeper. */
  async purgeExpired(): Promise<number> {
    const gone = await this.db.delete(sessions).where(lte(sessions.expiresAt, this.clock.now())).returning({ tokenHash: sessions.tokenHash });
    return gone.length;
  }

  async revoke(tokenHash: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  }
}
