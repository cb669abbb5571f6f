import { useId } from 'react';
import { RATING_ASPECTS, type Answers } from '@assay/contract';

type Ratings = NonNullable<Answers['ratings']>;
type Aspect = (typeof RATING_ASPECTS)[number];

const ASPECT_LABELS: Record<Aspect, string> = { correctness: 'Correctness', efficiency: 'Efficiency', readability: 'Readability', safety: 'Safety' };
const SCORES = [1, 2, 3, 4, 5] as const;

/** Compare kind: each answer rated 1 (poor) to 5 (excellent) on four aspects, one small radio group per rating. */
export function RatingsPicker({ value, onChange, disabled }: { value: Ratings | undefined; onChange: (r: Ratings) => void; disabled?: boolean }) {
  const id = useId();
  const set = (label: 'A' | 'B', aspect: Aspect, score: number) => onChange({ ...value, [label]: { ...value?.[label], [aspect]: score } });
  return (
    <section className="answer-block" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Ratings <span className="muted small">(1 poor, 5 excellent)</span>
      </h2>
      {(['A', 'B'] as const).map((label) => (
        <div key={label} className="ratings">
          <h3 className="small">Answer {label}</h3>
          {RATING_ASPECTS.map((aspect) => (
            <fieldset key={aspect} className="fieldset rating">
              <legend>
                {ASPECT_LABELS[aspect]} of answer {label}
              </legend>
              <div className="rating-scores">
                {SCORES.map((score) => (
                  <label key={score} className="rating-score">
                    <input
                      type="radio"
                      name={`${id}-${label}-${aspect}`}
                      value={score}
                      checked={value?.[label]?.[aspect] === score}
                      disabled={disabled}
                      onChange={() => set(label, aspect, score)}
                    />
                    <span>{score}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
      ))}
    </section>
  );
}
