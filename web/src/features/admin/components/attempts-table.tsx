import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { Spinner } from '../../../components/ui/spinner';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { formatClock, formatCountdown } from '../../../lib/time';
import { usePolling } from '../../../lib/use-polling';
import { useResource } from '../../../lib/use-resource';
import { listAttempts, type AssessmentView, type AttemptSummary } from '../api/assessments';

/** How often the table asks the server again, ms. */
export const REFRESH_MS = 5000;

/** A score in [0, 1] as a percentage cell; null while nothing was submitted. */
function ScoreCell({ score }: { score: number | null | undefined }) {
  if (score === null || score === undefined) return <td className="num muted">—</td>;
  const pct = Math.round(score * 100);
  return (
    <td className="num">
      <span className={`score-pill ${pct === 100 ? 'full' : pct >= 50 ? 'mid' : 'low'}`}>{pct}%</span>
    </td>
  );
}

/** The attempt's score (tests and reviews, weighted) and whether it is final yet. */
function AttemptScoreCell({ score }: { score: AttemptSummary['score'] }) {
  if (!score) return <td className="num muted">—</td>;
  const pct = Number((score.value * 100).toFixed(1));
  return (
    <td className="num">
      <span className="attempt-score">{pct}%</span> <Badge tone={score.status === 'final' ? 'success' : 'neutral'}>{score.status === 'final' ? 'Final' : 'Provisional'}</Badge>
    </td>
  );
}

function statusBadge(a: AttemptSummary, left: number) {
  if (a.status === 'finished') return <Badge tone="success">{a.finishReason === 'deadline' ? 'Finished at deadline' : 'Finished'}</Badge>;
  if (left <= 0) return <Badge tone="warning">Time up</Badge>;
  return <Badge tone="brand">In progress</Badge>;
}

/**
 * Attempts of an assessment, live: asked again every 5 s (while the tab is
 * visible), with the time left ticking each second in between.
 */
export function AttemptsTable({ assessment }: { assessment: AssessmentView }) {
  const api = useApi();
  const attempts = useResource(async () => ({ list: await listAttempts(api, assessment.id), at: Date.now() }), assessment.id);
  const [now, setNow] = useState(() => Date.now());

  usePolling(() => void attempts.reload(true), REFRESH_MS);
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);

  if (!attempts.data) {
    return attempts.error ? (
      <p className="text-danger">{errorMessage(attempts.error)}</p>
    ) : (
      <p className="results-pending">
        <Spinner size={14} /> Loading attempts…
      </p>
    );
  }
  const { list, at } = attempts.data;
  const status = (
    <p className="live-status">
      <span className={`live-dot${attempts.error ? ' stale' : ''}`} aria-hidden="true" />
      {attempts.error ? `Not updated since ${formatClock(new Date(at))}: ${errorMessage(attempts.error)}` : `Live · updated ${formatClock(new Date(at))}`}
    </p>
  );
  if (list.length === 0) {
    return (
      <>
        {status}
        <EmptyState icon="clock" title="No attempts yet">
          Attempts appear here as soon as a candidate presses Start.
        </EmptyState>
      </>
    );
  }
  return (
    <>
      {status}
      <div className="table-scroll">
        <table className="data-table compact">
          <caption className="visually-hidden">Attempts, with each challenge’s hidden-test score and the attempt’s score</caption>
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Time left
              </th>
              <th scope="col">Started</th>
              {assessment.challenges.map((c) => (
                <th key={c.id} scope="col" className="num score-head" title={c.title}>
                  {c.title}
                </th>
              ))}
              <th scope="col" className="num">
                Score
              </th>
              <th scope="col">
                <span className="visually-hidden">Details</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((a) => {
              const left = a.status === 'active' ? Math.max(0, a.remainingMs - (now - at)) : 0;
              return (
                <tr key={a.id}>
                  <th scope="row" className="email-cell">
                    {a.email}
                  </th>
                  <td>{statusBadge(a, left)}</td>
                  <td className="num mono">{a.status === 'active' ? <span className={left < 5 * 60_000 ? 'text-warning' : undefined}>{formatCountdown(left)}</span> : '—'}</td>
                  <td>{formatClock(a.startedAt)}</td>
                  {assessment.challenges.map((c) => (
                    <ScoreCell key={c.id} score={a.scores[c.id]} />
                  ))}
                  <AttemptScoreCell score={a.score} />
                  <td className="actions-cell">
                    <Link to={`/admin/attempts/${encodeURIComponent(a.id)}`} className="btn btn-ghost btn-sm" aria-label={`Details of ${a.email}’s attempt`}>
                      Details
                    </Link>
                    <Link to={`/admin/attempts/${encodeURIComponent(a.id)}/report`} className="btn btn-ghost btn-sm" aria-label={`Report of ${a.email}’s attempt`}>
                      Report
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
