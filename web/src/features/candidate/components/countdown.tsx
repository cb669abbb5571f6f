import { Icon } from '../../../components/ui/icon';
import { describeDuration, formatCountdown } from '../../../lib/time';

/** Minutes at which the candidate is warned. */
export const WARN_AT_MS = [5 * 60_000, 60_000] as const;

/** The time left, by the server's clock; amber under 5 minutes, red under 1. */
export function Countdown({ remainingMs }: { remainingMs: number | undefined }) {
  const tone = remainingMs === undefined ? '' : remainingMs <= WARN_AT_MS[1] ? 'timer-critical' : remainingMs <= WARN_AT_MS[0] ? 'timer-warning' : '';
  return (
    <div className={`timer ${tone}`} role="timer" aria-label={remainingMs === undefined ? 'Time left: loading' : `Time left: ${describeDuration(remainingMs)}`}>
      <Icon name="clock" size={16} />
      <span className="timer-digits" aria-hidden="true">
        {remainingMs === undefined ? '--:--' : formatCountdown(remainingMs)}
      </span>
      <span className="timer-caption" aria-hidden="true">
        left
      </span>
    </div>
  );
}

/**
 * The 5- and 1-minute warnings: a banner that stays until dismissed and an
 * announcement for screen readers (the timer itself is not live, it would
 * speak every second).
 */
export function TimeWarning({ remainingMs, dismissedAt, onDismiss }: { remainingMs: number | undefined; dismissedAt: number | undefined; onDismiss: (threshold: number) => void }) {
  const threshold = remainingMs === undefined || remainingMs <= 0 ? undefined : [...WARN_AT_MS].reverse().find((t) => remainingMs <= t);
  const visible = threshold !== undefined && dismissedAt !== threshold;
  const oneMinute = threshold === WARN_AT_MS[1];
  return (
    <div className="time-warning-region" role={oneMinute ? 'alert' : 'status'} aria-live={oneMinute ? 'assertive' : 'polite'}>
      {visible && (
        <div className={`time-warning ${oneMinute ? 'time-warning-critical' : ''}`}>
          <Icon name="clock" size={18} />
          <p>
            <strong>{oneMinute ? 'One minute left.' : 'Five minutes left.'}</strong>{' '}
            {oneMinute ? 'At zero, the code open in the editor is submitted for you.' : 'Your drafts are saved. Submit each challenge you want judged on its latest code.'}
          </p>
          <button type="button" className="time-warning-close" onClick={() => onDismiss(threshold)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
