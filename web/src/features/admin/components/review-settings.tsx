import type { AssessmentView } from '../api/assessments';

/** The review settings of an assessment form, kept as typed until submit. */
export type ReviewKey = 'reviewsPerItem' | 'disagreementPoints' | 'reviewerThreshold' | 'claimMinutes';
export type ReviewDraft = Record<ReviewKey, string>;

/** Each setting's input: label, hint and the bounds the server checks too (assessment.schema.ts). */
const FIELDS: { key: ReviewKey; label: string; hint: string; min: number; max: number; step: number; whole: boolean; error: string }[] = [
  {
    key: 'reviewsPerItem',
    label: 'Reviews per explanation',
    hint: 'Independent reviewers each explanation needs (1-9).',
    min: 1,
    max: 9,
    step: 1,
    whole: true,
    error: 'A whole number from 1 to 9.',
  },
  {
    key: 'disagreementPoints',
    label: 'Disagreement (points)',
    hint: 'Totals further apart than this, or a gate decided differently, go to adjudication.',
    min: 0,
    max: 1000,
    step: 0.5,
    whole: false,
    error: 'Rubric points, 0 or more.',
  },
  {
    key: 'reviewerThreshold',
    label: 'Reviewer threshold',
    hint: 'Accuracy against gold items below this (0-1) flags a reviewer.',
    min: 0,
    max: 1,
    step: 0.05,
    whole: false,
    error: 'A fraction from 0 to 1.',
  },
  {
    key: 'claimMinutes',
    label: 'Claim lock (minutes)',
    hint: 'How long a claimed item stays with its reviewer (1-240).',
    min: 1,
    max: 240,
    step: 1,
    whole: true,
    error: 'Whole minutes from 1 to 240.',
  },
];

/** The form's starting values: the assessment's, or the server's defaults. */
export function reviewDraft(a: AssessmentView | undefined): ReviewDraft {
  return {
    reviewsPerItem: String(a?.reviewsPerItem ?? 2),
    disagreementPoints: String(a?.disagreementPoints ?? 2),
    reviewerThreshold: String(a?.reviewerThreshold ?? 0.7),
    claimMinutes: String(a?.claimMinutes ?? 20),
  };
}

/** What is wrong with each setting, in words an admin can act on (none: an empty object). */
export function checkReviewDraft(d: ReviewDraft): Partial<Record<ReviewKey, string>> {
  const errors: Partial<Record<ReviewKey, string>> = {};
  for (const f of FIELDS) {
    const n = Number(d[f.key]);
    const ok = d[f.key].trim() !== '' && Number.isFinite(n) && (!f.whole || Number.isInteger(n)) && n >= f.min && n <= f.max;
    if (!ok) errors[f.key] = f.error;
  }
  return errors;
}

/** The settings as the API takes them (call after checkReviewDraft found nothing). */
export function reviewBody(d: ReviewDraft): Record<ReviewKey, number> {
  return {
    reviewsPerItem: Number(d.reviewsPerItem),
    disagreementPoints: Number(d.disagreementPoints),
    reviewerThreshold: Number(d.reviewerThreshold),
    claimMinutes: Number(d.claimMinutes),
  };
}

/** The form's "Review" fieldset: four labelled number inputs, each with its hint or its error. */
export function ReviewSettingsFieldset(props: {
  draft: ReviewDraft;
  errors: Partial<Record<ReviewKey, string>>;
  onChange: (key: ReviewKey, value: string) => void;
  /** Makes the form's element ids unique (`${idPrefix}-reviewsPerItem`). */
  idPrefix: string;
}) {
  const { draft, errors, onChange, idPrefix } = props;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <fieldset className="field fieldset" aria-describedby={id('review-hint')}>
      <legend>Review</legend>
      <p id={id('review-hint')} className="field-hint">
        How reviewers score the written explanations.
      </p>
      <div className="form-grid cols-2">
        {FIELDS.map((f) => (
          <div className="field" key={f.key}>
            <label htmlFor={id(f.key)}>{f.label}</label>
            <input
              id={id(f.key)}
              className="input"
              type="number"
              min={f.min}
              max={f.max}
              step={f.step}
              value={draft[f.key]}
              onChange={(e) => onChange(f.key, e.target.value)}
              aria-invalid={Boolean(errors[f.key]) || undefined}
              aria-describedby={errors[f.key] ? id(`${f.key}-error`) : id(`${f.key}-hint`)}
            />
            {errors[f.key] ? (
              <p id={id(`${f.key}-error`)} className="field-error">
                {errors[f.key]}
              </p>
            ) : (
              <p id={id(`${f.key}-hint`)} className="field-hint">
                {f.hint}
              </p>
            )}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
