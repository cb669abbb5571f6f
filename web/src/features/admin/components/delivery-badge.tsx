import { Badge, type Tone } from '../../../components/ui/badge';
import { formatDateTime } from '../../../lib/time';
import type { InviteDelivery } from '../api/invite-email';

const LABELS: Record<InviteDelivery['status'], { label: string; tone: Tone }> = {
  queued: { label: 'Sending', tone: 'info' },
  sent: { label: 'Sent', tone: 'success' },
  failed: { label: 'Failed', tone: 'danger' },
  outbox: { label: 'In outbox', tone: 'warning' },
  superseded: { label: 'Replaced', tone: 'neutral' },
};

/** One line on what happened to an invite's email: its state in words, and for a failure the server's answer and what comes next. */
export function DeliveryBadge({ delivery }: { delivery: InviteDelivery | null }) {
  if (!delivery) return <span className="muted small">—</span>;
  const { label, tone } = LABELS[delivery.status];
  const failed = delivery.status === 'failed';
  return (
    <span className="delivery">
      <Badge tone={tone}>{failed && delivery.nextAttemptAt ? 'Failed, will retry' : label}</Badge>
      {delivery.status === 'sent' && delivery.sentAt && <span className="muted small"> {formatDateTime(delivery.sentAt)}</span>}
      {failed && (
        <span className="delivery-detail small">
          {delivery.lastResponse && <code className="delivery-answer">{delivery.lastResponse}</code>}
          <span className="muted">
            {delivery.nextAttemptAt
              ? ` Try ${delivery.tries + 1} at ${formatDateTime(delivery.nextAttemptAt)}.`
              : ` Not tried again after ${delivery.tries} ${delivery.tries === 1 ? 'try' : 'tries'}: reissue to send anew.`}
          </span>
        </span>
      )}
    </span>
  );
}
