import { z } from 'zod';
import { AssessmentParamsSchema } from '../assessments/assessment.schema';
import type { RouteRegistry } from '../http/route-registry';
import { InviteEmailTemplateSchema, InviteEmailViewSchema, OutboxEmailSchema } from './invite-email.schema';
import type { InviteEmailService } from './invite-email.service';
import * as ex from './invite-email.examples';

/**
 * Admin API for invite emails: each assessment's template, and its outbox
 * (every email with its text while kept: the links in it are credentials,
 * so admins only).
 */
export function registerInviteEmailRoutes(routes: RouteRegistry, deps: { inviteEmails: InviteEmailService }): void {
  const tag = 'assessments';
  const path = '/api/v1/assessments/:id/invite-email';
  routes.add({
    method: 'get',
    path,
    tag,
    summary: 'The invite email of an assessment (its template, the From line, a preview with a sample link)',
    access: 'admin',
    params: AssessmentParamsSchema,
    response: InviteEmailViewSchema,
    example: { response: ex.inviteEmailView },
    handler: ({ params }) => deps.inviteEmails.view(params.id),
  });
  routes.add({
    method: 'put',
    path,
    tag,
    summary: 'Set the invite email: sender name, reply-to, subject and body with {{placeholders}} ({{link}} required, in the body only)',
    access: 'admin',
    params: AssessmentParamsSchema,
    body: InviteEmailTemplateSchema,
    response: InviteEmailViewSchema,
    example: { body: ex.inviteEmailTemplate, response: ex.customInviteEmail },
    handler: ({ params, body }) => deps.inviteEmails.save(params.id, body),
  });
  routes.add({
    method: 'delete',
    path,
    tag,
    summary: 'Back to the default invite email',
    access: 'admin',
    status: 200,
    params: AssessmentParamsSchema,
    response: InviteEmailViewSchema,
    example: { response: ex.inviteEmailView },
    handler: ({ params }) => deps.inviteEmails.reset(params.id),
  });
  routes.add({
    method: 'get',
    path: '/api/v1/assessments/:id/outbox',
    tag,
    summary: 'Invite emails of an assessment, newest first (500): status, the server’s answer, and the text to copy until it is sent',
    access: 'admin',
    params: AssessmentParamsSchema,
    response: z.array(OutboxEmailSchema),
    example: { response: ex.outbox },
    handler: ({ params }) => deps.inviteEmails.outbox(params.id),
  });
}
