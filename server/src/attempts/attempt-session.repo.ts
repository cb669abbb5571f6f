import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { attemptSessions, attempts, sessions } from '../db/schema';
import type { SessionWriter } from '../auth/session.repo';

export type AttemptSessionRow = typeof attemptSessions.$inferSelect;

/** The attempt-session record in storage, and the cookie sessions it ends. */
export class AttemptSessionRepo {
  constructor(private readonly db: Db) {}

  /**
   * In one transaction, ordered by a lock on the attempt row (two
   * simultaneous starts: the later ends the earlier): ends the attempt's
   * live cookie sessions and session records, runs `issue` (which inserts
   * the new cookie session through `tx`), and records the new session.
   */
  async replace<T>(attemptId: string, now: Date, record: { userAgent: string; address: string | null }, issue: (tx: SessionWriter) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.select({ id: attempts.id }).from(attempts).where(eq(attempts.id, attemptId)).for('update');
      await tx
        .update(sessions)
        .set({ endedAt: now })
        .where(and(eq(sessions.attemptId, attemptId), isNull(sessions.endedAt), gt(sessions.expiresAt, now)));
      await tx
        .update(attemptSessions)
        .set({ endedAt: now })
        .where(and(eq(attemptSessions.attemptId, attemptId), isNull(attemptSessions.endedAt)));
      const issued = await issue(tx);
      await tx.insert(attemptSessions).values({ attemptId, startedAt: now, ...record });
      return issued;
    });
  }

  /** Every session record of an attempt, oldest first. */
  forAttempt(attemptId: string): Promise<AttemptSessionRow[]> {
    return this.db.select().from(attemptSessions).where(eq(attemptSessions.attemptId, attemptId)).orderBy(asc(attemptSessions.id));
  }
}
