import type { ApiClient } from '../../../lib/api-client';
import { getChallenge, type ChallengeDetail } from './challenge';

/** How long a prefetched challenge may wait for its panel; older ones are fetched again. */
const FRESH_MS = 10_000;

const pending = new Map<string, { at: number; detail: Promise<ChallengeDetail> }>();

/**
 * Starts fetching the challenge the URL names while the attempt itself is
 * still loading (the panel that shows it mounts only after the attempt
 * has arrived), so the code is on screen a round trip sooner. A GET needs
 * no CSRF token, so it need not wait for the session either.
 */
export function prefetchChallenge(api: ApiClient, challengeId: string): void {
  if (pending.has(challengeId)) return;
  const detail = getChallenge(api, challengeId);
  detail.catch(() => undefined); // the panel sees the error if it takes this one
  pending.set(challengeId, { at: Date.now(), detail });
}

/** The challenge for its panel: the prefetched one, taken once while fresh, or a new request. */
export function loadChallenge(api: ApiClient, challengeId: string): Promise<ChallengeDetail> {
  const prefetched = pending.get(challengeId);
  pending.delete(challengeId);
  if (prefetched && Date.now() - prefetched.at < FRESH_MS) return prefetched.detail;
  return getChallenge(api, challengeId);
}
