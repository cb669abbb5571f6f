import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { Icon } from '../../../components/ui/icon';
import { LoadState } from '../../../components/ui/load-state';
import { useApi } from '../../../lib/api-context';
import { getInviteEmail, inviteEmailKeys, type InviteEmailView } from '../api/invite-email';
import { InviteEmailForm } from './invite-email-form';

/** The assessment's invite email (admins): how mail leaves (SMTP or the outbox), the From line, a preview, and the template editor. */
export function InviteEmailPanel({ assessmentId }: { assessmentId: string }) {
  const api = useApi();
  const client = useQueryClient();
  const view = useQuery({ queryKey: inviteEmailKeys.template(assessmentId), queryFn: () => getInviteEmail(api, assessmentId) });
  const [editing, setEditing] = useState(false);
  const saved = (next: InviteEmailView) => {
    client.setQueryData(inviteEmailKeys.template(assessmentId), next);
    setEditing(false);
  };
  return (
    <Card className="panel" aria-labelledby="invite-email-title">
      <h2 id="invite-email-title" className="card-title">
        Invite email {view.data && <Badge tone={view.data.custom ? 'brand' : 'neutral'}>{view.data.custom ? 'Edited' : 'Default'}</Badge>}
      </h2>
      <LoadState data={view.data} error={view.error} label="Loading the invite email…" retry={() => void view.refetch()}>
        {(v) => (
          <>
            <p className="muted small">
              {v.smtp
                ? 'Each new or reissued invite is emailed; failed sends are tried again for a day. The Email column of the invites says how each went.'
                : 'No SMTP server is set (ASSAY_SMTP_URL): emails wait in the outbox, ready to copy into your own mail.'}{' '}
              <Link to={`/admin/assessments/${encodeURIComponent(assessmentId)}/outbox`}>Open the outbox</Link>
            </p>
            {editing ? (
              <InviteEmailForm assessmentId={assessmentId} view={v} onSaved={saved} onCancel={() => setEditing(false)} />
            ) : (
              <>
                <dl className="mail-preview">
                  <dt>From</dt>
                  <dd>{v.from}</dd>
                  {v.template.replyTo && (
                    <>
                      <dt>Reply to</dt>
                      <dd>{v.template.replyTo}</dd>
                    </>
                  )}
                  <dt>Subject</dt>
                  <dd>{v.preview.subject}</dd>
                </dl>
                <figure className="mail-figure">
                  <figcaption className="visually-hidden">Preview of the email text, with a sample link</figcaption>
                  <pre className="mail-text">{v.preview.text}</pre>
                </figure>
                <Button size="sm" onClick={() => setEditing(true)} icon={<Icon name="edit" size={14} />}>
                  Edit the email
                </Button>
              </>
            )}
          </>
        )}
      </LoadState>
    </Card>
  );
}
