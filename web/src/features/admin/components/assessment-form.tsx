import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { LANGUAGE_IDS } from '@assay/contract';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { PageHeader } from '../../../components/ui/page-header';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { useLanguages } from '../../../lib/languages';
import { saveAssessment, type AssessmentBody, type AssessmentView } from '../api/assessments';
import type { ChallengeSummary } from '../api/challenges';
import { useUnsavedGuard } from '../hooks/use-unsaved-guard';
import { fromLocalInput, toLocalInput } from '../utils/datetime-local';
import { ChallengePicker } from './challenge-picker';
import { Icon } from '../../../components/ui/icon';

interface Draft {
  title: string;
  description: string;
  duration: string;
  languages: string[];
  challengeIds: string[];
  opensAt: string;
  closesAt: string;
  feedback: FeedbackLevel;
  reviewsPerItem: string;
  disagreementPoints: string;
  reviewerThreshold: string;
  claimMinutes: string;
}

type FeedbackLevel = AssessmentView['feedback'];

/** The feedback levels, as an admin chooses between them. */
const FEEDBACK_CHOICES: { value: FeedbackLevel; label: string; hint: string }[] = [
  { value: 'full', label: 'Full', hint: 'Passed tests per group and how many ended with each verdict (wrong answer, time limit…).' },
  { value: 'summary', label: 'Summary', hint: 'Only how many hidden tests passed, out of how many.' },
  { value: 'none', label: 'None until the end', hint: 'Only that the submission was received and judged; the summary appears once the attempt has ended.' },
];

/** The review settings, as number inputs (values kept as typed, checked on submit). */
const REVIEW_FIELDS: { key: 'reviewsPerItem' | 'disagreementPoints' | 'reviewerThreshold' | 'claimMinutes'; label: string; hint: string; min: number; max: number; step: number }[] = [
  { key: 'reviewsPerItem', label: 'Reviews per explanation', hint: 'Independent reviewers each explanation needs (1-9).', min: 1, max: 9, step: 1 },
  { key: 'disagreementPoints', label: 'Disagreement (points)', hint: 'Totals further apart than this, or a gate decided differently, go to adjudication.', min: 0, max: 1000, step: 0.5 },
  { key: 'reviewerThreshold', label: 'Reviewer threshold', hint: 'Accuracy against gold items below this (0-1) flags a reviewer.', min: 0, max: 1, step: 0.05 },
  { key: 'claimMinutes', label: 'Claim lock (minutes)', hint: 'How long a claimed item stays with its reviewer (1-240).', min: 1, max: 240, step: 1 },
];

type Errors = Partial<Record<keyof Draft, string>>;

function initial(a: AssessmentView | undefined): Draft {
  return {
    title: a?.title ?? '',
    description: a?.description ?? '',
    duration: String(a?.durationMinutes ?? 60),
    languages: a?.languages ?? ['python', 'javascript', 'typescript'],
    challengeIds: a?.challenges.map((c) => c.id) ?? [],
    opensAt: toLocalInput(a?.opensAt),
    closesAt: toLocalInput(a?.closesAt),
    feedback: a?.feedback ?? 'full',
    reviewsPerItem: String(a?.reviewsPerItem ?? 2),
    disagreementPoints: String(a?.disagreementPoints ?? 2),
    reviewerThreshold: String(a?.reviewerThreshold ?? 0.7),
    claimMinutes: String(a?.claimMinutes ?? 20),
  };
}

function check(d: Draft): Errors {
  const e: Errors = {};
  const minutes = Number(d.duration);
  if (!d.title.trim()) e.title = 'Give the assessment a title.';
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) e.duration = 'Whole minutes from 1 to 1440 (24 hours).';
  if (d.languages.length === 0) e.languages = 'Choose at least one language.';
  if (d.challengeIds.length === 0) e.challengeIds = 'Add at least one challenge.';
  if (d.opensAt && d.closesAt && new Date(d.opensAt) >= new Date(d.closesAt)) e.closesAt = 'Must be after the opening time.';
  const whole = (v: string, lo: number, hi: number) => v.trim() !== '' && Number.isInteger(Number(v)) && Number(v) >= lo && Number(v) <= hi;
  const between = (v: string, lo: number, hi: number) => v.trim() !== '' && Number.isFinite(Number(v)) && Number(v) >= lo && Number(v) <= hi;
  if (!whole(d.reviewsPerItem, 1, 9)) e.reviewsPerItem = 'A whole number from 1 to 9.';
  if (!between(d.disagreementPoints, 0, 1000)) e.disagreementPoints = 'Rubric points, 0 or more.';
  if (!between(d.reviewerThreshold, 0, 1)) e.reviewerThreshold = 'A fraction from 0 to 1.';
  if (!whole(d.claimMinutes, 1, 240)) e.claimMinutes = 'Whole minutes from 1 to 240.';
  return e;
}

