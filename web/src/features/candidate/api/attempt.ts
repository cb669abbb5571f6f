import { AttemptViewSchema, CandidateSessionViewSchema, type AttemptView } from '@assay/contract';
import type { ApiClient } from '../../../lib/api-client';

export type { AttemptView };
export type AttemptChallenge = AttemptView['challenges'][number];

/** The attempt with the time it was fetched at, for the clock offset. */
export interface TimedAttempt {
  attempt: AttemptView;
  sentAt: number;
  receivedAt: number;
}

/** The current attempt (401 without a candidate cookie). */
export async function getAttempt(api: ApiClient): Promise<TimedAttempt> {
  const sentAt = Date.now();
  const attempt = await api.get('/api/v1/attempt', { schema: AttemptViewSchema });
  return { attempt, sentAt, receivedAt: Date.now() };
}

/** Recovers the CSRF token after a reload (the cookie survives, the page's memory does not). */
export async function ensureCandidateSession(api: ApiClient): Promise<void> {
  if (api.hasCsrf('candidate')) return;
  const session = await api.get('/api/v1/attempt/session', { schema: CandidateSessionViewSchema });
  api.setCsrf('candidate', session.csrfToken);
}

/** Ends the attempt now; the server submits the latest drafts. */
export function finishAttempt(api: ApiClient): Promise<AttemptView> {
  return api.post('/api/v1/attempt/finish', { scope: 'candidate', schema: AttemptViewSchema });
}
