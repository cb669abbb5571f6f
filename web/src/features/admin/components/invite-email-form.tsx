import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { resetInviteEmail, saveInviteEmail, type InviteEmailTemplate, type InviteEmailView } from '../api/invite-email';

/** Edits an assessment's invite email: sender name, reply-to, subject and body with placeholders; the server checks them and names a bad field. */
export function InviteEmailForm({
  assessmentId,
  view,
  onSaved,
  onCancel,
}: {
  assessmentId: string;
  view: InviteEmailView;
  onSaved: (v: InviteEmailView) => void;
  onCancel: () => void;
}) {
  const api = useApi();
  const id = useId();
  const [draft, setDraft] = useState({ ...view.template, replyTo: view.template.replyTo ?? '' });
  const set = (field: keyof typeof draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [field]: e.target.value });
  const save = useMutation({
    mutationFn: () => {
      const body: InviteEmailTemplate = { ...draft, replyTo: draft.replyTo.trim() || null };
      return saveInviteEmail(api, assessmentId, body);
    },
    onSuccess: onSaved,
  });
  const reset = useMutation({ mutationFn: () => resetInviteEmail(api, assessmentId), onSuccess: onSaved });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const f = (name: string) => `${id}-${name}`;
  const error = save.error ?? reset.error;
  return (
    <form className="form invite-email-form" onSubmit={submit} noValidate aria-label="Edit the invite email">
      <div className="form-grid cols-2">
        <div className="field">
          <label htmlFor={f('sender')}>Sender name</label>
          <input id={f('sender')} className="input" value={draft.senderName} onChange={set('senderName')} maxLength={100} aria-describedby={f('sender-hint')} />
          <p id={f('sender-hint')} className="field-hint">
            Shown as the sender; the address is the server’s ({view.from.replace(/^.*</, '').replace(/>$/, '')}).
          </p>
        </div>
        <div className="field">
          <label htmlFor={f('reply')}>Reply-to address (optional)</label>
          <input id={f('reply')} className="input" type="email" value={draft.replyTo} onChange={set('replyTo')} placeholder="hiring@example.com" autoComplete="off" />
        </div>
      </div>
      <div className="field">
        <label htmlFor={f('subject')}>Subject</label>
        <input id={f('subject')} className="input" value={draft.subject} onChange={set('subject')} maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor={f('body')}>Body</label>
        <textarea id={f('body')} className="textarea mono" rows={14} value={draft.body} onChange={set('body')} aria-describedby={f('body-hint')} spellCheck={false} />
        <p id={f('body-hint')} className="field-hint">
          Plain text; a blank line starts a paragraph (the HTML version is made from it). Placeholders: {view.placeholders.map((p) => `{{${p}}}`).join(' ')}. The body must hold{' '}
          {'{{link}}'}; the subject may not (the link is a credential).
        </p>
      </div>
      {error && (
        <Alert tone="danger" live="assertive">
          {errorMessage(error)}
        </Alert>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={save.isPending}>
          Save
        </Button>
        <Button onClick={onCancel}>Cancel</Button>
        {view.custom && (
          <Button variant="ghost" busy={reset.isPending} onClick={() => reset.mutate()}>
            Back to the default
          </Button>
        )}
      </div>
    </form>
  );
}
