import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { CopyButton } from '../../../components/ui/copy-button';
import { Icon } from '../../../components/ui/icon';
import { LoadState } from '../../../components/ui/load-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useApi } from '../../../lib/api-context';
import { formatDateTime } from '../../../lib/time';
import { listOutbox, inviteEmailKeys, type OutboxEmail } from '../api/invite-email';
import { DeliveryBadge } from './delivery-badge';

/**
 * An assessment's invite emails, newest first (admins): each one's state
 * and, while it is kept (until sent or replaced by a reissue), its text to
 * copy into your own mail. Without SMTP this is how invites reach people.
 */
export function OutboxPage({ assessmentId }: { assessmentId: string }) {
  const api = useApi();
  const emails = useQuery({ queryKey: inviteEmailKeys.outbox(assessmentId), queryFn: () => listOutbox(api, assessmentId), refetchInterval: 10_000 });
  return (
    <div className="staff-page">
      <PageHeader
        eyebrow={
          <>
            <Link to={`/admin/assessments/${encodeURIComponent(assessmentId)}`}>Assessment</Link>
            <Icon name="chevronRight" size={12} />
            <span>Outbox</span>
          </>
        }
        title="Invite emails"
      />
      <LoadState data={emails.data} error={emails.error} label="Loading the outbox…" retry={() => void emails.refetch()}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">No invite emails yet: one is written for each invite and reissue.</p>
          ) : (
            <ul className="outbox-list">
              {list.map((e) => (
                <OutboxItem key={e.id} email={e} />
              ))}
            </ul>
          )
        }
      </LoadState>
    </div>
  );
}

function OutboxItem({ email: e }: { email: OutboxEmail }) {
  const textId = `outbox-text-${e.id}`;
  return (
    <li className="outbox-item card">
      <div className="outbox-head">
        <strong className="email-cell">{e.to}</strong>
        <DeliveryBadge delivery={e} />
        <span className="muted small">written {formatDateTime(e.createdAt)}</span>
      </div>
      <dl className="mail-preview">
        <dt>From</dt>
        <dd>{e.from}</dd>
        {e.replyTo && (
          <>
            <dt>Reply to</dt>
            <dd>{e.replyTo}</dd>
          </>
        )}
        <dt>Subject</dt>
        <dd>{e.subject}</dd>
      </dl>
      {e.text === null ? (
        <p className="muted small">
          {e.status === 'sent' ? 'Sent: its text is not kept, since the link in it is a credential.' : 'Replaced by a reissue: its link no longer works.'}
        </p>
      ) : (
        <>
          <textarea id={textId} className="textarea textarea-sm mono mail-text" readOnly rows={8} value={e.text} aria-label={`Text of the email to ${e.to}`} />
          <div className="issued-actions">
            <CopyButton text={e.to} label="Copy address" ariaLabel={`Copy address ${e.to}`} />
            <CopyButton text={e.subject} label="Copy subject" ariaLabel={`Copy subject of the email to ${e.to}`} />
            <CopyButton text={e.text} label="Copy text" ariaLabel={`Copy text of the email to ${e.to}`} />
          </div>
        </>
      )}
    </li>
  );
}
