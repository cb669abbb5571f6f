import { useId } from 'react';
import { LANGUAGE_IDS, CHALLENGE_KINDS, UNTYPED_FUNCTION_LANGUAGES, SOURCE_EXTENSIONS } from '@assay/contract';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useLanguages } from '../../../lib/languages';
import { declaresSignature, readMeta, writeMeta, type MetaField } from '../utils/challenge-yaml';
import { Icon } from '../../../components/ui/icon';

const KIND_HINTS: Record<string, string> = {
  implement: 'Write code from a prompt',
  debug: 'Fix the AI’s buggy starter code',
  review: 'Judge one AI answer',
  compare: 'Pick the better of two AI answers',
  explain: 'Prose only, no code runs',
};

export interface ChallengeDetailsFormProps {
  /** challenge.yaml as it is now. */
  yaml: string;
  onChange: (yaml: string) => void;
  /** The id cannot change once saved (it names the challenge everywhere). */
  idLocked: boolean;
  files: string[];
  onAddFile: (path: string) => void;
  onOpenYaml: () => void;
}

/** The common challenge.yaml fields as a form; every change is written straight into the YAML, other keys untouched. */
export function ChallengeDetailsForm({ yaml, onChange, idLocked, files, onAddFile, onOpenYaml }: ChallengeDetailsFormProps) {
  const { label: languageLabel } = useLanguages();
  const id = useId();
  const read = readMeta(yaml);
  if ('error' in read) {
    return (
      <Alert
        tone="warning"
        title="challenge.yaml cannot be read"
        action={
          <Button size="sm" onClick={onOpenYaml}>
            Open challenge.yaml
          </Button>
        }
      >
        {read.error} Fix the file, and the form comes back.
      </Alert>
    );
  }
  const f = read.fields;
  const set = (field: MetaField, value: string | string[]) => onChange(writeMeta(yaml, field, value));
  const fn = f.mode === 'function';
  const typed = declaresSignature(yaml);
  const runsCode = f.kind !== 'explain';
  const missingRefs = runsCode
    ? f.languages.filter((l) => (LANGUAGE_IDS as readonly string[]).includes(l) && !files.includes(`reference/${l}.${SOURCE_EXTENSIONS[l as keyof typeof SOURCE_EXTENSIONS]}`))
    : [];
  const field = (name: string) => `${id}-${name}`;

  return (
    <form className="details-form" onSubmit={(e) => e.preventDefault()} aria-label="Challenge details">
      <div className="form-grid cols-2">
        <div className="field">
          <label htmlFor={field('id')}>Id</label>
          <input
            id={field('id')}
            className="input mono"
            value={f.id}
            onChange={(e) => set('id', e.target.value)}
            readOnly={idLocked}
            aria-describedby={field('id-hint')}
            spellCheck={false}
            autoComplete="off"
          />
          <p id={field('id-hint')} className="field-hint">
            {idLocked ? 'The id names the challenge everywhere; it cannot change after the first save.' : 'A slug: lowercase letters, digits and single dashes, e.g. two-sum.'}
          </p>
        </div>
        <div className="field">
          <label htmlFor={field('title')}>Title</label>
          <input id={field('title')} className="input" value={f.title} onChange={(e) => set('title', e.target.value)} autoComplete="off" />
        </div>
      </div>

      <div className="form-grid cols-3">
        <div className="field">
          <label htmlFor={field('kind')}>Kind</label>
          <select id={field('kind')} className="select select-block" value={f.kind} onChange={(e) => set('kind', e.target.value)} aria-describedby={field('kind-hint')}>
            {!CHALLENGE_KINDS.includes(f.kind as never) && <option value={f.kind}>{f.kind || 'Choose…'}</option>}
            {CHALLENGE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
          <p id={field('kind-hint')} className="field-hint">
            {KIND_HINTS[f.kind] ?? 'What the candidate does.'}
          </p>
        </div>
        <div className="field">
          <label htmlFor={field('difficulty')}>Difficulty</label>
          <select id={field('difficulty')} className="select select-block" value={f.difficulty} onChange={(e) => set('difficulty', e.target.value)}>
            <option value="">Not set</option>
            <option value="easy">easy</option>
            <option value="medium">medium</option>
            <option value="hard">hard</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('mode')}>Mode</label>
          <select id={field('mode')} className="select select-block" value={f.mode} onChange={(e) => set('mode', e.target.value)} aria-describedby={field('mode-hint')}>
            <option value="function">function: call an entry function</option>
            <option value="stdio">stdio: read stdin, write stdout</option>
          </select>
          <p id={field('mode-hint')} className="field-hint">
            {typed
              ? 'Function mode runs in every language from the signature in challenge.yaml; a language without a starter file gets one generated from it.'
              : 'Function mode runs in Python, JavaScript and TypeScript; declare a signature in challenge.yaml for Java, C++ and Go.'}
          </p>
        </div>
      </div>

      <fieldset className="field fieldset">
        <legend>Languages</legend>
        <div className="checks">
          {LANGUAGE_IDS.map((l) => {
            const checked = f.languages.includes(l);
            const unavailable = fn && !typed && !(UNTYPED_FUNCTION_LANGUAGES as readonly string[]).includes(l) && !checked;
            return (
              <label key={l} className={`check${unavailable ? ' disabled' : ''}`}>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={unavailable}
                  onChange={(e) => set('languages', e.target.checked ? LANGUAGE_IDS.filter((x) => x === l || f.languages.includes(x)) : f.languages.filter((x) => x !== l))}
                />
                {languageLabel(l)}
              </label>
            );
          })}
        </div>
        {missingRefs.length > 0 && (
          <div className="missing-files">
            <span>Each language needs a reference solution:</span>
            {missingRefs.map((l) => {
              const path = `reference/${l}.${SOURCE_EXTENSIONS[l as keyof typeof SOURCE_EXTENSIONS]}`;
              return (
                <Button key={l} size="sm" variant="ghost" onClick={() => onAddFile(path)} icon={<Icon name="plus" size={13} />}>
                  Add {path}
                </Button>
              );
            })}
          </div>
        )}
      </fieldset>

      <div className="form-grid cols-3">
        <div className="field">
          <label htmlFor={field('entry')}>Entry function</label>
          <input
            id={field('entry')}
            className="input mono"
            value={f.entry ?? ''}
            placeholder={fn ? 'e.g. twoSum' : 'stdio mode has no entry'}
            disabled={!fn || f.entry === undefined}
            onChange={(e) => set('entry', e.target.value)}
            aria-describedby={field('entry-hint')}
            spellCheck={false}
            autoComplete="off"
          />
          <p id={field('entry-hint')} className="field-hint">
            {f.entry === undefined ? 'Named per language in challenge.yaml.' : 'camelCase; Python gets snake_case (two_sum).'}
          </p>
        </div>
        <div className="field">
          <label htmlFor={field('comparison')}>Comparison</label>
          <select id={field('comparison')} className="select select-block" value={f.comparison} onChange={(e) => set('comparison', e.target.value)}>
            <option value="exact">exact</option>
            <option value="unordered">unordered (lists as multisets)</option>
            <option value="text">text (stdio, whitespace-insensitive)</option>
            <option value="float">float (numbers within a tolerance)</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={field('tolerance')}>Float tolerance</label>
          <input
            id={field('tolerance')}
            className="input mono"
            inputMode="decimal"
            value={f.tolerance}
            disabled={f.comparison !== 'float'}
            placeholder="e.g. 1e-6"
            onChange={(e) => set('tolerance', e.target.value)}
          />
        </div>
      </div>

      <div className="form-grid cols-3">
        <div className="field">
          <label htmlFor={field('time')}>Time limit per test (ms)</label>
          <input
            id={field('time')}
            className="input"
            type="number"
            min={1}
            step={100}
            value={f.timeMs}
            placeholder="2000 (default)"
            onChange={(e) => set('timeMs', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={field('memory')}>Memory limit (MiB)</label>
          <input
            id={field('memory')}
            className="input"
            type="number"
            min={16}
            step={16}
            value={f.memoryMb}
            placeholder="256 (default)"
            onChange={(e) => set('memoryMb', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={field('minutes')}>Suggested time (minutes)</label>
          <input
            id={field('minutes')}
            className="input"
            type="number"
            min={1}
            value={f.timeLimitMinutes}
            placeholder="Not set"
            onChange={(e) => set('timeLimitMinutes', e.target.value)}
          />
        </div>
      </div>

      <p className="form-note">
        These fields write <code>challenge.yaml</code>. Scoring weights, groups and the explanation settings live in the file itself:{' '}
        <button type="button" className="link-button" onClick={onOpenYaml}>
          open challenge.yaml
        </button>
        .
      </p>
    </form>
  );
}
