import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { clockOffset } from '../../../lib/time';
import { ensureCandidateSession, getAttempt, type AttemptView } from '../api/attempt';

/** How often the attempt (and so the clock) is fetched again, ms. */
const RESYNC_MS = 30_000;

export interface AttemptState {
  attempt: AttemptView | undefined;
  /** Add to Date.now() to read the server's clock. */
  offsetMs: number;
  error: unknown;
  refresh: () => Promise<void>;
}

/**
 * The candidate's attempt, kept fresh: loaded while the CSRF token is
 * recovered (after a reload), then again every 30 s and whenever the tab regains focus, each
 * time re-measuring the offset between this browser's clock and the server's.
 */
export function useAttempt(): AttemptState {
  const api = useApi();
  const [attempt, setAttempt] = useState<AttemptView>();
  const [offsetMs, setOffset] = useState(0);
  const [error, setError] = useState<unknown>();
  const alive = useRef(true);
  const loaded = useRef(false);

  const refresh = useCallback(async () => {
    try {
      // Reading the attempt needs no CSRF token: both requests go out together, a round trip sooner than one after the other.
      const [, timed] = await Promise.all([ensureCandidateSession(api), getAttempt(api)]);
      if (!alive.current) return;
      loaded.current = true;
      setAttempt(timed.attempt);
      setOffset(clockOffset(timed.attempt.serverNow, timed.sentAt, timed.receivedAt));
      setError(undefined);
    } catch (e) {
      if (!alive.current) return;
      // A re-sync that fails while offline keeps the last known clock; a first load or a lost session is an error.
      if (e instanceof ApiError && e.offline && loaded.current) return;
      setError(e);
    }
  }, [api]);

  useEffect(() => {
    alive.current = true;
    void refresh();
    const timer = setInterval(() => void refresh(), RESYNC_MS);
    const onFocus = () => void refresh();
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      alive.current = false;
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  return { attempt, offsetMs, error, refresh };
}
