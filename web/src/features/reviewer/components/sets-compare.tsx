import type { ReviewRubric, PeerSet } from '../api/reviews';
import { pointsLabel } from '../logic/running-total';

/** One column of the comparison: a set of scores with a heading. */
export type ComparedSet = Pick<PeerSet, 'levels' | 'comments' | 'comment' | 'total' | 'gatesPassed'> & { label: string; reason?: string | null };

/**
 * Score sets side by side: a row per criterion (level, points and the
 * set's comment on it), then totals, gates and overall comments. Rows
 * where the sets picked different levels are marked "differs" in words,
 * not only in colour.
 */
export function SetsCompare({ rubric, sets, caption }: { rubric: ReviewRubric; sets: ComparedSet[]; caption: string }) {
  return (
    <div className="table-scroll compare-scroll">
      <table className="data-table compare-table">
        <caption className="compare-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {sets.map((s, i) => (
              <th scope="col" key={i}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rubric.criteria.map((c) => {
            const picks = sets.map((s) => s.levels[c.id]);
            const differs = new Set(picks).size > 1;
            return (
              <tr key={c.id} className={differs ? 'differs' : undefined}>
                <th scope="row">
                  {c.title}
                  {differs && <span className="differs-note"> differs</span>}
                </th>
                {sets.map((s, i) => {
                  const level = s.levels[c.id];
                  const l = level === undefined ? undefined : c.levels[level];
                  return (
                    <td key={i}>
                      {l ? (
                        <>
                          <strong>{pointsLabel(l.points)}</strong> <span className="muted">level {level! + 1}</span>
                          <span className="compare-desc">{l.descriptor}</span>
                        </>
                      ) : (
                        <span className="muted">not picked</span>
                      )}
                      {s.comments[c.id] && <span className="compare-comment">“{s.comments[c.id]}”</span>}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          <tr className="compare-total">
            <th scope="row">Total</th>
            {sets.map((s, i) => (
              <td key={i}>
                {s.total === null ? <span className="muted">incomplete</span> : <strong>{`${s.total} of ${rubric.fullMarks} points`}</strong>}
                {s.gatesPassed === false && <span className="compare-desc">a gate failed: the rubric part scores 0</span>}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">Overall comment</th>
            {sets.map((s, i) => (
              <td key={i}>{s.comment ? <span className="compare-comment">{s.comment}</span> : <span className="muted">none</span>}</td>
            ))}
          </tr>
          {sets.some((s) => s.reason) && (
            <tr>
              <th scope="row">Reason</th>
              {sets.map((s, i) => (
                <td key={i}>{s.reason ?? ''}</td>
              ))}
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** The span marks of several sets for one explanation, each labelled with the set and criterion. */
export function setMarks(rubric: ReviewRubric, sets: readonly { label: string; spans: readonly { criterion: string; start: number; end: number }[] }[]) {
  return sets.flatMap((s) =>
    s.spans.map((span) => {
      const index = rubric.criteria.findIndex((c) => c.id === span.criterion);
      return { start: span.start, end: span.end, label: `${s.label}: ${rubric.criteria[index]?.title ?? span.criterion}`, tone: Math.max(index, 0) };
    }),
  );
}
