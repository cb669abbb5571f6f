import { z } from 'zod';
import { InviteEmailViewSchema, OutboxEmailSchema, type InviteDelivery, type InviteEmailTemplate, type InviteEmailView, type OutboxEmail } from '@assay/contract';
import type { ApiClient } from '../../../lib/api-client';

export type { InviteDelivery, InviteEmailTemplate, InviteEmailView, OutboxEmail };

const path = (assessmentId: string) => `/api/v1/assessments/${encodeURIComponent(assessmentId)}`;

/** TanStack Query keys of the invite email data, so a save refreshes exactly what it changed. */
export const inviteEmailKeys = {
  template: (assessmentId: string) => ['invite-email', assessmentId] as const,
  outbox: (assessmentId: string) => ['invite-outbox', assessmentId] as const,
};

/** The template in force, the From line, whether SMTP is on, and a preview. */
export function getInviteEmail(api: ApiClient, assessmentId: string): Promise<InviteEmailView> {
  return api.get(`${path(assessmentId)}/invite-email`, { schema: InviteEmailViewSchema });
}

export function saveInviteEmail(api: ApiClient, assessmentId: string, body: InviteEmailTemplate): Promise<InviteEmailView> {
  return api.put(`${path(assessmentId)}/invite-email`, { scope: 'staff', body, schema: InviteEmailViewSchema });
}

/** Back to the default template. */
export function resetInviteEmail(api: ApiClient, assessmentId: string): Promise<InviteEmailView> {
  return api.request('DELETE', `${path(assessmentId)}/invite-email`, { scope: 'staff', schema: InviteEmailViewSchema });
}

/** Every invite email of the assessment, newest first, with its text while it is kept. */
export function listOutbox(api: ApiClient, assessmentId: string): Promise<OutboxEmail[]> {
  return api.get(`${path(assessmentId)}/outbox`, { schema: z.array(OutboxEmailSchema) });
}
