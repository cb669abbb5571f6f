import { useId } from 'react';
import { VERDICTS, type Verdict } from '@assay/contract';

const LABELS: Record<Verdict, { title: string; hint: string }> = {
  correct: { title: 'Correct', hint: 'It solves the task for every valid input.' },
  incorrect: { title: 'Incorrect', hint: 'It gives wrong results or fails on inputs that matter.' },
  partially_correct: { title: 'Partially correct', hint: 'Right idea, but it fails on some cases (edge cases, limits).' },
};

/** Review kind: the candidate's verdict on the AI answer, one radio group. */
export function VerdictPicker({ value, onChange, disabled }: { value: Verdict | undefined; onChange: (v: Verdict) => void; disabled?: boolean }) {
  const name = useId();
  return (
    <fieldset className="fieldset answer-block">
      <legend>Your verdict on answer A</legend>
      <div className="choices">
        {VERDICTS.map((v) => (
          <label key={v} className="choice">
            <input type="radio" name={name} value={v} checked={value === v} disabled={disabled} onChange={() => onChange(v)} />
            <span>
              <strong>{LABELS[v].title}</strong>
              <span className="muted small">{LABELS[v].hint}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
