import { useId, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Icon } from '../../../components/ui/icon';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { formatDateTime } from '../../../lib/time';
import { reissueInvite, setExtraMinutes, type InviteView } from '../api/assessments';
import { DeliveryBadge } from './delivery-badge';

function inviteState(i: InviteView, now: number): { label: string; tone: 'success' | 'neutral' | 'danger' | 'info' } {
  if (i.usedAt) return { label: 'Started', tone: 'success' };
  if (new Date(i.expiresAt).getTime() <= now) return { label: 'Expired', tone: 'danger' };
  return { label: 'Not started', tone: 'info' };
}

/** The assessment's invites: state, what became of the email, extra time (editable), expiry, and Reissue (a new link, emailed again) for links not yet used. */
export function InvitesTable({ invites, onReissued, onChanged }: { invites: InviteView[]; onReissued: (invite: InviteView) => void; onChanged: (invite: InviteView) => void }) {
  const api = useApi();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState<InviteView>();
  const now = Date.now();

  const reissue = async (invite: InviteView) => {
    setBusy(invite.id);
    setError(undefined);
    try {
      onReissued(await reissueInvite(api, invite.id));
    } catch (e) {
      setError(`${invite.email}: ${errorMessage(e)}`);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      {error && (
        <Alert tone="danger" live="assertive">
          {error}
        </Alert>
      )}
      <div className="table-scroll">
        <table className="data-table compact">
          <caption className="visually-hidden">Invites</caption>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">State</th>
              <th scope="col">Email</th>
              <th scope="col" className="num">
                Extra time
              </th>
              <th scope="col">Link expires</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {invites.map((i) => {
              const state = inviteState(i, now);
              return (
                <tr key={i.id}>
                  <th scope="row" className="email-cell">
                    {i.email}
                  </th>
                  <td>
                    <Badge tone={state.tone}>{state.label}</Badge>
                  </td>
                  <td>
                    <DeliveryBadge delivery={i.delivery} />
                  </td>
                  <td className="num">{i.extraMinutes ? `+${i.extraMinutes} min` : '—'}</td>
                  <td>{formatDateTime(i.expiresAt)}</td>
                  <td className="actions-cell">
                    <Button size="sm" variant="ghost" onClick={() => setEditing(i)} aria-label={`Extra time for ${i.email}`} icon={<Icon name="clock" size={14} />}>
                      Extra time
                    </Button>
                    {!i.usedAt && (
                      <Button
                        size="sm"
                        variant="ghost"
                        busy={busy === i.id}
                        onClick={() => reissue(i)}
                        aria-label={`Reissue link for ${i.email}`}
                        icon={<Icon name="refresh" size={14} />}
                      >
                        Reissue link
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {editing && (
        <ExtraTimeDialog
          invite={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(updated) => {
            onChanged(updated);
            setEditing(undefined);
          }}
        />
      )}
    </>
  );
}

function ExtraTimeDialog({ invite, onClose, onSaved }: { invite: InviteView; onClose: () => void; onSaved: (invite: InviteView) => void }) {
  const api = useApi();
  const id = useId();
  const [value, setValue] = useState(String(invite.extraMinutes));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const save = async () => {
    const minutes = Number(value);
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > 1440) return setError('Whole minutes from 0 to 1440.');
    setBusy(true);
    try {
      onSaved(await setExtraMinutes(api, invite.id, minutes));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      title={`Extra time for ${invite.email}`}
      onClose={onClose}
      actions={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={save}>
            Save
          </Button>
        </>
      }
    >
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-minutes`}>Extra minutes</label>
          <input
            id={`${id}-minutes`}
            className="input"
            type="number"
            min={0}
            max={1440}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-describedby={`${id}-hint`}
            autoFocus
          />
          <p id={`${id}-hint`} className={error ? 'field-error' : 'field-hint'}>
            {error ??
              (invite.usedAt ? 'The attempt is running or done: a running attempt’s deadline moves at once.' : 'Added to the assessment’s duration when the candidate starts.')}
          </p>
        </div>
      </form>
    </Dialog>
  );
}
