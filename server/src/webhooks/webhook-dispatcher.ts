import type { Logger } from 'pino';
import type { Clock } from '../lib/clock';
import type { DeliveryRow, WebhookRepo } from './webhook.repo';
import type { WebhookSender } from './webhook-sender';
import { SIGNATURE_HEADER, signWebhook } from './webhook-signature';

/** The timer the dispatcher waits with; tests pass one they fire by hand. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** When a failed delivery is tried again: doubling from `firstMs` up to `maxMs`, given up `giveUpMs` after it was made. */
export interface RetryPolicy {
  firstMs: number;
  maxMs: number;
  giveUpMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { firstMs: 30_000, maxMs: 3_600_000, giveUpMs: 86_400_000 };

/** The wait after the n-th failed try (n from 1): 30 s, 1 min, 2 min, … capped at an hour. */
export function retryDelayMs(tries: number, policy: RetryPolicy = DEFAULT_RETRY): number {
  return Math.min(policy.firstMs * 2 ** Math.min(tries - 1, 30), policy.maxMs);
}

/**
 * Sends due webhook deliveries. The schedule is the deliveries table
 * (`pending`, `next_attempt_at <= now`), so a restart loses nothing and
 * several servers can run one each: a delivery is sent by the server whose
 * conditional UPDATE claimed it. It wakes every `pollMs` and when a
 * delivery is added (`kick`); `tick` is the whole of one round, which
 * tests call themselves.
 */
export class WebhookDispatcher {
  private timer: unknown;
  private running: Promise<void> | null = null;
  private again = false;
  private started = false;

  constructor(
    private readonly deps: {
      repo: Pick<WebhookRepo, 'due' | 'claim' | 'record'>;
      send: WebhookSender;
      clock: Clock;
      timers: Timers;
      logger: Pick<Logger, 'warn' | 'error' | 'info'>;
      retry?: RetryPolicy;
      /** How often due deliveries are looked for (5 s). */
      pollMs?: number;
      /** How long a claim holds a delivery (longer than a send's timeout). */
      leaseMs?: number;
      /** Deliveries claimed and sent at once. */
      batch?: number;
    },
  ) {}

  /** Starts the rounds (the first at once). */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.schedule(0);
  }

  /** Stops the rounds and waits for the one under way. */
  async stop(): Promise<void> {
    this.started = false;
    if (this.timer !== undefined) this.deps.timers.clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** A delivery was added: look soon rather than at the next poll. */
  kick(): void {
    if (this.started) this.schedule(0);
  }

  /** One round: claims and sends every delivery due now, a batch at a time. Concurrent calls share one round. */
  tick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.round().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.tick();
      }
    });
    return this.running;
  }

  private schedule(ms: number): void {
    if (this.timer !== undefined) this.deps.timers.clearTimeout(this.timer);
    this.timer = this.deps.timers.setTimeout(() => {
      this.timer = undefined;
      this.tick()
        .catch((error: Error) => this.deps.logger.error({ err: error }, 'webhook round failed'))
        .finally(() => this.started && this.timer === undefined && this.schedule(this.deps.pollMs ?? 5000));
    }, ms);
  }

  private async round(): Promise<void> {
    const batch = this.deps.batch ?? 8;
    for (;;) {
      const now = this.deps.clock.now();
      const ids = await this.deps.repo.due(now, batch);
      if (!ids.length) return;
      const lease = new Date(now.getTime() + (this.deps.leaseMs ?? 60_000));
      const claimed = (await Promise.all(ids.map((id) => this.deps.repo.claim(id, now, lease)))).filter((d) => d !== undefined);
      await Promise.all(claimed.map((d) => this.send(d)));
      if (ids.length < batch) return;
    }
  }

  private async send(delivery: DeliveryRow & { url: string; secret: string }): Promise<void> {
    const { clock, repo } = this.deps;
    const timestamp = Math.floor(clock.now().getTime() / 1000);
    const outcome = await this.deps.send(
      delivery.url,
      {
        'Content-Type': 'application/json',
        'User-Agent': 'Assay-Webhooks',
        'Assay-Event': delivery.event,
        'Assay-Delivery': delivery.id,
        [SIGNATURE_HEADER]: signWebhook(delivery.secret, timestamp, delivery.body),
      },
      delivery.body,
    );
    const at = clock.now();
    if (outcome.ok) {
      await repo.record(delivery.id, { status: 'delivered', deliveredAt: at, nextAttemptAt: null, lastStatusCode: outcome.statusCode, lastError: null });
      return;
    }
    const policy = this.deps.retry ?? DEFAULT_RETRY;
    const next = new Date(at.getTime() + retryDelayMs(delivery.tries, policy));
    const gaveUp = next.getTime() > delivery.createdAt.getTime() + policy.giveUpMs;
    await repo.record(delivery.id, { status: gaveUp ? 'failed' : 'pending', nextAttemptAt: gaveUp ? null : next, lastStatusCode: outcome.statusCode, lastError: outcome.error });
    this.deps.logger.warn({ deliveryId: delivery.id, tries: delivery.tries, statusCode: outcome.statusCode, error: outcome.error, gaveUp }, 'webhook delivery failed');
  }
}
