import { z } from 'zod';
import { WebhookCreatedSchema, WebhookDeliveryViewSchema, WebhookViewSchema, type WebhookCreated, type WebhookDeliveryView, type WebhookView } from '@assay/contract';
import type { ApiClient } from '../../../lib/api-client';

export type { WebhookCreated, WebhookDeliveryView, WebhookView };

const enc = encodeURIComponent;

/** TanStack Query keys of the webhook data, so a mutation can refresh exactly what it changed. */
export const webhookKeys = {
  list: (assessmentId: string) => ['webhooks', assessmentId] as const,
  deliveries: (endpointId: string) => ['webhook-deliveries', endpointId] as const,
};

export function listWebhooks(api: ApiClient, assessmentId: string): Promise<WebhookView[]> {
  return api.get(`/api/v1/assessments/${enc(assessmentId)}/webhooks`, { schema: z.array(WebhookViewSchema) });
}

/** Registers an endpoint; its secret is in this answer only. */
export function createWebhook(api: ApiClient, assessmentId: string, body: { url: string; events: 'attempt.submitted'[] }): Promise<WebhookCreated> {
  return api.post(`/api/v1/assessments/${enc(assessmentId)}/webhooks`, { scope: 'staff', body, schema: WebhookCreatedSchema });
}

export function removeWebhook(api: ApiClient, endpointId: string): Promise<void> {
  return api.request('DELETE', `/api/v1/webhooks/${enc(endpointId)}`, { scope: 'staff' });
}

export function listDeliveries(api: ApiClient, endpointId: string): Promise<WebhookDeliveryView[]> {
  return api.get(`/api/v1/webhooks/${enc(endpointId)}/deliveries`, { schema: z.array(WebhookDeliveryViewSchema) });
}

/** Sends a delivery's body again as a new delivery. */
export function redeliver(api: ApiClient, deliveryId: string): Promise<WebhookDeliveryView> {
  return api.post(`/api/v1/webhook-deliveries/${enc(deliveryId)}/redeliver`, { scope: 'staff', schema: WebhookDeliveryViewSchema });
}

/** Where an export downloads from (a plain link: the browser sends the session cookie and saves the file). */
export function exportUrl(assessmentId: string, what: 'attempts' | 'labels', format: 'csv' | 'jsonl'): string {
  return `/api/v1/assessments/${enc(assessmentId)}/exports/${what}.${format}`;
}
