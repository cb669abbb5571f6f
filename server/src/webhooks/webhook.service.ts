import type { Logger } from 'pino';
import type { AssessmentService } from '../assessments/assessment.service';
import type { AttemptResults } from '../exports/attempt-results';
import { NotFoundError } from '../http/errors';
import type { Clock } from '../lib/clock';
import type { AttemptEvent } from '../lib/domain-events';
import { newId, newSecret } from '../lib/ids';
import type { DeliveryRow, EndpointRow, WebhookRepo } from './webhook.repo';
import type { WebhookBody, WebhookCreated, WebhookDeliveryView, WebhookEvent, WebhookView } from './webhook.schema';

/** Deliveries an endpoint's log shows, newest first. */
export const DELIVERY_LOG_SIZE = 100;

const endpointView = (e: EndpointRow): WebhookView => ({ id: e.id, assessmentId: e.assessmentId, url: e.url, events: e.events, createdAt: e.createdAt.toISOString() });

/** A delivery as the admin's log shows it (never its body or the secret). */
export function deliveryView(d: DeliveryRow): WebhookDeliveryView {
  return {
    id: d.id,
    endpointId: d.endpointId,
    event: d.event as WebhookEvent,
    attemptId: d.attemptId,
    status: d.status,
    tries: d.tries,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    createdAt: d.createdAt.toISOString(),
    nextAttemptAt: d.status === 'pending' && d.nextAttemptAt ? d.nextAttemptAt.toISOString() : null,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    redeliveryOf: d.redeliveryOf,
  };
}

/**
 * Webhook endpoints per assessment and the deliveries of their events.
 * A delivery's body is built once, when the event happens, and kept: it is
 * what is signed and sent on every try and on a redelivery.
 */
export class WebhookService {
  constructor(
    private readonly deps: {
      repo: WebhookRepo;
      results: AttemptResults;
      assessments: Pick<AssessmentService, 'view'>;
      clock: Clock;
      logger: Pick<Logger, 'warn' | 'info'>;
      /** Told when deliveries were added, so they go out without waiting for the next poll. */
      onQueued?: () => void;
    },
  ) {}

  async list(assessmentId: string): Promise<WebhookView[]> {
    await this.deps.assessments.view(assessmentId);
    return (await this.deps.repo.endpoints(assessmentId)).map(endpointView);
  }

  /** Registers an endpoint; the secret it signs with is in this answer only. */
  async create(assessmentId: string, body: WebhookBody, userId: string | null): Promise<WebhookCreated> {
    await this.deps.assessments.view(assessmentId);
    const events: WebhookEvent[] = ['attempt.final', ...(body.events.includes('attempt.submitted') ? (['attempt.submitted'] as const) : [])];
    const secret = `whsec_${newSecret()}`;
    const row = await this.deps.repo.insertEndpoint({ id: newId(), assessmentId, url: body.url, secret, events, createdBy: userId, createdAt: this.deps.clock.now() });
    return { ...endpointView(row), secret };
  }

  /** Stops sending to an endpoint; its delivery log stays. */
  async remove(id: string): Promise<void> {
    if (!(await this.deps.repo.deactivate(id))) throw new NotFoundError('webhook');
  }

  async deliveries(endpointId: string): Promise<WebhookDeliveryView[]> {
    if (!(await this.deps.repo.endpoint(endpointId))) throw new NotFoundError('webhook');
    return (await this.deps.repo.deliveries(endpointId, DELIVERY_LOG_SIZE)).map(deliveryView);
  }

  /** Sends a delivery's body again, as a new delivery pointing at the first one. */
  async redeliver(deliveryId: string): Promise<WebhookDeliveryView> {
    const original = await this.deps.repo.delivery(deliveryId);
    const endpoint = original && (await this.deps.repo.endpoint(original.endpointId));
    if (!original || !endpoint?.active) throw new NotFoundError('delivery');
    const now = this.deps.clock.now();
    const copy = await this.deps.repo.insertDelivery({
      id: newId(),
      endpointId: original.endpointId,
      event: original.event,
      attemptId: original.attemptId,
      body: original.body,
      status: 'pending',
      nextAttemptAt: now,
      createdAt: now,
      redeliveryOf: original.redeliveryOf ?? original.id,
    });
    this.deps.onQueued?.();
    return deliveryView(copy!);
  }

  /** An attempt event: one delivery per active endpoint of its assessment that takes it (once: the unique index). */
  async enqueue(event: WebhookEvent, e: AttemptEvent): Promise<number> {
    const endpoints = (await this.deps.repo.endpoints(e.assessmentId)).filter((x) => x.events.includes(event));
    return this.enqueueFor(
      endpoints.map((x) => x.id),
      event,
      e,
    );
  }

  /** On start: the events that happened while no server listened get their deliveries now. */
  async catchUp(): Promise<number> {
    let added = 0;
    for (;;) {
      const missed = await this.deps.repo.missed(100);
      if (!missed.length) break;
      let round = 0;
      for (const m of missed) round += await this.enqueueFor([m.endpointId], m.event, m, true);
      added += round;
      if (!round) break; // nothing insertable (an attempt without a result): do not spin
    }
    if (added) this.deps.logger.info({ added }, 'webhook deliveries missed while down were added');
    return added;
  }

  private async enqueueFor(endpointIds: string[], event: WebhookEvent, e: AttemptEvent, quiet = false): Promise<number> {
    if (!endpointIds.length) return 0;
    const result = await this.deps.results.forAttempt(e.attemptId).catch((error: Error) => {
      this.deps.logger.warn({ err: error, attemptId: e.attemptId, event }, 'cannot score an attempt for a webhook event');
      return null;
    });
    if (!result) {
      if (!quiet) this.deps.logger.warn({ attemptId: e.attemptId, event }, 'no result for a webhook event');
      return 0;
    }
    const now = this.deps.clock.now();
    let added = 0;
    for (const endpointId of endpointIds) {
      const id = newId();
      const body = JSON.stringify({ event, deliveryId: id, time: e.at.toISOString(), result });
      const row = await this.deps.repo.insertDelivery({ id, endpointId, event, attemptId: e.attemptId, body, status: 'pending', nextAttemptAt: now, createdAt: now });
      if (row) added += 1;
    }
    if (added) this.deps.onQueued?.();
    return added;
  }
}
