import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { IssuedSession, SessionService } from '../auth/session.service';
import type { Db } from '../db/client';
import { attemptSessions, attempts, sessions } from '../db/schema';
import type { Clock } from '../lib/clock';

/** Longest user agent kept (they are free text from the client). */
const MAX_USER_AGENT = 500;

/** Where a start came from, as the request says. */
export interface SessionClient {
  userAgent: string | undefined;
  address: string | undefined;
}

/** One browser session of an attempt, for admins. */
export interface AttemptSessionRecord {
  startedAt: string;
  endedAt: string | null;
  userAgent: string;
  address: string | null;
}

/**
 * One live session per attempt. Each start from the invite link (a first
 * start, a crashed browser, another machine) issues a new cookie session
 * and ends every earlier one of the attempt, so two people cannot work one
 * attempt side by side. The ended session is kept (marked `endedAt`) until
 * it expires, so its next request can be told why it was refused; each
 * session is also recorded on the attempt for admins.
 */
export class AttemptSessionService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly sessions: SessionService,
  ) {}

  /** Issues the attempt's new live session, ending the others, and records it. */
  async begin(attemptId: string, client: SessionClient): Promise<IssuedSession> {
    return this.db.transaction(async (tx) => {
      // The attempt row's lock orders two simultaneous starts: the later one ends the earlier.
      await tx.select({ id: attempts.id }).from(attempts).where(eq(attempts.id, attemptId)).for('update');
      const now = this.clock.now();
      await tx
        .update(sessions)
        .set({ endedAt: now })
        .where(and(eq(sessions.attemptId, attemptId), isNull(sessions.endedAt), gt(sessions.expiresAt, now)));
      await tx
        .update(attemptSessions)
        .set({ endedAt: now })
        .where(and(eq(attemptSessions.attemptId, attemptId), isNull(attemptSessions.endedAt)));
      const issued = await this.sessions.issue({ attemptId }, tx);
      await tx.insert(attemptSessions).values({
        attemptId,
        startedAt: now,
        userAgent: (client.userAgent ?? '').slice(0, MAX_USER_AGENT),
        address: client.address ?? null,
      });
      return issued;
    });
  }

  /** Every session of an attempt, oldest first. */
  async list(attemptId: string): Promise<AttemptSessionRecord[]> {
    const rows = await this.db.select().from(attemptSessions).where(eq(attemptSessions.attemptId, attemptId)).orderBy(asc(attemptSessions.id));
    return rows.map((r) => ({ startedAt: r.startedAt.toISOString(), endedAt: r.endedAt?.toISOString() ?? null, userAgent: r.userAgent, address: r.address }));
  }
}
