import { ANSWER_LABELS, STRENGTHS, type Key, type Strength } from '../challenges/challenge.schema';
import type { Answers } from '../attempts/attempt.schema';
import type { ObjectiveResult } from './objective.schema';

/** The preference piece's value and its record, as `gradePreference` returns it. */
export interface PreferenceGrade {
  value: number;
  detail: string;
  preference: NonNullable<ObjectiveResult['preference']>;
}

type Preference = { preferred: string; strength: Strength | null };

/** The strength a preference without one is placed at: the middle of the scale's side. */
const DEFAULT_STRENGTH: Strength = 'clearly';

/**
 * A preference's step on the scale much A (-3) … equal (0) … much B (3),
 * A and B being `order`'s first and second id; null when it names an id
 * not in `order`.
 */
function position(p: Preference, order: readonly string[]): number | null {
  if (p.preferred === 'equal') return 0;
  const side = order.indexOf(p.preferred);
  if (side < 0 || side > 1) return null;
  const steps = STRENGTHS.indexOf(p.strength ?? DEFAULT_STRENGTH) + 1;
  return side === 0 ? -steps : steps;
}

/** The candidate's preference by response id: the label mapped through the order they saw, or the legacy `preferred` id. */
function givenPreference(answers: Answers | null, order: readonly string[]): Preference | null {
  const choice = answers?.preference;
  if (choice) {
    if (choice.choice === 'equal') return { preferred: 'equal', strength: null };
    const id = order[ANSWER_LABELS.indexOf(choice.choice)];
    return id === undefined ? null : { preferred: id, strength: choice.strength ?? null };
  }
  const legacy = answers?.preferred;
  if (legacy === 'equal') return { preferred: 'equal', strength: null };
  return legacy !== undefined && order.includes(legacy) ? { preferred: legacy, strength: null } : null;
}

/**
 * Compare kind: the candidate's preference against the key's, both placed on
 * the seven-step scale through the order the candidate saw. Full credit
 * within `strengthTolerance` steps unless the other answer was picked; half
 * when the key's answer was picked too strongly or weakly; else 0. A key of
 * `equal` gives full credit within the tolerance, else 0. A preference or key
 * without a strength is placed at `clearly`.
 */
export function gradePreference(key: Key & { preferred: string }, answers: Answers | null, order: readonly string[]): PreferenceGrade {
  const keyPref: Preference = { preferred: key.preferred, strength: key.preferred === 'equal' ? null : (key.strength ?? null) };
  const given = givenPreference(answers, order);
  const tolerance = key.strengthTolerance;
  const keyAt = position(keyPref, order);
  const givenAt = given ? position(given, order) : null;
  const distance = keyAt !== null && givenAt !== null ? Math.abs(givenAt - keyAt) : null;
  const preference = { given, key: keyPref, distance, tolerance, order: [...order] };
  if (keyAt === null) return { value: 0, detail: `the key prefers ${key.preferred}, which is not one of the answers shown`, preference };
  if (givenAt === null || distance === null) return { value: 0, detail: 'no preference given', preference };
  const within = distance <= tolerance;
  if (keyAt === 0) {
    return { value: within ? 1 : 0, detail: `key: equal; ${distance} step(s) off, tolerance ${tolerance}`, preference };
  }
  const sameSide = Math.sign(givenAt) === Math.sign(keyAt);
  const otherSide = Math.sign(givenAt) === -Math.sign(keyAt);
  if (within && !otherSide) return { value: 1, detail: `${distance} step(s) off the key, tolerance ${tolerance}`, preference };
  if (sameSide) return { value: 0.5, detail: `picked the key's answer, ${distance} step(s) off its strength (tolerance ${tolerance})`, preference };
  return { value: 0, detail: otherSide ? 'picked the other answer' : `${distance} step(s) off the key, tolerance ${tolerance}`, preference };
}
