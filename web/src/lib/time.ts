/** `1:05:09` or `4:59` for a duration in milliseconds (rounded up, so 0 shows only when time is really up). */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h ? String(m).padStart(2, '0') : String(m);
  return `${h ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** A spoken form for screen readers: "1 hour 5 minutes", "4 minutes", "40 seconds". */
export function describeDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  if (total < 60) return `${total} second${total === 1 ? '' : 's'}`;
  const minutes = Math.ceil(total / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [h ? `${h} hour${h === 1 ? '' : 's'}` : '', m ? `${m} minute${m === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ');
}

/** "45 minutes", "90 minutes", or for longer "2 h 30 min". */
export function formatMinutes(minutes: number): string {
  if (minutes < 120) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** A date and time in the reader's locale and time zone. */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A clock time, e.g. "14:03". */
export function formatClock(iso: string | Date): string {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/**
 * The server's clock as seen from this browser: `offsetMs` is added to
 * Date.now() to read server time. Measured from a response's `serverNow`,
 * assuming it was taken halfway through the round trip.
 */
export function clockOffset(serverNow: string, sentAt: number, receivedAt: number): number {
  return new Date(serverNow).getTime() - (sentAt + receivedAt) / 2;
}
