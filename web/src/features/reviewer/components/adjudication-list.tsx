import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Badge } from '../../../components/ui/badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { Icon } from '../../../components/ui/icon';
import { LoadState } from '../../../components/ui/load-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useApi } from '../../../lib/api-context';
import { formatRelative } from '../../../lib/relative-time';
import { formatDateTime } from '../../../lib/time';
import { getAdjudications, reviewKeys } from '../api/reviews';
import { pointsLabel } from '../logic/running-total';

/** /review/adjudicate: items whose reviewers disagreed beyond the assessment's threshold, oldest first. */
export function AdjudicationList() {
  const api = useApi();
  const list = useQuery({ queryKey: reviewKeys.adjudications, queryFn: () => getAdjudications(api) });
  return (
    <div className="staff-page">
      <PageHeader
        eyebrow={
          <>
            <Link to="/review">Reviews</Link>
            <Icon name="chevronRight" size={12} />
            <span>Adjudication</span>
          </>
        }
        title="Adjudication"
        meta="Items whose reviewers disagreed by more than the assessment allows, or decided a gate differently. You see every set side by side and record the final scores with a reason."
      />
      <LoadState data={list.data} error={list.error} label="Loading the items…" retry={() => void list.refetch()}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState icon="checkCircle" title="Nothing to adjudicate">
              Items appear here when their reviewers disagree.
            </EmptyState>
          ) : (
            <section className="card table-card">
              <div className="table-scroll">
                <table className="data-table">
                  <caption className="visually-hidden">Items waiting for adjudication, oldest first</caption>
                  <thead>
                    <tr>
                      <th scope="col">Challenge</th>
                      <th scope="col" className="num">
                        Reviews
                      </th>
                      <th scope="col">Disagreement</th>
                      <th scope="col">Waiting since</th>
                      <th scope="col">
                        <span className="visually-hidden">Open</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((item, i) => (
                      <tr key={item.itemId}>
                        <th scope="row">
                          {item.challengeTitle}
                          <span className="row-sub">Item {i + 1}</span>
                        </th>
                        <td className="num">{item.reviews}</td>
                        <td>
                          {pointsLabel(item.spread)} apart
                          {item.gatesDiffer && (
                            <>
                              {' '}
                              <Badge tone="warning">gates differ</Badge>
                            </>
                          )}
                        </td>
                        <td>
                          <time dateTime={item.waitingSince} title={formatDateTime(item.waitingSince)}>
                            {formatRelative(item.waitingSince)}
                          </time>
                        </td>
                        <td className="actions-cell">
                          <Link
                            to={`/review/adjudicate/${encodeURIComponent(item.itemId)}`}
                            className="btn btn-secondary btn-sm"
                            aria-label={`Adjudicate item ${i + 1}: ${item.challengeTitle}`}
                          >
                            Adjudicate
                            <Icon name="arrowRight" size={14} />
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          )
        }
      </LoadState>
    </div>
  );
}
