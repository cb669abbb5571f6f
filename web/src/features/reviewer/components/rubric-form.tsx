import { useId, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import type { RubricCriterion } from '../api/reviews';

type Scores = Record<string, { score: string; comment: string }>;

/**
 * The rubric as a scoring form: per criterion its levels as radio buttons
 * (or a points field when it has none) and a comment. Scores are not sent
 * anywhere yet: the scoring API arrives with the rubric release, so Submit
 * stays disabled and says so.
 */
export function RubricForm({ criteria }: { criteria: RubricCriterion[] }) {
  const id = useId();
  const [scores, setScores] = useState<Scores>({});
  const set = (cid: string, patch: Partial<Scores[string]>) => setScores((s) => ({ ...s, [cid]: { score: '', comment: '', ...s[cid], ...patch } }));
  const max = criteria.reduce((sum, c) => sum + c.points, 0);
  const given = criteria.reduce((sum, c) => sum + (Number(scores[c.id]?.score) || 0), 0);
  const complete = criteria.every((c) => scores[c.id]?.score !== undefined && scores[c.id]!.score !== '');

  if (criteria.length === 0) {
    return <p className="muted small">This challenge has no rubric: there is nothing to score for its explanation.</p>;
  }
  return (
    <form className="rubric-form" onSubmit={(e) => e.preventDefault()} aria-labelledby={`${id}-title`}>
      <div className="rubric-head">
        <h2 id={`${id}-title`} className="card-title">
          Rubric
        </h2>
        <p className="rubric-total" aria-live="polite">
          <strong>{given}</strong> / {max} points{complete ? '' : ' so far'}
        </p>
      </div>
      {criteria.map((c) => {
        const value = scores[c.id]?.score ?? '';
        return (
          <fieldset key={c.id} className="criterion">
            <legend className="criterion-title">
              {c.title}{' '}
              <span className="criterion-points">
                {c.points} pt{c.points === 1 ? '' : 's'}
              </span>
            </legend>
            <p className="criterion-desc">{c.description}</p>
            {c.levels.length > 0 ? (
              <div className="levels">
                {c.levels.map((l) => (
                  <label key={l.score} className={`level${value === String(l.score) ? ' chosen' : ''}`}>
                    <input type="radio" name={`${id}-${c.id}`} value={l.score} checked={value === String(l.score)} onChange={() => set(c.id, { score: String(l.score) })} />
                    <span className="level-score">{l.score}</span>
                    <span className="level-desc">{l.description}</span>
                  </label>
                ))}
              </div>
            ) : (
              <div className="field field-points">
                <label htmlFor={`${id}-${c.id}-points`}>Points (0–{c.points})</label>
                <input
                  id={`${id}-${c.id}-points`}
                  className="input input-sm"
                  type="number"
                  min={0}
                  max={c.points}
                  step={1}
                  value={value}
                  onChange={(e) => set(c.id, { score: e.target.value })}
                />
              </div>
            )}
            {c.notes && (
              <details className="reviewer-notes">
                <summary>Notes for reviewers</summary>
                <p>{c.notes}</p>
              </details>
            )}
            <div className="field">
              <label htmlFor={`${id}-${c.id}-comment`}>Comment on {c.title.toLowerCase()}</label>
              <textarea
                id={`${id}-${c.id}-comment`}
                className="textarea textarea-xs"
                value={scores[c.id]?.comment ?? ''}
                onChange={(e) => set(c.id, { comment: e.target.value })}
                placeholder="Optional: what earned or cost points"
              />
            </div>
          </fieldset>
        );
      })}
      <div className="rubric-submit">
        <Button type="submit" variant="primary" disabled aria-describedby={`${id}-note`} icon={<Icon name="send" size={15} />}>
          Submit scores
        </Button>
        <p id={`${id}-note`} className="rubric-note">
          <Icon name="info" size={14} /> Scoring opens with the rubric release. Until then nothing you enter here is saved.
        </p>
      </div>
    </form>
  );
}
