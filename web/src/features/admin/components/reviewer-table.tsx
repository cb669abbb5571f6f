import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Icon } from '../../../components/ui/icon';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { calibrationKeys, resumeReviewer, type ReviewersReport, type ReviewerStats } from '../api/calibration';
import { formatFigure } from './agreement-figure';
import { ReviewerPauseDialog } from './reviewer-pause-dialog';

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** Every reviewer of an assessment: accuracy against gold, agreement with peers, flags, and Pause / Resume. */
export function ReviewerTable({ report }: { report: ReviewersReport }) {
  const [pausing, setPausing] = useState<ReviewerStats | null>(null);
  if (report.reviewers.length === 0)
    return (
      <EmptyState icon="users" title="No reviewers yet">
        Create reviewer accounts with <code>assay admin create --role reviewer</code>.
      </EmptyState>
    );
  return (
    <>
      <div className="table-scroll">
        <table className="data-table compact">
          <caption className="calibration-caption">
            Flagged below {report.threshold} once {report.minItems} items are behind a figure
          </caption>
          <thead>
            <tr>
              <th scope="col">Reviewer</th>
              <th scope="col" className="num">
                Scored
              </th>
              <th scope="col">Accuracy against gold</th>
              <th scope="col">Agreement with peers</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {report.reviewers.map((r) => (
              <ReviewerRow key={r.reviewer.id} stats={r} minItems={report.minItems} onPause={() => setPausing(r)} />
            ))}
          </tbody>
        </table>
      </div>
      <ReviewerPauseDialog
        key={pausing?.reviewer.id ?? 'none'}
        reviewer={pausing && pausing.reviewer}
        suggestion={pausing?.flags.join('; ') ?? ''}
        onClose={() => setPausing(null)}
      />
    </>
  );
}

function ReviewerRow({ stats: r, minItems, onPause }: { stats: ReviewerStats; minItems: number; onPause: () => void }) {
  const api = useApi();
  const client = useQueryClient();
  const resume = useMutation({
    mutationFn: () => resumeReviewer(api, r.reviewer.id),
    onSuccess: () => client.invalidateQueries({ queryKey: calibrationKeys.all }),
  });
  return (
    <tr>
      <th scope="row">
        <span className="reviewer-name">{r.reviewer.name}</span>
        <span className="muted small reviewer-email">{r.reviewer.email}</span>
        {r.role === 'admin' && <Badge>admin</Badge>}
      </th>
      <td className="num">{r.scoredItems}</td>
      <td>
        {r.gold.accuracy === null ? (
          <span className="muted">No gold items scored</span>
        ) : (
          <>
            <strong>{pct(r.gold.accuracy)}</strong> of {r.gold.criteria} criteria at the reference · mean distance {r.gold.meanDistance!.toFixed(2)} levels
            <span className="muted small">
              {' '}
              · {r.gold.items} gold items{r.gold.items < minItems ? `, fewer than ${minItems}: not yet judged` : ''}
            </span>
          </>
        )}
      </td>
      <td>
        {r.peers.kappa === null ? (
          <span className="muted">{r.peers.reading.text}</span>
        ) : (
          <>
            <strong>{formatFigure(r.peers.kappa)}</strong> weighted kappa · {r.peers.reading.text}
            <span className="muted small"> · {r.peers.items} shared items</span>
          </>
        )}
      </td>
      <td>
        {r.pause && (
          <Badge tone="warning" icon={<Icon name="pause" size={12} />}>
            Paused
          </Badge>
        )}{' '}
        {r.flagged ? (
          <Badge tone="danger" icon={<Icon name="flag" size={12} />}>
            Flagged
          </Badge>
        ) : (
          !r.pause && <Badge tone="success">OK</Badge>
        )}
        {r.flags.length > 0 && (
          <ul className="reviewer-flags small">
            {r.flags.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        )}
        {r.pause && <p className="small muted">Paused: {r.pause.reason}</p>}
        {resume.error && (
          <p className="small text-danger" role="alert">
            {errorMessage(resume.error)}
          </p>
        )}
      </td>
      <td>
        {r.pause ? (
          <Button size="sm" busy={resume.isPending} onClick={() => resume.mutate()} aria-label={`Resume ${r.reviewer.name}`}>
            Resume
          </Button>
        ) : (
          <Button size="sm" variant={r.flagged ? 'danger' : 'secondary'} onClick={onPause} aria-label={`Pause ${r.reviewer.name}`}>
            Pause
          </Button>
        )}
      </td>
    </tr>
  );
}
