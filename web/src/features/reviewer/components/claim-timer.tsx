import { useEffect, useState } from 'react';
import { Icon } from '../../../components/ui/icon';
import { formatClock } from '../../../lib/time';

/** Whole minutes left until `expiresAt` (rounded up, so "1 minute" means some seconds are left); 0 once past. */
export function minutesLeft(expiresAt: string, now: number): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 60_000));
}

/** The minutes at which the countdown is read out; in between it updates silently. */
const ANNOUNCE_AT = new Set([10, 5, 2, 1, 0]);

/**
 * How long the claim holds, in minutes, updated every 10 s. A screen
 * reader hears it politely at 10, 5, 2 and 1 minutes and at expiry, not
 * every minute. Calls `onExpired` once when the claim runs out.
 */
export function ClaimTimer({ expiresAt, onExpired }: { expiresAt: string; onExpired: () => void }) {
  const [now, setNow] = useState(() => Date.now());
  const left = minutesLeft(expiresAt, now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 10_000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left === 0) onExpired();
  }, [left, onExpired]);
  const text = left === 0 ? 'Your claim has expired: the item went back to the queue.' : `Your claim expires in ${left} minute${left === 1 ? '' : 's'}`;
  return (
    <p className={`claim-timer${left <= 5 ? ' soon' : ''}`}>
      <Icon name="hourglass" size={14} />
      <span>{text}</span>
      <span className="claim-until muted">{left > 0 ? ` (at ${formatClock(expiresAt)})` : ''}</span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {ANNOUNCE_AT.has(left) ? text : ''}
      </span>
    </p>
  );
}
