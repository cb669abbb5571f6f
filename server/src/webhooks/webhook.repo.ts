import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { parseColumn } from '../db/parse-column';
import { attempts, webhookDeliveries, webhookEndpoints } from '../db/schema';
import { WebhookEventSchema, type WebhookEvent } from './webhook.schema';

/** An endpoint row, its events parsed. */
export type EndpointRow = Omit<typeof webhookEndpoints.$inferSelect, 'events'> & { events: WebhookEvent[] };
/** A delivery row. */
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
/** A claimed delivery with where it goes. */
export type ClaimedDelivery = DeliveryRow & { url: string; secret: string };
/** An event an endpoint should have had but has no delivery for (found on start). */
export interface MissedEvent {
  endpointId: string;
  event: WebhookEvent;
  attemptId: string;
  assessmentId: string;
  at: Date;
}

const EventsColumn = z.array(WebhookEventSchema);
const parseEndpoint = (row: typeof webhookEndpoints.$inferSelect): EndpointRow => ({ ...row, events: parseColumn(EventsColumn, row.events, 'webhook_endpoints.events') });

/** Webhook endpoints and their deliveries; the deliveries table is the retry schedule. */
export class WebhookRepo {
  constructor(private readonly db: Db) {}

  async insertEndpoint(row: typeof webhookEndpoints.$inferInsert): Promise<EndpointRow> {
    const [inserted] = await this.db.insert(webhookEndpoints).values(row).returning();
    return parseEndpoint(inserted!);
  }

  /** An assessment's active endpoints, oldest first. */
  async endpoints(assessmentId: string): Promise<EndpointRow[]> {
    const rows = await this.db
      .select()
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.assessmentId, assessmentId), eq(webhookEndpoints.active, true)))
      .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
    return rows.map(parseEndpoint);
  }

  async endpoint(id: string): Promise<EndpointRow | undefined> {
    const [row] = await this.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    return row && parseEndpoint(row);
  }

  /** Stops an endpoint (its log stays readable, its pending deliveries end as failed); false when it was not active. */
  async deactivate(id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const rows = await tx
        .update(webhookEndpoints)
        .set({ active: false })
        .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.active, true)))
        .returning({ id: webhookEndpoints.id });
      if (!rows.length) return false;
      await tx
        .update(webhookDeliveries)
        .set({ status: 'failed', nextAttemptAt: null, lastError: 'the webhook was removed' })
        .where(and(eq(webhookDeliveries.endpointId, id), eq(webhookDeliveries.status, 'pending')));
      return true;
    });
  }

  /** Inserts a delivery unless the endpoint already has one for this event and attempt (the unique index decides). */
  async insertDelivery(row: typeof webhookDeliveries.$inferInsert): Promise<DeliveryRow | undefined> {
    const [inserted] = await this.db.insert(webhookDeliveries).values(row).onConflictDoNothing().returning();
    return inserted;
  }

  async delivery(id: string): Promise<DeliveryRow | undefined> {
    const [row] = await this.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
    return row;
  }

  /** An endpoint's newest deliveries first. */
  async deliveries(endpointId: string, limit: number): Promise<DeliveryRow[]> {
    return this.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.endpointId, endpointId))
      .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
      .limit(limit);
  }

  /** Ids of pending deliveries due by `now` whose endpoint is still active, the longest waiting first. */
  async due(now: Date, limit: number): Promise<string[]> {
    const d = webhookDeliveries;
    const rows = await this.db
      .select({ id: d.id })
      .from(d)
      .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, d.endpointId))
      .where(and(eq(d.status, 'pending'), lte(d.nextAttemptAt, now), eq(webhookEndpoints.active, true)))
      .orderBy(asc(d.nextAttemptAt), asc(d.id))
      .limit(limit);
    return rows.map((r) => r.id);
  }

  /**
   * Takes a due delivery for one try: one conditional UPDATE moves its next
   * try to `leaseUntil` and counts the try, so another server's claim finds
   * it no longer due, and a server that dies mid-send leaves it due again
   * once the lease ends. Undefined when someone else took it.
   */
  async claim(id: string, now: Date, leaseUntil: Date): Promise<ClaimedDelivery | undefined> {
    const d = webhookDeliveries;
    const [row] = await this.db
      .update(d)
      .set({ nextAttemptAt: leaseUntil, tries: sql`${d.tries} + 1` })
      .where(and(eq(d.id, id), eq(d.status, 'pending'), lte(d.nextAttemptAt, now)))
      .returning();
    if (!row) return undefined;
    const endpoint = await this.endpoint(row.endpointId);
    return endpoint && { ...row, url: endpoint.url, secret: endpoint.secret };
  }

  /** Records a try's outcome (delivered, failed, or the next try's time). */
  async record(id: string, patch: Pick<Partial<DeliveryRow>, 'status' | 'nextAttemptAt' | 'lastStatusCode' | 'lastError' | 'deliveredAt'>): Promise<void> {
    await this.db.update(webhookDeliveries).set(patch).where(eq(webhookDeliveries.id, id));
  }

  /**
   * Events that happened while no server listened: attempts final (or
   * finished, for endpoints that take `attempt.submitted`) since their
   * endpoint was made, without a delivery for it.
   */
  async missed(limit: number): Promise<MissedEvent[]> {
    const e = webhookEndpoints;
    const a = attempts;
    const d = webhookDeliveries;
    const found: MissedEvent[] = [];
    for (const event of ['attempt.final', 'attempt.submitted'] as const) {
      const at = event === 'attempt.final' ? a.finalAt : a.finishedAt;
      const rows = await this.db
        .select({ endpointId: e.id, attemptId: a.id, assessmentId: a.assessmentId, at })
        .from(e)
        .innerJoin(a, eq(a.assessmentId, e.assessmentId))
        .where(
          and(
            eq(e.active, true),
            event === 'attempt.submitted' ? sql`${e.events} @> '["attempt.submitted"]'::jsonb` : undefined,
            sql`${at} >= ${e.createdAt}`,
            sql`not exists (select 1 from ${d} where ${d.endpointId} = ${e.id} and ${d.event} = ${event} and ${d.attemptId} = ${a.id})`,
          ),
        )
        .orderBy(asc(at))
        .limit(limit);
      found.push(...rows.map((r) => ({ ...r, event, at: r.at! })));
    }
    return found;
  }
}
