import { z } from 'zod';
import type { RouteRegistry } from '../http/route-registry';
import {
  AssessmentBodySchema,
  AssessmentParamsSchema,
  AssessmentViewSchema,
  InviteBodySchema,
  InvitePatchSchema,
  InvitesCreatedSchema,
  InviteViewSchema,
} from './assessment.schema';
import type { AssessmentService } from './assessment.service';
import type { AttemptMonitor } from './attempt-monitor';
import { AttemptDetailSchema, AttemptSummarySchema } from './attempt-monitor.schema';
import * as ex from './assessment.examples';

/**
 * Admin API for assessments: compose, invite, and watch attempts. Anything
 * naming candidates is for admins only, so reviewers stay blind.
 */
export function registerAssessmentRoutes(routes: RouteRegistry, deps: { assessments: AssessmentService; monitor: AttemptMonitor }): void {
  const tag = 'assessments';
  routes.add({
    method: 'get',
    path: '/api/v1/assessments',
    tag,
    summary: 'List assessments',
    access: 'staff',
    response: z.array(AssessmentViewSchema),
    example: { response: ex.assessmentViews },
    handler: () => deps.assessments.list(),
  });
  routes.add({
    method: 'post',
    path: '/api/v1/assessments',
    tag,
    summary: 'Create an assessment from challenges, languages, a duration and an optional window',
    access: 'admin',
    status: 201,
    body: AssessmentBodySchema,
    response: AssessmentViewSchema,
    example: { body: ex.assessmentBody, response: ex.assessmentView },
    handler: ({ body, principal }) => deps.assessments.create(body, principal.kind === 'user' ? principal.userId : null),
  });
  routes.add({
    method: 'get',
    path: '/api/v1/assessments/:id',
    tag,
    summary: 'One assessment',
    access: 'staff',
    params: AssessmentParamsSchema,
    response: AssessmentViewSchema,
    example: { response: ex.assessmentView },
    handler: ({ params }) => deps.assessments.view(params.id),
  });
  routes.add({
    method: 'put',
    path: '/api/v1/assessments/:id',
    tag,
    summary: 'Replace an assessment (attempts already started keep their challenge versions)',
    access: 'admin',
    params: AssessmentParamsSchema,
    body: AssessmentBodySchema,
    response: AssessmentViewSchema,
    example: { body: ex.assessmentBody, response: ex.assessmentView },
    handler: ({ params, body }) => deps.assessments.update(params.id, body),
  });
  routes.add({
    method: 'post',
    path: '/api/v1/assessments/:id/invites',
    tag,
    summary: 'Invite one or many emails; each gets a single-use link (returned only here)',
    access: 'admin',
    status: 201,
    params: AssessmentParamsSchema,
    body: InviteBodySchema,
    response: InvitesCreatedSchema,
    example: { body: ex.inviteBody, response: ex.invitesCreated },
    handler: async ({ params, body }) => ({ invites: await deps.assessments.invite(params.id, body) }),
  });
  routes.add({
    method: 'get',
    path: '/api/v1/assessments/:id/invites',
    tag,
    summary: 'Invites of an assessment (links are not shown again; reissue to get a new one)',
    access: 'admin',
    params: AssessmentParamsSchema,
    response: z.array(InviteViewSchema),
    example: { response: ex.inviteViews },
    handler: ({ params }) => deps.assessments.invites(params.id),
  });
  routes.add({
    method: 'post',
    path: '/api/v1/invites/:id/reissue',
    tag,
    summary: 'New link for an unused invite; the old link stops working',
    access: 'admin',
    params: AssessmentParamsSchema,
    response: InviteViewSchema,
    example: { response: ex.reissuedInvite },
    handler: ({ params }) => deps.assessments.reissue(params.id),
  });
  routes.add({
    method: 'patch',
    path: '/api/v1/invites/:id',
    tag,
    summary: 'Set extra minutes for a candidate; a running attempt’s deadline moves at once',
    access: 'admin',
    params: AssessmentParamsSchema,
    body: InvitePatchSchema,
    response: InviteViewSchema,
    example: { body: ex.invitePatch, response: ex.patchedInvite },
    handler: ({ params, body }) => deps.assessments.setExtraMinutes(params.id, body.extraMinutes),
  });
  routes.add({
    method: 'get',
    path: '/api/v1/assessments/:id/attempts',
    tag,
    summary: 'Attempts of an assessment: status, time left, tests scores so far',
    access: 'admin',
    params: AssessmentParamsSchema,
    response: z.array(AttemptSummarySchema),
    example: { response: ex.attemptSummaries },
    handler: ({ params }) => deps.monitor.forAssessment(params.id),
  });
  routes.add({
    method: 'get',
    path: '/api/v1/attempts/:id',
    tag,
    summary: 'One attempt in full: drafts history size, every submission with its results',
    access: 'admin',
    params: AssessmentParamsSchema,
    response: AttemptDetailSchema,
    example: { response: ex.attemptDetail },
    handler: ({ params }) => deps.monitor.detail(params.id),
  });
}
