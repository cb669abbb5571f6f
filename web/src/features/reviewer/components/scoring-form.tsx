import { useRef, type Dispatch, type ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import type { ReviewRubric } from '../api/reviews';
import { pointsLabel, runningTotal } from '../logic/running-total';
import type { DraftAction, ScoreDraft } from '../logic/score-draft';
import { useScoreKeys } from './use-score-keys';

/**
 * The rubric as a form: per criterion its levels as a radio group (points
 * and descriptor), the spans attached to it, a comment; then an overall
 * comment, the running total as the server computes it ("x of y points",
 * weights, negative scoring, floor) and the gates. 1-9 and J/K work while
 * focus is not in a text field (see KeyboardHelp). `footer` holds the page's
 * save and submit controls.
 */
export function ScoringForm({
  idPrefix,
  title,
  rubric,
  draft,
  dispatch,
  readOnly,
  explanation,
  footer,
  overallComment = true,
}: {
  idPrefix: string;
  title: string;
  rubric: ReviewRubric;
  draft: ScoreDraft;
  dispatch: Dispatch<DraftAction>;
  readOnly: boolean;
  /** The explanation's text, to quote each attached span. */
  explanation: string;
  footer?: ReactNode;
  /** Adjudications have a reason instead of an overall comment. */
  overallComment?: boolean;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  useScoreKeys({ formRef, criteria: rubric.criteria, focused: draft.focused, dispatch, disabled: readOnly });
  const total = runningTotal(rubric, draft.levels);

  return (
    <form ref={formRef} className="rubric-form" onSubmit={(e) => e.preventDefault()} aria-labelledby={`${idPrefix}-title`}>
      <div className="rubric-head">
        <h2 id={`${idPrefix}-title`} className="card-title">
          {title}
        </h2>
        <p className="rubric-total" aria-live="polite">
          <strong>{total.total}</strong> of {total.fullMarks} points{total.complete ? '' : ' so far'}
        </p>
      </div>
      {rubric.criteria.map((c, i) => {
        const picked = draft.levels[c.id];
        const spans = draft.spans.filter((s) => s.criterion === c.id);
        return (
          <fieldset key={c.id} className={`criterion${draft.focused === i ? ' focused' : ''}`} data-criterion={c.id} onFocus={() => dispatch({ type: 'focus', index: i })}>
            <legend className="criterion-title">
              {c.title}{' '}
              <span className="criterion-points">
                {rubric.scoring === 'negative' ? 'deducts up to ' : 'up to '}
                {pointsLabel(c.points)}
                {c.weight !== 1 ? ` × weight ${c.weight}` : ''}
              </span>
            </legend>
            {c.description && <p className="criterion-desc">{c.description}</p>}
            <div className="levels">
              {c.levels.map((l, level) => (
                <label key={level} className={`level${picked === level ? ' chosen' : ''}`}>
                  <input
                    type="radio"
                    name={`${idPrefix}-${c.id}`}
                    value={level}
                    checked={picked === level}
                    disabled={readOnly}
                    onChange={() => dispatch({ type: 'pick', criterion: c.id, level })}
                  />
                  <span className="level-score">{pointsLabel(l.points)}</span>
                  <span className="level-desc">{l.descriptor}</span>
                  {level < 9 && (
                    <kbd className="level-key" aria-hidden="true">
                      {level + 1}
                    </kbd>
                  )}
                </label>
              ))}
            </div>
            {c.notes && (
              <details className="reviewer-notes">
                <summary>Notes for reviewers</summary>
                <p>{c.notes}</p>
              </details>
            )}
            {spans.length > 0 && (
              <ul className="span-list" aria-label={`Spans for ${c.title}`}>
                {spans.map((s) => (
                  <li key={`${s.start}-${s.end}`}>
                    <q>{explanation.slice(s.start, s.end)}</q>
                    {!readOnly && (
                      <Button size="sm" variant="ghost" onClick={() => dispatch({ type: 'removeSpan', span: s })} icon={<Icon name="x" size={13} />}>
                        Remove<span className="visually-hidden"> span “{explanation.slice(s.start, Math.min(s.end, s.start + 40))}”</span>
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <div className="field">
              <label htmlFor={`${idPrefix}-${c.id}-comment`}>Comment on {c.title.toLowerCase()}</label>
              <textarea
                id={`${idPrefix}-${c.id}-comment`}
                className="textarea textarea-xs"
                value={draft.comments[c.id] ?? ''}
                readOnly={readOnly}
                onChange={(e) => dispatch({ type: 'criterionComment', criterion: c.id, text: e.target.value })}
                placeholder="Optional: what earned or cost points"
              />
            </div>
          </fieldset>
        );
      })}
      {overallComment && (
        <div className="field">
          <label htmlFor={`${idPrefix}-comment`}>Overall comment</label>
          <textarea
            id={`${idPrefix}-comment`}
            className="textarea textarea-sm"
            value={draft.comment}
            readOnly={readOnly}
            onChange={(e) => dispatch({ type: 'comment', text: e.target.value })}
          />
        </div>
      )}
      {total.gates.length > 0 && (
        <ul className="gate-list" aria-label="Gates">
          {total.gates.map((g, i) => (
            <li key={i} className={g.passed === null ? 'pending' : g.passed ? 'passed' : 'failed'}>
              <Icon name={g.passed === null ? 'clock' : g.passed ? 'check' : 'x'} size={14} />
              {g.label} must reach {pointsLabel(g.minPoints)}:{' '}
              {g.passed === null ? 'not scored yet' : `${pointsLabel(g.reached ?? 0)}, ${g.passed ? 'passed' : 'failed (the rubric part scores 0)'}`}
            </li>
          ))}
        </ul>
      )}
      {footer}
    </form>
  );
}

/** Why Submit is disabled, or null when every criterion has a level. */
export function missingReason(rubric: ReviewRubric, levels: Readonly<Record<string, number>>): string | null {
  const { missing } = runningTotal(rubric, levels);
  if (missing.length === 0) return null;
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
  return `Pick a level for ${list} to submit.`;
}
