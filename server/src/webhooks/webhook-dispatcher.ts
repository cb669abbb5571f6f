import type { Logger } from 'pino';
import type { Clock } from '../lib/clock';
import type { DeliveryRow, WebhookRepo } from './webhook.repo';
import type { WebhookSender } from './webhook-sender';
import { SIGNATURE_HEADER, signWebhook } from './webhook-signature';
import { DEFAULT_RETRY, nextTry, type RetryPolicy } from '../lib/backoff';
import { DueWorkLoop, type Timers } from '../lib/due-work-loop';

export { DEFAULT_RETRY, retryDelayMs, type RetryPolicy } from '../lib/backoff';
export { systemTimers, type Timers } from '../lib/due-work-loop';

/**
 * Sends due webhook deliveries. The schedule is the deliveries table
 * (`pending`, `next_attempt_at <= now`), so a restart loses nothing and
 * several servers can run one each: a delivery is sent by the server whose
 * conditional UPDATE claimed it. It wakes every `pollMs` and when a
 * delivery is added (`kick`); `tick` is the whole of one round, which
 * tests call themselves.
 */
export class WebhookDispatcher {
  private readonly loop: DueWorkLoop<DeliveryRow & { url: string; secret: string }>;

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
  ) {
    this.loop = new DueWorkLoop(deps.repo, (d) => this.send(d), { ...deps, name: 'webhook' });
  }

  /** Starts the rounds (the first at once). */
  start(): void {
    this.loop.start();
  }

  /** Stops the rounds and waits for the one under way. */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** A delivery was added: look soon rather than at the next poll. */
  kick(): void {
    this.loop.kick();
  }

  /** One round: claims and sends every delivery due now, a batch at a time. Concurrent calls share one round. */
  tick(): Promise<void> {
    return this.loop.tick();
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
    const next = nextTry(delivery.tries, at, delivery.createdAt, this.deps.retry ?? DEFAULT_RETRY);
    const gaveUp = next === null;
    await repo.record(delivery.id, { status: gaveUp ? 'failed' : 'pending', nextAttemptAt: next, lastStatusCode: outcome.statusCode, lastError: outcome.error });
    this.deps.logger.warn({ deliveryId: delivery.id, tries: delivery.tries, statusCode: outcome.statusCode, error: outcome.error, gaveUp }, 'webhook delivery failed');
  }
}