/** Creates or edits an assessment: title, description, duration, languages, ordered challenges, and an optional window. */
export function AssessmentForm({ assessment, catalog }: { assessment?: AssessmentView; catalog: ChallengeSummary[] }) {
  const { label: languageLabel } = useLanguages();
  const api = useApi();
  const navigate = useNavigate();
  const id = useId();
  const [draft, setDraft] = useState(() => initial(assessment));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial(assessment));
  const { dialog, bypass } = useUnsavedGuard(dirty && !busy, 'changes');
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };
  const f = (name: string) => `${id}-${name}`;
  const err = (key: keyof Draft) =>
    errors[key] && (
      <p id={f(`${key}-error`)} className="field-error">
        {errors[key]}
      </p>
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = check(draft);
    setErrors(found);
    if (Object.keys(found).length) {
      const first = Object.keys(found)[0];
      document.getElementById(f(first === 'challengeIds' ? 'picker' : first!))?.focus();
      return;
    }
    const body: AssessmentBody = {
      title: draft.title.trim(),
      description: draft.description,
      durationMinutes: Number(draft.duration),
      languages: draft.languages as AssessmentBody['languages'],
      challengeIds: draft.challengeIds,
      opensAt: fromLocalInput(draft.opensAt),
      closesAt: fromLocalInput(draft.closesAt),
      feedback: draft.feedback,
      reviewsPerItem: Number(draft.reviewsPerItem),
      disagreementPoints: Number(draft.disagreementPoints),
      reviewerThreshold: Number(draft.reviewerThreshold),
      claimMinutes: Number(draft.claimMinutes),
    };
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = await saveAssessment(api, assessment?.id, body);
      bypass();
      navigate(`/admin/assessments/${encodeURIComponent(saved.id)}`, { state: { flash: assessment ? 'Changes saved.' : 'Assessment created. Invite candidates below.' } });
    } catch (error) {
      setFailure(errorMessage(error));
      setBusy(false);
    }
  };

  return (
    <div className="staff-page">
      <PageHeader
        eyebrow={
          <>
            <Link to="/admin/assessments">Assessments</Link>
            <Icon name="chevronRight" size={12} />
            <span>{assessment ? assessment.title : 'New'}</span>
          </>
        }
        title={assessment ? 'Edit assessment' : 'New assessment'}
        meta={assessment && assessment.counts.started > 0 ? 'Attempts already started keep the challenge versions they began with.' : undefined}
      />
      <form className="card form-card" onSubmit={submit} noValidate aria-label={assessment ? 'Edit assessment' : 'New assessment'}>
        {failure && (
          <Alert tone="danger" title="Not saved" live="assertive">
            {failure}
          </Alert>
        )}
        <div className="form-grid cols-2-1">
          <div className="field">
            <label htmlFor={f('title')}>Title</label>
            <input
              id={f('title')}
              className="input"
              value={draft.title}
              onChange={(e) => set('title', e.target.value)}
              aria-invalid={Boolean(errors.title) || undefined}
              aria-describedby={errors.title ? f('title-error') : undefined}
              autoComplete="off"
            />
            {err('title')}
          </div>
          <div className="field">
            <label htmlFor={f('duration')}>Duration (minutes)</label>
            <input
              id={f('duration')}
              className="input"
              type="number"
              min={1}
              max={1440}
              value={draft.duration}
              onChange={(e) => set('duration', e.target.value)}
              aria-invalid={Boolean(errors.duration) || undefined}
              aria-describedby={errors.duration ? f('duration-error') : f('duration-hint')}
            />
            {err('duration') || (
              <p id={f('duration-hint')} className="field-hint">
                From Start to the deadline; extra time is set per candidate.
              </p>
            )}
          </div>
        </div>
        <div className="field">
          <label htmlFor={f('description')}>Description</label>
          <textarea
            id={f('description')}
            className="textarea textarea-sm"
            value={draft.description}
            onChange={(e) => set('description', e.target.value)}
            aria-describedby={f('description-hint')}
          />
          <p id={f('description-hint')} className="field-hint">
            Candidates read this on their invite page before they start.
          </p>
        </div>
        <fieldset className="field fieldset" aria-describedby={errors.languages ? f('languages-error') : undefined}>
          <legend>Languages candidates may use</legend>
          <div className="checks" id={f('languages')} tabIndex={-1}>
            {LANGUAGE_IDS.map((l) => (
              <label key={l} className="check">
                <input
                  type="checkbox"
                  checked={draft.languages.includes(l)}
                  onChange={(e) => set('languages', e.target.checked ? LANGUAGE_IDS.filter((x) => x === l || draft.languages.includes(x)) : draft.languages.filter((x) => x !== l))}
                />
                {languageLabel(l)}
              </label>
            ))}
          </div>
          {err('languages')}
        </fieldset>
        <div className="field">
          <p className="label" id={f('picker-label')}>
            Challenges, in order
          </p>
          <div id={f('picker')} tabIndex={-1} aria-labelledby={f('picker-label')} role="group">
            <ChallengePicker
              catalog={catalog}
              value={draft.challengeIds}
              onChange={(ids) => set('challengeIds', ids)}
              languages={draft.languages}
              invalid={Boolean(errors.challengeIds)}
              describedBy={errors.challengeIds ? f('challengeIds-error') : undefined}
            />
          </div>
          {err('challengeIds')}
        </div>
        <fieldset className="field fieldset" aria-describedby={f('feedback-hint')}>
          <legend>What a Submit tells the candidate</legend>
          <p id={f('feedback-hint')} className="field-hint">
            Less feedback makes it harder for a program to probe the hidden tests. Compiler errors are always shown; test timings never are.
          </p>
          <div className="radios">
            {FEEDBACK_CHOICES.map((c) => (
              <label key={c.value} className="radio-choice">
                <input type="radio" name={f('feedback')} value={c.value} checked={draft.feedback === c.value} onChange={() => set('feedback', c.value)} />
                <span>
                  <strong>{c.label}</strong>
                  <span className="field-hint">{c.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field fieldset" aria-describedby={f('review-hint')}>
          <legend>Review</legend>
          <p id={f('review-hint')} className="field-hint">
            How reviewers score the written explanations.
          </p>
          <div className="form-grid cols-2">
            {REVIEW_FIELDS.map((r) => (
              <div className="field" key={r.key}>
                <label htmlFor={f(r.key)}>{r.label}</label>
                <input
                  id={f(r.key)}
                  className="input"
                  type="number"
                  min={r.min}
                  max={r.max}
                  step={r.step}
                  value={draft[r.key]}
                  onChange={(e) => set(r.key, e.target.value)}
                  aria-invalid={Boolean(errors[r.key]) || undefined}
                  aria-describedby={errors[r.key] ? f(`${r.key}-error`) : f(`${r.key}-hint`)}
                />
                {err(r.key) || (
                  <p id={f(`${r.key}-hint`)} className="field-hint">
                    {r.hint}
                  </p>
                )}
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset className="field fieldset">
          <legend>When candidates may start</legend>
          <div className="form-grid cols-2">
            <div className="field">
              <label htmlFor={f('opensAt')}>Opens</label>
              <input
                id={f('opensAt')}
                className="input"
                type="datetime-local"
                value={draft.opensAt}
                onChange={(e) => set('opensAt', e.target.value)}
                aria-describedby={f('opensAt-hint')}
              />
              <p id={f('opensAt-hint')} className="field-hint">
                Empty: open now.
              </p>
            </div>
            <div className="field">
              <label htmlFor={f('closesAt')}>Closes</label>
              <input
                id={f('closesAt')}
                className="input"
                type="datetime-local"
                value={draft.closesAt}
                onChange={(e) => set('closesAt', e.target.value)}
                aria-invalid={Boolean(errors.closesAt) || undefined}
                aria-describedby={errors.closesAt ? f('closesAt-error') : f('closesAt-hint')}
              />
              {err('closesAt') || (
                <p id={f('closesAt-hint')} className="field-hint">
                  Empty: never closes. Attempts already started run to their deadline.
                </p>
              )}
            </div>
          </div>
        </fieldset>
        <div className="form-actions">
          <Link to={assessment ? `/admin/assessments/${encodeURIComponent(assessment.id)}` : '/admin/assessments'} className="btn btn-ghost btn-md">
            Cancel
          </Link>
          <Button type="submit" variant="primary" busy={busy}>
            {assessment ? 'Save changes' : 'Create assessment'}
          </Button>
        </div>
      </form>
      {dialog}
    </div>
  );
}
