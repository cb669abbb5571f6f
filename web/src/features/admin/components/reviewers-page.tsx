import { useQuery } from '@tanstack/react-query';
import { Card } from '../../../components/ui/card';
import { LoadState } from '../../../components/ui/load-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useApi } from '../../../lib/api-context';
import { calibrationKeys, getReviewers } from '../api/calibration';
import { CalibrationCrumbs, CalibrationNav } from './agreement-nav';
import { ReviewerGoldList } from './reviewer-gold-list';
import { ReviewerTable } from './reviewer-table';

/**
 * An assessment's reviewers (admins): each one's accuracy against gold
 * items and agreement with peers, flagged below the assessment's
 * threshold, with Pause / Resume; and the gold items themselves.
 */
export function ReviewersPage({ assessmentId }: { assessmentId: string }) {
  const api = useApi();
  const report = useQuery({ queryKey: calibrationKeys.reviewers(assessmentId), queryFn: () => getReviewers(api, assessmentId) });
  return (
    <div className="staff-page">
      <PageHeader eyebrow={<CalibrationCrumbs assessmentId={assessmentId} page="Reviewers" />} title="Reviewers" />
      <CalibrationNav assessmentId={assessmentId} />
      <Card className="panel" aria-labelledby="reviewers-title">
        <h2 id="reviewers-title" className="card-title">
          Accuracy and agreement
        </h2>
        <p className="muted small">
          Accuracy: the share of criteria where the reviewer picked the gold item’s reference level. Agreement: quadratic-weighted Cohen’s kappa of the reviewer against each peer
          on the explanations they both scored, pooled over criteria (a near miss counts partly; chance agreement does not count).
        </p>
        <LoadState data={report.data} error={report.error} label="Loading reviewers…" retry={() => void report.refetch()}>
          {(r) => <ReviewerTable report={r} />}
        </LoadState>
      </Card>
      <Card className="panel" aria-labelledby="gold-title">
        <h2 id="gold-title" className="card-title">
          Gold items
        </h2>
        <ReviewerGoldList assessmentId={assessmentId} />
      </Card>
    </div>
  );
}
