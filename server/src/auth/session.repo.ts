import { and, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../db/client';
import { sessions } from '../db/schema';

export type SessionRow = typeof sessions.$inferSelect;
export type NewSessionRow = Pick<typeof sessions.$inferInsert, 'tokenHash' | 'userId' | 'attemptId' | 'csrfToken' | 'expiresAt'>;
/** Where a session row can be written: the database, or a caller's open transaction. */
export type SessionWriter = Pick<Db, 'insert'>;

/** Cookie sessions in storage, keyed by the hash of their token. */
export class SessionRepo {
  constructor(private readonly db: Db) {}

  /** `tx` lets a caller write the row inside its own transaction (an attempt's start ends the earlier session there). */
  async insert(row: NewSessionRow, tx: SessionWriter = this.db): Promise<void> {
    await tx.insert(sessions).values(row);
  }

  /** The session with this token hash unless it expired by `now` (an ended one is still returned: it says why it ended). */
  async unexpired(tokenHash: string, now: Date): Promise<SessionRow | undefined> {
    const [row] = await this.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
    return row;
  }

  /** Deletes sessions expired by `now`; returns how many. */
  async deleteExpired(now: Date): Promise<number> {
    const gone = await this.db.delete(sessions).where(lte(sessions.expiresAt, now)).returning({ tokenHash: sessions.tokenHash });
    return gone.length;
  }

  async delete(tokenHash: string): Promise<void> {
    await this.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  }
}
