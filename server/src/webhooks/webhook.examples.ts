import type { z } from 'zod';
import type { WebhookBodySchema, WebhookCreatedSchema, WebhookDeliveryViewSchema, WebhookViewSchema } from './webhook.schema';

/**
 * Example bodies of the webhook routes.
 * route-examples.test.ts checks each against its schema.
 */

/** GET /api/v1/assessments/:id/webhooks */
export const webhookViews: z.output<typeof WebhookViewSchema>[] = [
  {
    id: '8e71b96e-ce94-4c9c-8224-146823bfb274',
    assessmentId: 'bbc27f26-02a0-476e-b5d0-80b67bcceaa3',
    url: 'https://hooks.example.com/assay',
    events: ['attempt.final', 'attempt.submitted'],
    createdAt: '2026-12-02T16:06:18.155Z',
  },
];

/** POST /api/v1/assessments/:id/webhooks */
export const webhookBody: z.input<typeof WebhookBodySchema> = {
  url: 'https://hooks.example.com/assay',
  events: ['attempt.submitted', 'attempt.final'],
};

/** The endpoint with its signing secret (shown once). */
export const webhookCreated: z.output<typeof WebhookCreatedSchema> = {
  id: '8e71b96e-ce94-4c9c-8224-146823bfb274',
  assessmentId: 'bbc27f26-02a0-476e-b5d0-80b67bcceaa3',
  url: 'https://hooks.example.com/assay',
  events: ['attempt.final', 'attempt.submitted'],
  createdAt: '2026-12-02T16:06:18.155Z',
  secret: 'whsec_lI_L3PMGL6szjc9bzjSDwkRJBv7FCxXtJS8TjlWB4Rc',
};

/** GET /api/v1/webhooks/:id/deliveries */
export const webhookDeliveries: z.output<typeof WebhookDeliveryViewSchema>[] = [
  {
    id: 'eb51629b-9f35-429b-a2c6-b97588a23dd3',
    endpointId: 'f150431a-6f87-4683-ab30-1fd5d6e5d4b6',
    event: 'attempt.final',
    attemptId: '2fd598ca-e2a1-45ba-8546-81d1f0f54a02',
    status: 'delivered',
    tries: 1,
    lastStatusCode: 200,
    lastError: null,
    createdAt: '2026-01-05T09:02:00.000Z',
    nextAttemptAt: null,
    deliveredAt: '2026-01-05T09:02:00.000Z',
    redeliveryOf: '736ea4c9-8806-4e06-9d63-3c92548f1da6',
  },
  {
    id: '736ea4c9-8806-4e06-9d63-3c92548f1da6',
    endpointId: 'f150431a-6f87-4683-ab30-1fd5d6e5d4b6',
    event: 'attempt.final',
    attemptId: '2fd598ca-e2a1-45ba-8546-81d1f0f54a02',
    status: 'delivered',
    tries: 1,
    lastStatusCode: 200,
    lastError: null,
    createdAt: '2026-01-05T09:02:00.000Z',
    nextAttemptAt: null,
    deliveredAt: '2026-01-05T09:02:00.000Z',
    redeliveryOf: null,
  },
];

/** POST /api/v1/webhook-deliveries/:id/redeliver */
export const redelivery: z.output<typeof WebhookDeliveryViewSchema> = {
  id: 'eb51629b-9f35-429b-a2c6-b97588a23dd3',
  endpointId: 'f150431a-6f87-4683-ab30-1fd5d6e5d4b6',
  event: 'attempt.final',
  attemptId: '2fd598ca-e2a1-45ba-8546-81d1f0f54a02',
  status: 'pending',
  tries: 0,
  lastStatusCode: null,
  lastError: null,
  createdAt: '2026-01-05T09:02:00.000Z',
  nextAttemptAt: '2026-01-05T09:02:00.000Z',
  deliveredAt: null,
  redeliveryOf: '736ea4c9-8806-4e06-9d63-3c92548f1da6',
};
