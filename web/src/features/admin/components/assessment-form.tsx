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
import { ReviewSettingsFieldset, checkReviewDraft, reviewBody, reviewDraft, type ReviewDraft, type ReviewKey } from './review-settings';
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
  review: ReviewDraft;
}

type FeedbackLevel = AssessmentView['feedback'];

/** The feedback levels, as an admin chooses between them. */
const FEEDBACK_CHOICES: { value: FeedbackLevel; label: string; hint: string }[] = [
  { value: 'full', label: 'Full', hint: 'Passed tests per group and how many ended with each verdict (wrong answer, time limit…).' },
  { value: 'summary', label: 'Summary', hint: 'Only how many hidden tests passed, out of how many.' },
  { value: 'none', label: 'None until the end', hint: 'Only that the submission was received and judged; the summary appears once the attempt has ended.' },
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
    review: reviewDraft(a),
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
  const [reviewErrors, setReviewErrors] = useState<Partial<Record<ReviewKey, string>>>({});
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
    const reviewFound = checkReviewDraft(draft.review);
    setErrors(found);
    setReviewErrors(reviewFound);
    if (Object.keys(found).length || Object.keys(reviewFound).length) {
      const first = Object.keys(found)[0] ?? Object.keys(reviewFound)[0];
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
      ...reviewBody(draft.review),
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
        <ReviewSettingsFieldset
          draft={draft.review}
          errors={reviewErrors}
          idPrefix={id}
          onChange={(key, value) => {
            set('review', { ...draft.review, [key]: value });
            setReviewErrors((e) => ({ ...e, [key]: undefined }));
          }}
        />
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
