import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { createWebhook, type WebhookCreated } from '../api/webhooks';

/** Registers an endpoint: its URL, and whether submits are sent as well as final results. */
export function WebhookForm({ assessmentId, onCreated }: { assessmentId: string; onCreated: (created: WebhookCreated) => void }) {
  const api = useApi();
  const id = useId();
  const [url, setUrl] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<string>();
  const create = useMutation({
    mutationFn: () => createWebhook(api, assessmentId, { url: url.trim(), events: submitted ? ['attempt.submitted'] : [] }),
    onSuccess: (created) => {
      setUrl('');
      setSubmitted(false);
      onCreated(created);
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(undefined);
    if (!/^https?:\/\/\S+$/i.test(url.trim())) return setProblem('Enter an http:// or https:// URL.');
    create.mutate();
  };

  const error = problem ?? (create.error ? errorMessage(create.error) : undefined);
  return (
    <form className="webhook-form" onSubmit={submit} noValidate aria-label="Add a webhook">
      <div className="field">
        <label htmlFor={`${id}-url`}>Endpoint URL</label>
        <input
          id={`${id}-url`}
          className="input mono"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://example.com/hooks/assay"
          autoComplete="off"
          aria-describedby={`${id}-hint`}
          aria-invalid={problem ? true : undefined}
        />
        <p id={`${id}-hint`} className="field-hint">
          Assay POSTs each final result here, signed with the secret shown once after you add it.
        </p>
      </div>
      <div className="checks">
        <label className="check">
          <input type="checkbox" checked={submitted} onChange={(e) => setSubmitted(e.target.checked)} />
          Also send when a candidate submits (before the score is final)
        </label>
      </div>
      {error && (
        <Alert tone="danger" live="assertive">
          {error}
        </Alert>
      )}
      <Button type="submit" variant="primary" busy={create.isPending} icon={<Icon name="plus" size={15} />}>
        Add webhook
      </Button>
    </form>
  );
}
