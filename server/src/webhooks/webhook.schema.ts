import { z } from 'zod';

/** Events an endpoint can hear: `attempt.final` always, `attempt.submitted` when asked for. */
export const WebhookEventSchema = z.enum(['attempt.final', 'attempt.submitted']);
export type WebhookEvent = z.infer<typeof WebhookEventSchema>;

/** `POST /api/v1/assessments/:id/webhooks`: where to POST, and whether submits are sent too. */
export const WebhookBodySchema = z.strictObject({
  url: z
    .string()
    .trim()
    .max(2000)
    .pipe(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })),
  /** `attempt.final` is always sent; list `attempt.submitted` to hear submits as well. */
  events: z.array(WebhookEventSchema).max(2).default([]),
});
export type WebhookBody = z.infer<typeof WebhookBodySchema>;

/** An endpoint as admins see it (the secret is shown once, when it is made). */
export const WebhookViewSchema = z.object({
  id: z.string(),
  assessmentId: z.string(),
  url: z.string(),
  events: z.array(WebhookEventSchema),
  createdAt: z.iso.datetime(),
});
export type WebhookView = z.infer<typeof WebhookViewSchema>;

/** The answer to a create: the endpoint and its signing secret, never shown again. */
export const WebhookCreatedSchema = WebhookViewSchema.extend({ secret: z.string() });
export type WebhookCreated = z.infer<typeof WebhookCreatedSchema>;

/** One delivery in an endpoint's log. */
export const WebhookDeliveryViewSchema = z.object({
  id: z.string(),
  endpointId: z.string(),
  event: WebhookEventSchema,
  attemptId: z.string().nullable(),
  /** `pending` (waiting for its next try), `delivered` (a 2xx answer), `failed` (a day of tries without one). */
  status: z.enum(['pending', 'delivered', 'failed']),
  tries: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.iso.datetime(),
  nextAttemptAt: z.iso.datetime().nullable(),
  deliveredAt: z.iso.datetime().nullable(),
  /** Set on a redelivery: the delivery whose body it sends again. */
  redeliveryOf: z.string().nullable(),
});
export type WebhookDeliveryView = z.infer<typeof WebhookDeliveryViewSchema>;

export const WebhookParamsSchema = z.object({ id: z.string().min(1) });
