import { Icon } from '../../../components/ui/icon';
import { Spinner } from '../../../components/ui/spinner';
import { formatClock } from '../../../lib/time';
import type { SaveStatus } from '../hooks/draft-saver';

/** Autosave state in words: saved, saving, offline (kept on this device), or refused. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const view = describe(status);
  return (
    <span className={`save-indicator save-${view.tone}`} role="status" aria-live="polite" title={view.title}>
      {view.icon}
      <span>{view.text}</span>
    </span>
  );
}

function describe(status: SaveStatus) {
  switch (status.kind) {
    case 'idle':
      return { tone: 'muted', icon: <Icon name="check" size={14} />, text: 'All work saved', title: 'Your work is saved as you type' };
    case 'pending':
    case 'saving':
      return { tone: 'muted', icon: <Spinner size={12} />, text: 'Saving…', title: 'Saving your latest changes' };
    case 'saved':
      return { tone: 'ok', icon: <Icon name="check" size={14} />, text: `Saved ${formatClock(status.at)}`, title: 'All changes are saved on the server' };
    case 'offline':
      return {
        tone: 'warn',
        icon: <Icon name="cloudOff" size={14} />,
        text: 'Offline: kept on this device',
        title: `Retrying in ${Math.round(status.retryInMs / 1000)} s and as soon as the connection returns`,
      };
    case 'error':
      return { tone: 'danger', icon: <Icon name="alert" size={14} />, text: 'Not saved', title: status.message };
    case 'closed':
      return { tone: 'danger', icon: <Icon name="lock" size={14} />, text: 'Time is up', title: status.message };
    case 'signed_out':
      return { tone: 'danger', icon: <Icon name="lock" size={14} />, text: 'Signed out: not saved', title: status.message };
  }
}
