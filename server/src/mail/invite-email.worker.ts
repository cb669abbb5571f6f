import type { Logger } from 'pino';
import { DEFAULT_RETRY, nextTry, type RetryPolicy } from '../lib/backoff';
import type { Clock } from '../lib/clock';
import { DueWorkLoop, type Timers } from '../lib/due-work-loop';
import type { ClaimedEmail, InviteEmailRepo } from './invite-email.repo';
import type { MailTransport } from './mail-transport';

/**
 * Sends queued invite emails over SMTP. The schedule is the invite_emails
 * table, so a failed send waits there for its next try across restarts;
 * a 5xx refusal is final at once, anything else (the server down, a 4xx)
 * is tried again with backoff (30 s doubling to an hour, for a day). Logs
 * carry ids and the server's answer, never an address's body or its link.
 */
export class InviteEmailWorker {
  private readonly loop: DueWorkLoop<ClaimedEmail>;

  constructor(
    private readonly deps: {
      repo: Pick<InviteEmailRepo, 'due' | 'claim' | 'record'>;
      transport: MailTransport;
      clock: Clock;
      timers: Timers;
      logger: Pick<Logger, 'warn' | 'error' | 'info'>;
      retry?: RetryPolicy;
      pollMs?: number;
    },
  ) {
    // A try is bounded by the transport's timeouts (well under the 2-minute lease).
    this.loop = new DueWorkLoop(deps.repo, (email) => this.send(email), { ...deps, name: 'invite email', leaseMs: 120_000, batch: 4 });
  }

  /** Starts the rounds (the first at once); startServer calls it. */
  start(): void {
    this.loop.start();
  }

  /** Stops the rounds, waits for the one under way, and closes the transport. */
  async stop(): Promise<void> {
    await this.loop.stop();
    this.deps.transport.close();
  }

  /** An email was queued: send soon rather than at the next poll. */
  kick(): void {
    this.loop.kick();
  }

  /** One round (tests call it instead of waiting for the timer). */
  tick(): Promise<void> {
    return this.loop.tick();
  }

  private async send(email: ClaimedEmail): Promise<void> {
    const { clock, repo } = this.deps;
    const outcome = await this.deps.transport.send(email);
    const at = clock.now();
    if (outcome.ok) {
      await repo.record(email.id, { status: 'sent', sentAt: at, nextAttemptAt: null, lastResponse: outcome.response, messageId: outcome.messageId });
      this.deps.logger.info({ emailId: email.id, inviteId: email.inviteId, tries: email.tries }, 'invite email sent');
      return;
    }
    const next = outcome.permanent ? null : nextTry(email.tries, at, email.createdAt, this.deps.retry ?? DEFAULT_RETRY);
    await repo.record(email.id, { status: 'failed', nextAttemptAt: next, lastResponse: outcome.response });
    this.deps.logger.warn({ emailId: email.id, inviteId: email.inviteId, tries: email.tries, response: outcome.response, retryAt: next }, 'invite email failed');
  }
}
