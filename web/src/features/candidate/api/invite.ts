import { LandingViewSchema, StartedViewSchema, type LandingView } from '@assay/contract';
import type { ApiClient } from '../../../lib/api-client';

export type { LandingView };

/** What an invite link leads to (404 for an unknown token). */
export function getLanding(api: ApiClient, token: string): Promise<LandingView> {
  return api.get(`/api/v1/invites/${encodeURIComponent(token)}`, { schema: LandingViewSchema });
}

/** Starts or resumes the attempt; the server sets the candidate cookie, and the CSRF token is kept for later writes. */
export async function startAttempt(api: ApiClient, token: string) {
  const started = await api.post(`/api/v1/invites/${encodeURIComponent(token)}/start`, { schema: StartedViewSchema });
  api.setCsrf('candidate', started.csrfToken);
  return started.attempt;
}
