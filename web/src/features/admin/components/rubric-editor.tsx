import { useCallback, useEffect, useId, useMemo, useReducer, useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Icon } from '../../../components/ui/icon';
import { ApiError, errorMessage } from '../../../lib/api-client';
import type { RubricDocument, RubricSave } from '../api/rubrics';
import { changesShape, checkDraft, draftFullMarks, draftOf, rubricReducer, serverErrors, type RubricErrors } from './rubric-draft';
import { rubricFieldId } from './rubric-field';
import { RubricForm } from './rubric-form';
import { RubricHistory } from './rubric-history';
import { RubricPreview } from './rubric-preview';

interface Props {
  doc: RubricDocument;
  /** Saves; rejects with the server's ApiError (a 400 names fields, a 409 means someone saved first). */
  onSave: (body: RubricSave) => Promise<unknown>;
  /** Told whenever the draft starts or stops differing from the saved rubric (the page guards unsaved work). */
  onDirty?: (dirty: boolean) => void;
  /** The outcome of the last save, shown above the form. */
  flash?: string;
  /** Reloads the document (after a 409). */
  onReload?: () => void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
/** "1 existing review keeps" / "3 existing reviews keep". */
const keep = (n: number) => `${plural(n, 'existing review')} ${n === 1 ? 'keeps' : 'keep'}`;

/**
 * Edits a challenge's rubric: the form, a live summary with full marks,
 * problems beside their fields (checked by the server's own schema as you
 * type), a note for the history, a warning before a save that starts a new
 * version, and the history itself.
 */
export function RubricEditor({ doc, onSave, onDirty, flash, onReload }: Props) {
  const prefix = useId().replace(/:/g, '');
  const current = doc.current?.rubric ?? null;
  const [draft, dispatch] = useReducer(rubricReducer, current, draftOf);
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ text: string; conflict: boolean }>();
  const [fromServer, setFromServer] = useState<RubricErrors>({});
  const checked = useMemo(() => checkDraft(draft), [draft]);
  const initial = useMemo(() => JSON.stringify(draftOf(current)), [current]);
  const dirty = JSON.stringify(draft) !== initial || note.trim() !== '';
  const errors = submitted || dirty ? { ...fromServer, ...checked.errors } : {};
  const newVersion = changesShape(draft, current);
  const reviews = doc.versions.reduce((sum, v) => sum + v.reviews, 0);
  const currentReviews = doc.versions.find((v) => v.current)?.reviews ?? 0;

  useEffect(() => onDirty?.(dirty), [dirty, onDirty]);
  const focus = useCallback((id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus()), []);

  const save = async () => {
    if (!checked.rubric) return;
    setConfirming(false);
    setBusy(true);
    setFailure(undefined);
    try {
      await onSave({ rubric: checked.rubric, note: note.trim(), base: doc.current ? { version: doc.current.version, revision: doc.current.revision } : null });
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) setFromServer(serverErrors(error.details));
      setFailure({ text: errorMessage(error), conflict: error instanceof ApiError && error.status === 409 });
    } finally {
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setFromServer({});
    const first = Object.keys(checked.errors)[0];
    if (first !== undefined) {
      focus(rubricFieldId(prefix, first));
      return;
    }
    if (newVersion && reviews > 0) setConfirming(true);
    else void save();
  };

  const problems = Object.keys(errors).length;
  return (
    <form className="rubric-editor" onSubmit={submit} noValidate aria-label={`Rubric of ${doc.challengeTitle}`}>
      <div className="rubric-editor-main">
        <div aria-live="polite">{flash && !dirty && <Alert tone="success">{flash}</Alert>}</div>
        {failure && (
          <Alert
            tone="danger"
            title="Not saved"
            live="assertive"
            action={
              failure.conflict && onReload ? (
                <Button size="sm" onClick={onReload}>
                  Load the newest
                </Button>
              ) : undefined
            }
          >
            {failure.text}
          </Alert>
        )}
        <RubricForm prefix={prefix} draft={draft} errors={errors} dispatch={dispatch} focus={focus} />
      </div>
      <aside className="rubric-editor-side" aria-label="Save and history">
        <RubricPreview draft={draft} fullMarks={draftFullMarks(checked)} />
        <section className="card form-card rubric-save" aria-labelledby={`${prefix}-save-heading`}>
          <h2 id={`${prefix}-save-heading`} className="card-title">
            Save
          </h2>
          {doc.current && newVersion ? (
            <Alert tone="warning" title="A new rubric version">
              A criterion or level was added, removed or renamed: {keep(reviews)} the old version, flagged as outdated; new reviews use this one.
            </Alert>
          ) : doc.current && dirty && currentReviews > 0 ? (
            <Alert tone="info">
              Same criteria and levels: the {plural(currentReviews, 'review')} of version {doc.current.version} will be re-scored with the new points and weights.
            </Alert>
          ) : null}
          <div className="field">
            <label htmlFor={`${prefix}-note`}>Note for the history</label>
            <textarea
              id={`${prefix}-note`}
              className="textarea textarea-sm"
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              aria-describedby={`${prefix}-note-hint`}
            />
            <p id={`${prefix}-note-hint`} className="field-hint">
              Why it changed; shown in the history below.
            </p>
          </div>
          {problems > 0 && (
            <p className="field-error" role="status">
              {plural(problems, 'problem')} to fix, marked beside the fields.
            </p>
          )}
          <div className="rubric-save-actions">
            <Button type="submit" variant="primary" busy={busy} icon={<Icon name="save" size={15} />}>
              Save rubric
            </Button>
            {dirty && (
              <Button
                variant="ghost"
                onClick={() => {
                  dispatch({ type: 'reset', rubric: current });
                  setNote('');
                  setSubmitted(false);
                  setFromServer({});
                }}
              >
                Discard changes
              </Button>
            )}
          </div>
        </section>
        <section className="card form-card" aria-labelledby={`${prefix}-history-heading`}>
          <h2 id={`${prefix}-history-heading`} className="card-title">
            History
          </h2>
          <RubricHistory doc={doc} />
        </section>
      </aside>
      <Dialog
        open={confirming}
        title="Save as a new rubric version?"
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button onClick={() => setConfirming(false)}>Keep editing</Button>
            <Button variant="primary" onClick={() => void save()}>
              Save a new version
            </Button>
          </>
        }
      >
        <p>
          A new rubric version: {keep(reviews)} the old one, flagged as outdated. Only new reviews use version {(doc.versions[0]?.version ?? 0) + 1}.
        </p>
      </Dialog>
    </form>
  );
}
