import { useId } from 'react';
import { PREFERENCE_STEPS, preferenceAt, stepOf, type Preference } from '../answers/preference';

/** Compare kind: which answer is better and by how much, one radio group on the 7-step scale. */
export function PreferencePicker({ value, onChange, disabled }: { value: Preference | undefined; onChange: (p: Preference) => void; disabled?: boolean }) {
  const name = useId();
  const current = stepOf(value);
  return (
    <fieldset className="fieldset answer-block">
      <legend>Which answer is better?</legend>
      <div className="choices scale">
        {PREFERENCE_STEPS.map((s) => (
          <label key={s.step} className="choice">
            <input type="radio" name={name} value={s.step} checked={current === s.step} disabled={disabled} onChange={() => onChange(preferenceAt(s.step))} />
            <span>{s.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
