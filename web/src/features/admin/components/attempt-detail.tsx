import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Card } from '../../../components/ui/card';
import { EmptyState } from '../../../components/ui/empty-state';
import { LoadState } from '../../../components/ui/load-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useApi } from '../../../lib/api-context';
import { formatClock, formatCountdown, formatDateTime } from '../../../lib/time';
import { useResource } from '../../../lib/use-resource';
import { useLanguages } from '../../../lib/languages';
import { getAssessment, type AssessmentView } from '../api/assessments';
import { getAttempt, type AttemptDetail, type AttemptSubmission } from '../api/attempts';
import { AttemptSessions } from './attempt-sessions';
import { SubmissionView } from './submission-view';
import { Icon } from '../../../components/ui/icon';
import { formatBytes } from '../../../components/results/queue-status';

/** One attempt for staff: its facts, then a timeline of runs and submissions; the chosen one shows its code and every judged case. */
export function AttemptDetailPage({ id }: { id: string }) {
  const api = useApi();
  const data = useResource(async () => {
    const detail = await getAttempt(api, id);
    const assessment = await getAssessment(api, detail.attempt.assessmentId).catch(() => undefined);
    return { detail, assessment };
  }, id);
  return (
    <div className="staff-page wide">
      <LoadState data={data.data} error={data.error} label="Loading the attempt…" retry={() => void data.reload()}>
        {({ detail, assessment }) => <AttemptBody detail={detail} assessment={assessment} />}
      </LoadState>
    </div>
  );
}

function summary(s: AttemptSubmission): string {
  if (s.status === 'queued' || s.status === 'running') return s.status === 'queued' ? 'Waiting' : 'Running';
  if (s.status === 'error') return 'Engine error';
  if (s.result?.compile && !s.result.compile.ok) return 'Compile error';
  const cases = s.result?.cases ?? [];
  return `${cases.filter((c) => c.pass).length}/${cases.length} passed`;
}

function AttemptBody({ detail, assessment }: { detail: AttemptDetail; assessment: AssessmentView | undefined }) {
  const { label: languageLabel } = useLanguages();
  const { attempt, submissions } = detail;
  const timeline = [...submissions].filter((s) => s.kind !== 'validate').sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const [selected, setSelected] = useState(timeline[0]?.id);
  const titles = new Map(assessment?.challenges.map((c) => [c.id, c.title]));
  const current = timeline.find((s) => s.id === selected);
  const finished = Boolean(attempt.finishedAt);
  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link to="/admin/assessments">Assessments</Link>
            <Icon name="chevronRight" size={12} />
            {assessment ? <Link to={`/admin/assessments/${encodeURIComponent(assessment.id)}`}>{assessment.title}</Link> : <span>Assessment</span>}
            <Icon name="chevronRight" size={12} />
            <span>Attempt</span>
          </>
        }
        title={attempt.email}
        meta={
          <span className="meta-row">
            {finished ? (
              <Badge tone="success">{attempt.finishReason === 'deadline' ? 'Finished at the deadline' : 'Finished'}</Badge>
            ) : (
              <Badge tone="brand">In progress · {formatCountdown(attempt.remainingMs)} left</Badge>
            )}
            <span>Started {formatDateTime(attempt.startedAt)}</span>
            <span>{finished ? `Finished ${formatDateTime(attempt.finishedAt!)}` : `Deadline ${formatDateTime(attempt.deadlineAt)}`}</span>
            <span>{detail.draftSaves} draft snapshots</span>
            <span title={`drafts ${formatBytes(detail.storedBytes.drafts)}, runs and submissions ${formatBytes(detail.storedBytes.submissions)}`}>
              Stored: {formatBytes(detail.storedBytes.total)}
            </span>
            <span>{detail.sessions.length === 1 ? '1 session' : `${detail.sessions.length} sessions`}</span>
          </span>
        }
        actions={
          <Link to={`/admin/attempts/${encodeURIComponent(attempt.id)}/report`} className="btn btn-secondary btn-md">
            <Icon name="file" size={14} /> Report
          </Link>
        }
      />
      <AttemptSessions sessions={detail.sessions} />
      {timeline.length === 0 ? (
        <EmptyState icon="clock" title="Nothing run or submitted yet">
          Runs of the examples and submissions appear here as the candidate makes them.
        </EmptyState>
      ) : (
        <div className="attempt-grid">
          <Card className="panel timeline-card">
            <h2 className="card-title">Timeline</h2>
            <ol className="timeline">
              {timeline.map((s) => {
                const ok = s.status === 'done' && (s.result?.cases ?? []).every((c) => c.pass) && !(s.result?.compile && !s.result.compile.ok);
                return (
                  <li key={s.id}>
                    <button type="button" className="timeline-item" aria-current={s.id === selected ? 'true' : undefined} onClick={() => setSelected(s.id)}>
                      <span className={`timeline-dot ${s.kind}`} aria-hidden="true" />
                      <span className="timeline-text">
                        <span className="timeline-top">
                          <Badge tone={s.kind === 'submit' ? 'brand' : 'neutral'}>{s.kind === 'submit' ? 'Submit' : 'Run'}</Badge>
                          <span className="timeline-title">{titles.get(s.challengeId) ?? s.challengeId}</span>
                        </span>
                        <span className="timeline-meta">
                          {formatClock(s.createdAt)} · {languageLabel(s.language)} · <span className={ok ? 'text-success' : 'text-danger'}>{summary(s)}</span>
                          {s.kind === 'submit' && s.testsScore !== null && ` · ${Math.round(s.testsScore * 100)}%`}
                        </span>
                      </span>
                    </button>
                  </li>
                );
              })}
            </ol>
          </Card>
          {current ? (
            <SubmissionView key={current.id} submission={current} title={titles.get(current.challengeId) ?? current.challengeId} />
          ) : (
            <Alert tone="info">Choose an entry of the timeline.</Alert>
          )}
        </div>
      )}
    </>
  );
}
