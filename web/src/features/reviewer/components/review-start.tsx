import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../../components/ui/alert';
import { Badge, type Tone } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { Icon } from '../../../components/ui/icon';
import { LoadState } from '../../../components/ui/load-state';
import { PageHeader } from '../../../components/ui/page-header';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { formatRelative } from '../../../lib/relative-time';
import { formatDateTime } from '../../../lib/time';
import { claimNext, getMyReviews, reviewKeys, type MyReview } from '../api/reviews';

/**
 * /review: "Next item" claims the next blind item (or hands back the
 * reviewer's live claim) and opens it; below, the reviewer's own list,
 * where submitted reviews stay editable until their item is final.
 */
export function ReviewStart() {
  const api = useApi();
  const client = useQueryClient();
  const navigate = useNavigate();
  const mine = useQuery({ queryKey: reviewKeys.mine, queryFn: () => getMyReviews(api) });
  const next = useMutation({
    mutationFn: () => claimNext(api),
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: reviewKeys.mine });
      if (result.review) {
        client.setQueryData(reviewKeys.review(result.review.reviewId), result.review);
        navigate(`/review/${encodeURIComponent(result.review.reviewId)}`);
      }
    },
  });
  const empty = next.data && !next.data.review ? (next.data.message ?? 'There is nothing to review right now.') : null;

  return (
    <div className="staff-page">
      <PageHeader
        title="Reviews"
        meta="Score written explanations against their rubric. Reviews are blind: you never see who wrote one, nor other reviewers’ scores until you have submitted yours."
        actions={
          <>
            <Link to="/review/adjudicate" className="btn btn-secondary btn-md">
              <Icon name="flag" size={15} />
              Adjudication
            </Link>
            <Button variant="primary" onClick={() => next.mutate()} busy={next.isPending} icon={<Icon name="arrowRight" size={15} />}>
              Next item
            </Button>
          </>
        }
      />
      {empty && (
        <Alert tone="info" live="polite" title="No item for you">
          {empty}
        </Alert>
      )}
      {next.error && (
        <Alert tone="danger" live="assertive" title="No item could be claimed">
          {errorMessage(next.error)}
        </Alert>
      )}
      <h2 className="section-title">Your reviews</h2>
      <LoadState data={mine.data} error={mine.error} label="Loading your reviews…" retry={() => void mine.refetch()}>
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState icon="inbox" title="No reviews yet">
              Take the next item to start.
            </EmptyState>
          ) : (
            <MineTable rows={rows} />
          )
        }
      </LoadState>
    </div>
  );
}

const STATUS: Record<MyReview['status'], { label: string; tone: Tone }> = {
  claimed: { label: 'In progress', tone: 'info' },
  submitted: { label: 'Submitted', tone: 'success' },
  released: { label: 'Released', tone: 'neutral' },
};
const ITEM: Record<MyReview['itemStatus'], string> = { open: 'Open', adjudication: 'In adjudication', final: 'Final' };

function MineTable({ rows }: { rows: MyReview[] }) {
  return (
    <section className="card table-card">
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Your reviews, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Challenge</th>
              <th scope="col">Your review</th>
              <th scope="col">Item</th>
              <th scope="col">When</th>
              <th scope="col">
                <span className="visually-hidden">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const when = r.submittedAt ?? r.claimedAt;
              return (
                <tr key={r.reviewId}>
                  <th scope="row">
                    {r.challengeTitle}
                    <span className="row-sub">Review {rows.length - i}</span>
                  </th>
                  <td>
                    <Badge tone={STATUS[r.status].tone}>{STATUS[r.status].label}</Badge>
                  </td>
                  <td>{ITEM[r.itemStatus]}</td>
                  <td>
                    {r.status === 'claimed' ? 'expires ' : r.status === 'submitted' ? 'submitted ' : 'claimed '}
                    <time dateTime={r.status === 'claimed' ? r.expiresAt : when} title={formatDateTime(r.status === 'claimed' ? r.expiresAt : when)}>
                      {formatRelative(r.status === 'claimed' ? r.expiresAt : when)}
                    </time>
                  </td>
                  <td className="actions-cell">
                    {r.status !== 'released' && (
                      <Link
                        to={`/review/${encodeURIComponent(r.reviewId)}`}
                        className="btn btn-secondary btn-sm"
                        aria-label={`${r.status === 'claimed' ? 'Continue' : r.editable ? 'Edit' : 'View'} review ${rows.length - i}: ${r.challengeTitle}`}
                      >
                        {r.status === 'claimed' ? 'Continue' : r.editable ? 'Edit' : 'View'}
                        <Icon name="arrowRight" size={14} />
                      </Link>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
