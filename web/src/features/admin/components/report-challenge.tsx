import type { ReactNode } from 'react';
import type { AttemptReport, ReportReview } from '@assay/contract';
import { ObjectivePanel } from '../../../components/objective/objective-panel';
import { positionBiasText } from '../../../components/objective/objective-text';
import { Badge } from '../../../components/ui/badge';
import { useLanguages } from '../../../lib/languages';
import { ReportExplanation } from './report-explanation';
import { formatScore, ScoreSteps } from './report-score';

export type Challenge = AttemptReport['challenges'][number];

/** One challenge of the report: final code, test counts, the explanation with spans, every review, and its score step by step. */
export function ReportChallenge({
  challenge: c,
  index,
  reviewers,
  reviewActions,
}: {
  challenge: Challenge;
  index: number;
  reviewers: Record<string, string>;
  /** Admin actions on the challenge's review item (Mark as gold), mounted by the page; none in a static render. */
  reviewActions?: (challenge: Challenge) => ReactNode;
}) {
  const { label: languageLabel } = useLanguages();
  const headingId = `report-challenge-${index}`;
  const title = (id: string) => c.criteria.find((k) => k.id === id)?.title ?? id;
  return (
    <section className="card panel report-challenge" aria-labelledby={headingId}>
      <header className="report-challenge-head">
        <h2 id={headingId} className="card-title">
          {index + 1}. {c.title}
        </h2>
        <span className="muted small">
          {c.kind} · version {c.version}
        </span>
        <Badge tone={c.score.status === 'final' ? 'success' : 'warning'}>
          {formatScore(c.score.score)} · {c.score.status}
        </Badge>
      </header>

      {c.submission && c.objective ? null : c.submission ? (
        <section aria-label="Final code">
          <h3 className="section-title">Final code ({languageLabel(c.submission.language)})</h3>
          <pre className="report-code">
            <code>{c.submission.code}</code>
          </pre>
        </section>
      ) : (
        <p className="muted">Nothing was submitted for this challenge.</p>
      )}

      {c.tests && (
        <section aria-label="Hidden tests">
          <h3 className="section-title">
            Hidden tests{' '}
            <span className="muted">
              · {c.tests.passed ?? '—'} of {c.tests.total} passed
            </span>
          </h3>
          {c.tests.compile && !c.tests.compile.ok && <pre className="report-code report-compile">{c.tests.compile.output}</pre>}
          <table className="data-table compact report-table">
            <caption className="visually-hidden">Hidden tests passed per group</caption>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col" className="num">
                  Passed
                </th>
              </tr>
            </thead>
            <tbody>
              {c.tests.groups.map((g) => (
                <tr key={g.name}>
                  <th scope="row">{g.name}</th>
                  <td className="num">
                    {g.passed} / {g.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="small">
            Verdicts:{' '}
            {Object.entries(c.tests.verdicts)
              .map(([v, n]) => `${v.replace(/_/g, ' ')} ${n}`)
              .join(' · ') || '—'}
          </p>
        </section>
      )}

      {c.objective && <ObjectivePanel objective={c.objective} positionBias={c.positionBias} headingLevel={3} />}
      {c.positionBias && !c.objective && <p className="objective-line objective-bias">{positionBiasText(c.positionBias)}</p>}

      {c.submission?.explanation?.trim() && <ReportExplanation text={c.submission.explanation} spans={c.spans} criterionTitle={title} />}

      {c.review ? <Reviews challenge={c} /> : c.criteria.length > 0 && <p className="muted">No review item yet.</p>}
      {c.review && reviewActions?.(c)}

      <ScoreSteps label={`How ${c.title} was scored`} steps={c.score.steps} names={reviewers} />
    </section>
  );
}

/** Each reviewer's level and comment per criterion, side by side; then the adjudication with its reason. */
function Reviews({ challenge: c }: { challenge: Challenge }) {
  const review = c.review!;
  const sets: ReportReview[] = [...review.reviews, ...(review.adjudication ? [review.adjudication] : [])];
  const level = (r: ReportReview, criterion: string) => {
    const index = r.levels[criterion];
    const found = index === undefined ? undefined : c.criteria.find((k) => k.id === criterion)?.levels[index];
    return found ? `${found.points} pt${found.points === 1 ? '' : 's'}: ${found.descriptor}` : '—';
  };
  return (
    <section aria-label="Reviews">
      <h3 className="section-title">
        Reviews{' '}
        <span className="muted">
          · {review.reviews.length} of {review.required} · item {review.status} · rubric v{review.rubricVersion}
        </span>
      </h3>
      {sets.length === 0 ? (
        <p className="muted">No review submitted yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table compact report-table">
            <caption className="visually-hidden">Each reviewer’s level and comment per criterion</caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                {sets.map((r) => (
                  <th key={`${r.role}-${r.reviewerId}`} scope="col">
                    {r.reviewer}
                    {r.role === 'adjudicator' && ' (adjudicator)'}
                    {r.paused && ' (paused)'}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {c.criteria.map((k) => (
                <tr key={k.id}>
                  <th scope="row">
                    {k.title} <span className="muted small">× {k.weight}</span>
                  </th>
                  {sets.map((r) => (
                    <td key={`${r.role}-${r.reviewerId}`}>
                      {level(r, k.id)}
                      {r.comments[k.id] && <p className="report-comment">“{r.comments[k.id]}”</p>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {sets
        .filter((r) => r.comment.trim())
        .map((r) => (
          <p key={`comment-${r.role}-${r.reviewerId}`} className="report-comment">
            <strong>{r.reviewer}</strong>: {r.comment}
          </p>
        ))}
      {review.adjudication && (
        <p className="report-adjudication">
          <strong>Adjudicated by {review.adjudication.reviewer}</strong>: {review.adjudication.reason?.trim() || 'no reason given'}
        </p>
      )}
    </section>
  );
}
