import { z } from 'zod';
import type { RouteRegistry } from '../http/route-registry';
import { WebhookBodySchema, WebhookCreatedSchema, WebhookDeliveryViewSchema, WebhookParamsSchema, WebhookViewSchema } from './webhook.schema';
import type { WebhookService } from './webhook.service';
import * as ex from './webhook.examples';

/** Admin API for webhooks: endpoints per assessment, their delivery log, and redelivery. */
export function registerWebhookRoutes(routes: RouteRegistry, deps: { webhooks: WebhookService }): void {
  const tag = 'webhooks';
  routes.add({
    method: 'get',
    path: '/api/v1/assessments/:id/webhooks',
    tag,
    summary: "An assessment's webhook endpoints (their secrets are not shown again)",
    access: 'admin',
    params: WebhookParamsSchema,
    response: z.array(WebhookViewSchema),
    example: { response: ex.webhookViews },
    handler: ({ params }) => deps.webhooks.list(params.id),
  });
  routes.add({
    method: 'post',
    path: '/api/v1/assessments/:id/webhooks',
    tag,
    summary: 'Register an endpoint: results are POSTed to it signed with the secret returned here, once',
    access: 'admin',
    status: 201,
    params: WebhookParamsSchema,
    body: WebhookBodySchema,
    response: WebhookCreatedSchema,
    example: { body: ex.webhookBody, response: ex.webhookCreated },
    handler: ({ params, body, principal }) => deps.webhooks.create(params.id, body, principal.kind === 'user' ? principal.userId : null),
  });
  routes.add({
    method: 'delete',
    path: '/api/v1/webhooks/:id',
    tag,
    summary: 'Stop sending to an endpoint (its delivery log stays)',
    access: 'admin',
    params: WebhookParamsSchema,
    handler: async ({ params }) => {
      await deps.webhooks.remove(params.id);
      return undefined;
    },
  });
  routes.add({
    method: 'get',
    path: '/api/v1/webhooks/:id/deliveries',
    tag,
    summary: "An endpoint's newest deliveries: status, tries, last response code and error, times",
    access: 'admin',
    params: WebhookParamsSchema,
    response: z.array(WebhookDeliveryViewSchema),
    example: { response: ex.webhookDeliveries },
    handler: ({ params }) => deps.webhooks.deliveries(params.id),
  });
  routes.add({
    method: 'post',
    path: '/api/v1/webhook-deliveries/:id/redeliver',
    tag,
    summary: "Send a delivery's body again, as a new delivery",
    access: 'admin',
    status: 201,
    params: WebhookParamsSchema,
    response: WebhookDeliveryViewSchema,
    example: { response: ex.redelivery },
    handler: ({ params }) => deps.webhooks.redeliver(params.id),
  });
}
