import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import { LoadState } from '../../../components/ui/load-state';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { formatDateTime } from '../../../lib/time';
import { listDeliveries, redeliver, webhookKeys, type WebhookDeliveryView } from '../api/webhooks';

const STATUS_TONE = { pending: 'info', delivered: 'success', failed: 'danger' } as const;

/** An endpoint's delivery log (newest first, refreshed while shown), with Redeliver on each delivery. */
export function WebhookDeliveries({ endpointId, url }: { endpointId: string; url: string }) {
  const api = useApi();
  const client = useQueryClient();
  const log = useQuery({ queryKey: webhookKeys.deliveries(endpointId), queryFn: () => listDeliveries(api, endpointId), refetchInterval: 10_000 });
  const again = useMutation({
    mutationFn: (deliveryId: string) => redeliver(api, deliveryId),
    onSuccess: () => client.invalidateQueries({ queryKey: webhookKeys.deliveries(endpointId) }),
  });
  return (
    <section className="webhook-log" aria-label={`Deliveries to ${url}`}>
      {again.error && (
        <Alert tone="danger" live="assertive">
          {errorMessage(again.error)}
        </Alert>
      )}
      <LoadState data={log.data} error={log.error} label="Loading deliveries…" retry={() => void log.refetch()}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted small">No deliveries yet: one is made when an attempt of this assessment becomes final.</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table compact">
                <caption className="visually-hidden">Deliveries to {url}, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Made</th>
                    <th scope="col">Event</th>
                    <th scope="col">Status</th>
                    <th scope="col" className="num">
                      Tries
                    </th>
                    <th scope="col">Last answer</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">
                        {formatDateTime(d.createdAt)}
                        {d.redeliveryOf && <span className="muted small"> · redelivery</span>}
                      </th>
                      <td>
                        <code>{d.event}</code>
                      </td>
                      <td>
                        <Badge tone={STATUS_TONE[d.status]}>{d.status}</Badge>
                        <span className="muted small"> {when(d)}</span>
                      </td>
                      <td className="num">{d.tries}</td>
                      <td className="small">
                        {d.lastStatusCode ?? (d.lastError ? '—' : '')} {d.lastError && <span className="muted">{d.lastError}</span>}
                      </td>
                      <td className="actions-cell">
                        <Button
                          size="sm"
                          variant="ghost"
                          onClick={() => again.mutate(d.id)}
                          busy={again.isPending && again.variables === d.id}
                          aria-label={`Redeliver the ${d.event} delivery made ${formatDateTime(d.createdAt)}`}
                          icon={<Icon name="send" size={14} />}
                        >
                          Redeliver
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </LoadState>
    </section>
  );
}

function when(d: WebhookDeliveryView): string {
  if (d.status === 'delivered' && d.deliveredAt) return formatDateTime(d.deliveredAt);
  if (d.status === 'pending' && d.nextAttemptAt) return `next try ${formatDateTime(d.nextAttemptAt)}`;
  return '';
}
