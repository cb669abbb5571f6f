import type { Answers } from '@assay/contract';

/** The compare kind's preference as stored in the answers. */
export type Preference = NonNullable<Answers['preference']>;

/** One step of the 7-step scale, from "A much better" (-3) to "B much better" (3). */
export interface PreferenceStep {
  step: number;
  label: string;
  preference: Preference;
}

/**
 * The scale the candidate picks on, in the order shown (A side first).
 * The same steps the objective grader measures distance on, so the radio
 * position and the graded value can never disagree.
 */
export const PREFERENCE_STEPS: PreferenceStep[] = [
  { step: -3, label: 'A is much better', preference: { choice: 'A', strength: 'much' } },
  { step: -2, label: 'A is clearly better', preference: { choice: 'A', strength: 'clearly' } },
  { step: -1, label: 'A is slightly better', preference: { choice: 'A', strength: 'slightly' } },
  { step: 0, label: 'About equal', preference: { choice: 'equal' } },
  { step: 1, label: 'B is slightly better', preference: { choice: 'B', strength: 'slightly' } },
  { step: 2, label: 'B is clearly better', preference: { choice: 'B', strength: 'clearly' } },
  { step: 3, label: 'B is much better', preference: { choice: 'B', strength: 'much' } },
];

const MAGNITUDE = { slightly: 1, clearly: 2, much: 3 } as const;

/** Where a stored preference sits on the scale; undefined when none (or one without a strength: it names no step). */
export function stepOf(preference: Preference | undefined): number | undefined {
  if (!preference) return undefined;
  if (preference.choice === 'equal') return 0;
  if (!preference.strength) return undefined;
  const size = MAGNITUDE[preference.strength];
  return preference.choice === 'A' ? -size : size;
}

/** The preference a step of the scale stores. */
export function preferenceAt(step: number): Preference {
  const found = PREFERENCE_STEPS.find((s) => s.step === step);
  if (!found) throw new RangeError(`no preference step ${step}`);
  return found.preference;
}
