import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { LoadState } from '../../../components/ui/load-state';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { formatDateTime } from '../../../lib/time';
import { calibrationKeys, listGold, retireGold, type GoldItem } from '../api/calibration';

/** The assessment's gold items with their reference levels; Retire stops new claims (submitted reviews still count). */
export function ReviewerGoldList({ assessmentId }: { assessmentId: string }) {
  const api = useApi();
  const gold = useQuery({ queryKey: calibrationKeys.gold(assessmentId), queryFn: () => listGold(api, assessmentId) });
  return (
    <LoadState data={gold.data} error={gold.error} label="Loading gold items…" retry={() => void gold.refetch()}>
      {(list) =>
        list.length === 0 ? (
          <p className="muted small">No gold items yet. Mark a scored explanation as gold from its report or adjudication page, with the reference level of each criterion.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table compact">
              <caption className="visually-hidden">Gold items</caption>
              <thead>
                <tr>
                  <th scope="col">Challenge</th>
                  <th scope="col">Reference levels</th>
                  <th scope="col" className="num">
                    Reviews
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((g) => (
                  <GoldRow key={g.itemId} item={g} />
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </LoadState>
  );
}

function GoldRow({ item: g }: { item: GoldItem }) {
  const api = useApi();
  const client = useQueryClient();
  const retire = useMutation({ mutationFn: () => retireGold(api, g.itemId), onSuccess: () => client.invalidateQueries({ queryKey: calibrationKeys.all }) });
  return (
    <tr>
      <th scope="row">
        {g.challengeTitle} <span className="muted small">rubric v{g.rubricVersion}</span>
      </th>
      <td className="mono small">
        {Object.entries(g.goldLevels)
          .map(([criterion, level]) => `${criterion}: ${level}`)
          .join(' · ')}
      </td>
      <td className="num">{g.reviews}</td>
      <td>
        {g.status === 'active' ? <Badge tone="brand">Active since {formatDateTime(g.createdAt)}</Badge> : <Badge>Retired {g.retiredAt ? formatDateTime(g.retiredAt) : ''}</Badge>}
        {retire.error && (
          <p className="small text-danger" role="alert">
            {errorMessage(retire.error)}
          </p>
        )}
      </td>
      <td>
        {g.status === 'active' && (
          <Button size="sm" busy={retire.isPending} onClick={() => retire.mutate()} aria-label={`Retire gold item of ${g.challengeTitle}`}>
            Retire
          </Button>
        )}
      </td>
    </tr>
  );
}
