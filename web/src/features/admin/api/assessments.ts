import { z } from 'zod';
import {
  AssessmentViewSchema,
  InviteViewSchema,
  InvitesCreatedSchema,
  type AssessmentBody,
  type AssessmentView,
  type InviteView,
  AttemptSummarySchema,
  type AttemptSummary,
} from '@assay/contract';
import type { ApiClient } from '../../../lib/api-client';

export type { AssessmentBody, AssessmentView, InviteView };

export { AttemptSummarySchema };
export type { AttemptSummary };

const path = (id: string) => `/api/v1/assessments/${encodeURIComponent(id)}`;

export function listAssessments(api: ApiClient): Promise<AssessmentView[]> {
  return api.get('/api/v1/assessments', { schema: z.array(AssessmentViewSchema) });
}

export function getAssessment(api: ApiClient, id: string): Promise<AssessmentView> {
  return api.get(path(id), { schema: AssessmentViewSchema });
}

/** Creates (id undefined) or replaces an assessment. */
export function saveAssessment(api: ApiClient, id: string | undefined, body: AssessmentBody): Promise<AssessmentView> {
  const opts = { scope: 'staff' as const, body, schema: AssessmentViewSchema };
  return id ? api.put(path(id), opts) : api.post('/api/v1/assessments', opts);
}

/** One single-use link per email; the links are in this answer only. */
export async function inviteCandidates(api: ApiClient, id: string, body: { emails: string[]; extraMinutes: number; expiresInDays: number }): Promise<InviteView[]> {
  const res = await api.post(`${path(id)}/invites`, { scope: 'staff', body, schema: InvitesCreatedSchema });
  return res.invites;
}

export function listInvites(api: ApiClient, id: string): Promise<InviteView[]> {
  return api.get(`${path(id)}/invites`, { schema: z.array(InviteViewSchema) });
}

/** A new link for an unused invite; the old one stops working. */
export function reissueInvite(api: ApiClient, inviteId: string): Promise<InviteView> {
  return api.post(`/api/v1/invites/${encodeURIComponent(inviteId)}/reissue`, { scope: 'staff', schema: InviteViewSchema });
}

/** Extra minutes for one candidate; a running attempt's deadline moves at once. */
export function setExtraMinutes(api: ApiClient, inviteId: string, extraMinutes: number): Promise<InviteView> {
  return api.request('PATCH', `/api/v1/invites/${encodeURIComponent(inviteId)}`, { scope: 'staff', body: { extraMinutes }, schema: InviteViewSchema });
}

export function listAttempts(api: ApiClient, id: string): Promise<AttemptSummary[]> {
  return api.get(`${path(id)}/attempts`, { schema: z.array(AttemptSummarySchema) });
}
