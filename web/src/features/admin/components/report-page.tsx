import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { AttemptReport } from '@assay/contract';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import { LoadState } from '../../../components/ui/load-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useApi } from '../../../lib/api-context';
import { formatDateTime } from '../../../lib/time';
import { getReport, reportKey } from '../api/report';
import { ReportChallenge, type Challenge } from './report-challenge';
import { MarkGoldButton } from './reviewer-gold-button';
import { AttemptScoreTable, formatScore } from './report-score';

/** /admin/attempts/:id/report: the candidate report, loaded with TanStack Query; prints as a document (Save as PDF). */
export function ReportPage({ id }: { id: string }) {
  const api = useApi();
  const report = useQuery({ queryKey: reportKey(id), queryFn: () => getReport(api, id) });
  return (
    <div className="staff-page wide report-page">
      <LoadState data={report.data} error={report.error} label="Loading the report…" retry={() => void report.refetch()}>
        {(data) => <ReportView report={data} reviewActions={goldAction} />}
      </LoadState>
    </div>
  );
}

/** "Mark as gold" under a challenge's reviews once a set is submitted, pre-filled with the final (adjudicated, else first) levels; not printed. */
function goldAction(c: Challenge) {
  const review = c.review!;
  const sets = review.adjudication ? [review.adjudication] : review.reviews;
  if (sets.length === 0) return null;
  return (
    <p className="report-gold">
      <MarkGoldButton itemId={review.itemId} criteria={c.criteria.map((k) => ({ id: k.id, title: k.title, levels: k.levels }))} initialLevels={sets[0]!.levels} />
    </p>
  );
}

/** The report itself, from its JSON document: who and when, the attempt's score, then each challenge on its own printed page. */
export function ReportView({ report, reviewActions }: { report: AttemptReport; reviewActions?: (challenge: Challenge) => ReactNode }) {
  const { attempt } = report;
  return (
    <article className="report" aria-label={`Report of ${attempt.email}`}>
      <PageHeader
        eyebrow={
          <>
            <Link to={`/admin/assessments/${encodeURIComponent(attempt.assessmentId)}`}>{attempt.assessmentTitle}</Link>
            <Icon name="chevronRight" size={12} />
            <Link to={`/admin/attempts/${encodeURIComponent(attempt.id)}`}>Attempt</Link>
            <Icon name="chevronRight" size={12} />
            <span>Report</span>
          </>
        }
        title={`${attempt.email}: ${formatScore(report.score.score)}`}
        meta={
          <span className="meta-row">
            <Badge tone={report.status === 'final' ? 'success' : 'warning'}>{report.status === 'final' ? 'Final score' : 'Provisional score'}</Badge>
            <span>Started {formatDateTime(attempt.startedAt)}</span>
            <span>{attempt.finishedAt ? `Finished ${formatDateTime(attempt.finishedAt)}${attempt.finishReason === 'deadline' ? ' (deadline)' : ''}` : 'Not finished'}</span>
            {attempt.finalAt && <span>Final since {formatDateTime(attempt.finalAt)}</span>}
            <span className="report-generated">Report of {formatDateTime(report.generatedAt)}</span>
          </span>
        }
        actions={
          <Button onClick={() => window.print()} icon={<Icon name="download" size={14} />}>
            Print or save as PDF
          </Button>
        }
      />
      <AttemptScoreTable report={report} />
      {report.challenges.map((c, i) => (
        <ReportChallenge key={c.challengeId} challenge={c} index={i} reviewers={report.reviewers} reviewActions={reviewActions} />
      ))}
    </article>
  );
}
