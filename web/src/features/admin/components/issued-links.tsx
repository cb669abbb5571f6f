import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { CopyButton } from '../../../components/ui/copy-button';
import { Icon } from '../../../components/ui/icon';
import type { InviteView } from '../api/assessments';

/** Links just created or reissued, each with Copy; they are never shown again, and the page says so. */
export function IssuedLinks({ invites, onDismiss }: { invites: InviteView[]; onDismiss: () => void }) {
  const withUrl = invites.filter((i) => i.url);
  if (withUrl.length === 0) return null;
  const all = withUrl.map((i) => `${i.email}\t${i.url}`).join('\n');
  const emailed = withUrl.every((i) => i.delivery?.status === 'queued');
  return (
    <section className="issued" aria-labelledby="issued-title" tabIndex={-1} id="issued-links">
      <Alert tone="warning" title={<span id="issued-title">{withUrl.length === 1 ? 'New invite link' : `${withUrl.length} new invite links`}: copy them now</span>}>
        {emailed
          ? 'Each link is on its way by email (the Email column of the invites says how it went); here it is shown only once, in case you want it too.'
          : 'Links are shown only once. Each is also in the outbox as a ready email to copy; if one is lost, reissue it (the old link then stops working).'}
      </Alert>
      <ul className="issued-list">
        {withUrl.map((i) => (
          <li key={i.id} className="issued-item">
            <span className="issued-email">{i.email}</span>
            <input className="input input-sm mono issued-url" readOnly value={i.url} aria-label={`Invite link for ${i.email}`} onFocus={(e) => e.currentTarget.select()} />
            <CopyButton text={i.url!} ariaLabel={`Copy the link for ${i.email}`} />
          </li>
        ))}
      </ul>
      <div className="issued-actions">
        {withUrl.length > 1 && <CopyButton text={all} label="Copy all (email and link per line)" />}
        <Button size="sm" variant="ghost" onClick={onDismiss} icon={<Icon name="check" size={14} />}>
          Done, I copied them
        </Button>
      </div>
    </section>
  );
}
