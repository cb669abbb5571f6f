import type { ObjectiveView, PositionBias } from '@assay/contract';
import { Badge } from '../ui/badge';
import { Icon } from '../ui/icon';
import { ObjectiveCases } from './objective-cases';
import { choiceText, formatValue, labelled, orderText, positionBiasText, preferenceText } from './objective-text';

const ASPECTS = ['correctness', 'efficiency', 'readability', 'safety'] as const;

/**
 * The objective side of a review or compare answer for staff (reviewers
 * beside the rubric, admins in the report): the verdict against the key,
 * the flagged lines matched, the test cases that exposed the bug with the
 * programs' outputs, the preference against the key in the order the
 * candidate saw, the ratings, and (report) the position-bias line.
 */
export function ObjectivePanel({ objective: o, positionBias, headingLevel = 2 }: { objective: ObjectiveView; positionBias?: PositionBias | null; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const r = o.result;
  return (
    <section className="objective-panel" aria-label="Objective results">
      <Heading className={headingLevel === 2 ? 'card-title' : 'section-title'}>
        Objective results <span className="muted">· {r ? `score ${formatValue(r.score)}` : 'not graded yet'}</span>
      </Heading>
      <p className="small">
        Answers as the candidate saw them: <strong>{orderText(o.shown)}</strong>
      </p>
      {r?.verdict && (
        <p className="objective-line">
          <Badge tone={r.verdict.correct ? 'success' : 'danger'} icon={<Icon name={r.verdict.correct ? 'check' : 'x'} size={12} />}>
            Verdict {r.verdict.correct ? 'right' : 'wrong'}
          </Badge>{' '}
          candidate: {r.verdict.given?.replace(/_/g, ' ') ?? 'none given'} · key: {r.verdict.key.replace(/_/g, ' ')}
        </p>
      )}
      {(r?.lines || o.flags.length > 0) && <Lines objective={o} />}
      {o.cases.length > 0 && <ObjectiveCases cases={o.cases} exposing={r?.tests?.exposing ?? null} />}
      {o.kind === 'compare' && <Preference objective={o} />}
      {o.ratings.length > 0 && <Ratings objective={o} />}
      {positionBias && <p className="objective-line objective-bias">{positionBiasText(positionBias)}</p>}
      {r && r.pieces.length > 0 && <p className="small muted">Pieces: {r.pieces.map((p) => `${p.piece} ${formatValue(p.value)} × ${p.weight} (${p.detail})`).join(' · ')}</p>}
    </section>
  );
}

function Lines({ objective: o }: { objective: ObjectiveView }) {
  const lines = o.result?.lines;
  const missed = lines ? lines.key.filter((k) => !lines.found.includes(k)) : [];
  const off = o.flags.filter((f) => f.onKey === false).map((f) => f.line);
  const list = (l: number[]) => (l.length ? l.join(', ') : 'none');
  return (
    <div className="objective-block" role="group" aria-label="Flagged lines">
      {lines && (
        <p className="objective-line">
          Flagged lines: key lines found <strong>{list(lines.found)}</strong> of {list(lines.key)} · key lines missed <strong>{list(missed)}</strong> · flags off the key{' '}
          <strong>{list(off)}</strong>{' '}
          <span className="muted">
            (precision {formatValue(lines.precision)}, recall {formatValue(lines.recall)})
          </span>
        </p>
      )}
      {o.flags.length > 0 && (
        <ul className="objective-flags">
          {o.flags.map((f) => (
            <li key={f.line}>
              <span className={f.onKey === false ? 'flag-off' : f.onKey ? 'flag-on' : ''}>line {f.line}</span>
              {f.onKey !== null && <span className="muted small"> ({f.onKey ? 'on the key' : 'off the key'})</span>}
              {f.comment && <>: {f.comment}</>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Preference({ objective: o }: { objective: ObjectiveView }) {
  const p = o.result?.preference;
  const within = p && p.distance !== null && p.distance <= p.tolerance;
  return (
    <p className="objective-line" role="group" aria-label="Preference">
      Preference: candidate <strong>{choiceText(o.preference)}</strong>
      {p && (
        <>
          {' '}
          · key <strong>{preferenceText(p.key, o.shown)}</strong> · shown as {orderText(o.shown)} ·{' '}
          {p.distance === null ? 'no distance' : `${p.distance} step${p.distance === 1 ? '' : 's'} apart on the scale`} (tolerance {p.tolerance}){' '}
          <Badge tone={within ? 'success' : 'warning'}>{within ? 'within tolerance' : 'outside tolerance'}</Badge>
        </>
      )}
    </p>
  );
}

function Ratings({ objective: o }: { objective: ObjectiveView }) {
  return (
    <table className="data-table compact objective-ratings">
      <caption className="small">Candidate’s ratings (1-5)</caption>
      <thead>
        <tr>
          <th scope="col">Answer</th>
          {ASPECTS.map((a) => (
            <th key={a} scope="col" className="num">
              {a}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {o.ratings.map((r) => (
          <tr key={r.label}>
            <th scope="row">{labelled(r.label, r.responseId)}</th>
            {ASPECTS.map((a) => (
              <td key={a} className="num">
                {r.ratings[a] ?? '—'}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
