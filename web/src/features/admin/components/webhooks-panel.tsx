import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { CopyButton } from '../../../components/ui/copy-button';
import { Dialog } from '../../../components/ui/dialog';
import { Icon } from '../../../components/ui/icon';
import { LoadState } from '../../../components/ui/load-state';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { listWebhooks, removeWebhook, webhookKeys, type WebhookCreated, type WebhookView } from '../api/webhooks';
import { WebhookDeliveries } from './webhook-deliveries';
import { WebhookForm } from './webhook-form';

/** The assessment's webhooks (admins): add one (its secret shown once), remove one, and each one's delivery log. */
export function WebhooksPanel({ assessmentId }: { assessmentId: string }) {
  const api = useApi();
  const client = useQueryClient();
  const hooks = useQuery({ queryKey: webhookKeys.list(assessmentId), queryFn: () => listWebhooks(api, assessmentId) });
  const [created, setCreated] = useState<WebhookCreated>();
  const [open, setOpen] = useState<string>();
  const [removing, setRemoving] = useState<WebhookView>();
  const remove = useMutation({
    mutationFn: (endpointId: string) => removeWebhook(api, endpointId),
    onSuccess: (_, endpointId) => {
      setRemoving(undefined);
      if (created?.id === endpointId) setCreated(undefined);
      return client.invalidateQueries({ queryKey: webhookKeys.list(assessmentId) });
    },
  });
  const added = (hook: WebhookCreated) => {
    setCreated(hook);
    void client.invalidateQueries({ queryKey: webhookKeys.list(assessmentId) });
    requestAnimationFrame(() => document.getElementById('webhook-secret')?.focus());
  };

  return (
    <Card className="panel" aria-labelledby="webhooks-title">
      <h2 id="webhooks-title" className="card-title">
        Webhooks <Badge>{hooks.data?.length ?? 0}</Badge>
      </h2>
      <WebhookForm assessmentId={assessmentId} onCreated={added} />
      {created && (
        <section className="issued" id="webhook-secret" tabIndex={-1} aria-labelledby="webhook-secret-title">
          <Alert tone="warning" title={<span id="webhook-secret-title">Signing secret: copy it now</span>}>
            It is shown only once. Your endpoint checks each request's <code>Assay-Signature</code> with it (see the README, "Exports and webhooks").
          </Alert>
          <div className="issued-item">
            <input
              className="input input-sm mono issued-url"
              readOnly
              value={created.secret}
              aria-label={`Signing secret for ${created.url}`}
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton text={created.secret} ariaLabel="Copy the signing secret" />
            <Button size="sm" variant="ghost" onClick={() => setCreated(undefined)} icon={<Icon name="check" size={14} />}>
              Done, I copied it
            </Button>
          </div>
        </section>
      )}
      <LoadState data={hooks.data} error={hooks.error} label="Loading webhooks…" retry={() => void hooks.refetch()}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted small">No webhooks yet. Results go nowhere until you add one.</p>
          ) : (
            <ul className="webhook-list">
              {list.map((h) => (
                <li key={h.id} className="webhook-item">
                  <div className="webhook-head">
                    <code className="webhook-url">{h.url}</code>
                    <span className="muted small">{h.events.join(', ')}</span>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-expanded={open === h.id}
                      onClick={() => setOpen(open === h.id ? undefined : h.id)}
                      icon={<Icon name={open === h.id ? 'chevronDown' : 'chevronRight'} size={14} />}
                    >
                      Deliveries
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => setRemoving(h)} aria-label={`Remove the webhook to ${h.url}`} icon={<Icon name="trash" size={14} />}>
                      Remove
                    </Button>
                  </div>
                  {open === h.id && <WebhookDeliveries endpointId={h.id} url={h.url} />}
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
      <Dialog
        open={removing !== undefined}
        title="Remove this webhook?"
        onClose={() => setRemoving(undefined)}
        actions={
          <>
            <Button onClick={() => setRemoving(undefined)}>Keep it</Button>
            <Button variant="danger" busy={remove.isPending} onClick={() => removing && remove.mutate(removing.id)}>
              Remove
            </Button>
          </>
        }
      >
        <p>
          Nothing more is sent to <code>{removing?.url}</code>, including retries still pending.
        </p>
        {remove.error && (
          <Alert tone="danger" live="assertive">
            {errorMessage(remove.error)}
          </Alert>
        )}
      </Dialog>
    </Card>
  );
}
