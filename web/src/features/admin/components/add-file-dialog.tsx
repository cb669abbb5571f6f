import { useId, useState, type FormEvent } from 'react';
import { LANGUAGE_IDS, SOURCE_EXTENSIONS } from '@assay/contract';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { FILE_PATH } from '../utils/challenge-files';

const SUGGESTIONS = [
  'tests/public.yaml',
  'tests/hidden.yaml',
  'rubric.yaml',
  'key.yaml',
  ...LANGUAGE_IDS.map((l) => `reference/${l}.${SOURCE_EXTENSIONS[l]}`),
  ...LANGUAGE_IDS.map((l) => `starter/${l}.${SOURCE_EXTENSIONS[l]}`),
  'responses/answer-a.yaml',
  'responses/answer-b.yaml',
];

/** Asks for a new file's path (with the usual ones suggested) and adds it. */
export function AddFileDialog({ open, existing, onAdd, onClose }: { open: boolean; existing: string[]; onAdd: (path: string) => void; onClose: () => void }) {
  const id = useId();
  const [path, setPath] = useState('');
  const [error, setError] = useState<string>();
  const close = () => {
    setPath('');
    setError(undefined);
    onClose();
  };
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const p = path.trim().replace(/^\/+/, '');
    if (!FILE_PATH.test(p)) return setError('Use a relative path of letters, digits, “_”, “.” and “-”, e.g. reference/javascript.js.');
    if (existing.includes(p)) return setError(`${p} already exists.`);
    onAdd(p);
    close();
  };
  const free = SUGGESTIONS.filter((s) => !existing.includes(s));
  return (
    <Dialog
      open={open}
      title="Add a file"
      onClose={close}
      actions={
        <>
          <Button onClick={close}>Cancel</Button>
          <Button variant="primary" onClick={() => submit()}>
            Add file
          </Button>
        </>
      }
    >
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-path`}>Path in the challenge</label>
          <input
            id={`${id}-path`}
            className="input mono"
            list={`${id}-suggestions`}
            value={path}
            onChange={(e) => {
              setPath(e.target.value);
              setError(undefined);
            }}
            aria-invalid={Boolean(error) || undefined}
            aria-describedby={`${id}-hint`}
            placeholder="reference/javascript.js"
            autoComplete="off"
            spellCheck={false}
            autoFocus
          />
          <datalist id={`${id}-suggestions`}>
            {free.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          <p id={`${id}-hint`} className={error ? 'field-error' : 'field-hint'} role={error ? 'alert' : undefined}>
            {error ?? 'Sources are named by language: starter/python.py, reference/go.go. Tests, rubric and key are YAML.'}
          </p>
        </div>
        {free.length > 0 && (
          <div className="chips" role="group" aria-label="Common files">
            {free.slice(0, 8).map((s) => (
              <button key={s} type="button" className="chip" onClick={() => setPath(s)}>
                {s}
              </button>
            ))}
          </div>
        )}
      </form>
    </Dialog>
  );
}
