import { Alert } from '../../../components/ui/alert';
import { formatDateTime } from '../../../lib/time';
import type { AttemptSessionView } from '../api/attempts';

/**
 * The browser sessions an attempt was worked in. Each start from the invite
 * link ends the session before it, so more than one means the candidate
 * moved machines, lost a browser, or someone else opened the link.
 */
export function AttemptSessions({ sessions }: { sessions: AttemptSessionView[] }) {
  if (sessions.length <= 1) return null;
  return (
    <section className="attempt-sessions" aria-labelledby="attempt-sessions-title">
      <Alert
        tone="warning"
        title={
          <span id="attempt-sessions-title">
            Continued elsewhere {sessions.length - 1} {sessions.length === 2 ? 'time' : 'times'}
          </span>
        }
      >
        <p>Each start from the invite link signed the previous browser out. Sessions, oldest first:</p>
        <ol className="session-list">
          {sessions.map((s) => (
            <li key={s.startedAt}>
              <strong>{formatDateTime(s.startedAt)}</strong>
              {s.endedAt ? ` – ${formatDateTime(s.endedAt)} (signed out by the next start)` : ' – live'}
              <span className="session-client">
                {s.userAgent || 'no user agent'}
                {s.address ? ` · ${s.address}` : ''}
              </span>
            </li>
          ))}
        </ol>
      </Alert>
    </section>
  );
}
