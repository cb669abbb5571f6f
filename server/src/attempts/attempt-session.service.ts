import type { IssuedSession, SessionService } from '../auth/session.service';
import type { Clock } from '../lib/clock';
import type { AttemptSessionRepo } from './attempt-session.repo';

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
    private readonly repo: AttemptSessionRepo,
    private readonly clock: Clock,
    private readonly sessions: SessionService,
  ) {}

  /** Issues the attempt's new live session, ending the others, and records it. */
  async begin(attemptId: string, client: SessionClient): Promise<IssuedSession> {
    const record = { userAgent: (client.userAgent ?? '').slice(0, MAX_USER_AGENT), address: client.address ?? null };
    return this.repo.replace(attemptId, this.clock.now(), record, (tx) => this.sessions.issue({ attemptId }, tx));
  }

  /** Every session of an attempt, oldest first. */
  async list(attemptId: string): Promise<AttemptSessionRecord[]> {
    const rows = await this.repo.forAttempt(attemptId);
    return rows.map((r) => ({ startedAt: r.startedAt.toISOString(), endedAt: r.endedAt?.toISOString() ?? null, userAgent: r.userAgent, address: r.address }));
  }
}
