import { Badge } from '../../../components/ui/badge';
import { formatDateTime } from '../../../lib/time';

/** Whether an assessment takes new attempts now, and from/until when. */
export function AssessmentWindow({ opensAt, closesAt, now = Date.now() }: { opensAt: string | null; closesAt: string | null; now?: number }) {
  const opens = opensAt ? new Date(opensAt).getTime() : undefined;
  const closes = closesAt ? new Date(closesAt).getTime() : undefined;
  if (opens !== undefined && now < opens) {
    return (
      <span className="window">
        <Badge tone="info">Scheduled</Badge> <span className="muted small">opens {formatDateTime(opensAt!)}</span>
      </span>
    );
  }
  if (closes !== undefined && now >= closes) {
    return (
      <span className="window">
        <Badge>Closed</Badge> <span className="muted small">{formatDateTime(closesAt!)}</span>
      </span>
    );
  }
  return (
    <span className="window">
      <Badge tone="success">Open</Badge> {closesAt && <span className="muted small">until {formatDateTime(closesAt)}</span>}
    </span>
  );
}
