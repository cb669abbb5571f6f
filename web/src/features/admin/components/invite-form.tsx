import { useId, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { inviteCandidates, type InviteView } from '../api/assessments';
import { parseEmails } from '../utils/emails';
import { Icon } from '../../../components/ui/icon';

/** Invites one candidate or many (pasted one per line or comma-separated); hands the new links to `onIssued`. */
export function InviteForm({ assessmentId, onIssued }: { assessmentId: string; onIssued: (invites: InviteView[]) => void }) {
  const api = useApi();
  const id = useId();
  const [mode, setMode] = useState<'one' | 'many'>('one');
  const [one, setOne] = useState('');
  const [many, setMany] = useState('');
  const [extra, setExtra] = useState('0');
  const [days, setDays] = useState('14');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const parsed = parseEmails(mode === 'one' ? one : many);
  const f = (name: string) => `${id}-${name}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    if (parsed.invalid.length) return setError(`Not an email: ${parsed.invalid.slice(0, 5).join(', ')}${parsed.invalid.length > 5 ? '…' : ''}`);
    if (parsed.valid.length === 0) return setError(mode === 'one' ? 'Enter the candidate’s email.' : 'Paste at least one email.');
    if (mode === 'one' && parsed.valid.length > 1) return setError('One email here; switch to “Several” for more.');
    const extraMinutes = Number(extra || 0);
    const expiresInDays = Number(days || 14);
    if (!Number.isInteger(extraMinutes) || extraMinutes < 0 || extraMinutes > 1440) return setError('Extra time is whole minutes from 0 to 1440.');
    if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > 365) return setError('Links last from 1 to 365 days.');
    setBusy(true);
    try {
      const invites = await inviteCandidates(api, assessmentId, { emails: parsed.valid, extraMinutes, expiresInDays });
      onIssued(invites);
      setOne('');
      setMany('');
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const count = parsed.valid.length;
  return (
    <form className="invite-form" onSubmit={submit} noValidate aria-labelledby={f('title')}>
      <div className="invite-form-head">
        <h2 id={f('title')} className="card-title">
          Invite candidates
        </h2>
        <div className="segmented" role="radiogroup" aria-label="How many candidates">
          <label className={mode === 'one' ? 'active' : undefined}>
            <input type="radio" name={f('mode')} checked={mode === 'one'} onChange={() => setMode('one')} />
            One email
          </label>
          <label className={mode === 'many' ? 'active' : undefined}>
            <input type="radio" name={f('mode')} checked={mode === 'many'} onChange={() => setMode('many')} />
            Several
          </label>
        </div>
      </div>
      {mode === 'one' ? (
        <div className="field">
          <label htmlFor={f('one')}>Candidate email</label>
          <input id={f('one')} className="input" type="email" value={one} onChange={(e) => setOne(e.target.value)} placeholder="name@example.com" autoComplete="off" />
        </div>
      ) : (
        <div className="field">
          <label htmlFor={f('many')}>Candidate emails</label>
          <textarea
            id={f('many')}
            className="textarea textarea-sm mono"
            value={many}
            onChange={(e) => setMany(e.target.value)}
            placeholder={'ada@example.com\ngrace@example.com, alan@example.com'}
            aria-describedby={f('many-hint')}
            spellCheck={false}
          />
          <p id={f('many-hint')} className="field-hint" aria-live="polite">
            One per line, or separated by commas.{' '}
            {count > 0 && (
              <strong>
                {count} email{count === 1 ? '' : 's'} ready
              </strong>
            )}
            {parsed.invalid.length > 0 && <span className="text-danger"> · {parsed.invalid.length} not valid</span>}
          </p>
        </div>
      )}
      <div className="form-grid cols-2">
        <div className="field">
          <label htmlFor={f('extra')}>Extra time (minutes)</label>
          <input id={f('extra')} className="input" type="number" min={0} max={1440} value={extra} onChange={(e) => setExtra(e.target.value)} aria-describedby={f('extra-hint')} />
          <p id={f('extra-hint')} className="field-hint">
            Accommodations; 0 for none.
          </p>
        </div>
        <div className="field">
          <label htmlFor={f('days')}>Link valid for (days)</label>
          <input id={f('days')} className="input" type="number" min={1} max={365} value={days} onChange={(e) => setDays(e.target.value)} />
        </div>
      </div>
      {error && (
        <Alert tone="danger" live="assertive">
          {error}
        </Alert>
      )}
      <Button type="submit" variant="primary" busy={busy} icon={<Icon name="mail" size={15} />}>
        {mode === 'many' && count > 1 ? `Create ${count} invite links` : 'Create invite link'}
      </Button>
    </form>
  );
}
