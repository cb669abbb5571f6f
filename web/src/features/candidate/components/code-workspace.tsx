import { useId, useState } from 'react';
import type { LanguageId } from '@assay/contract';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Icon } from '../../../components/ui/icon';
import { LazyCodeDiff } from '../../../components/editor/lazy-code-diff';
import { LazyCodeEditor } from '../../../components/editor/lazy-code-editor';
import type { LineMarker } from '../../../components/editor/diagnostics';
import { EditorSettings } from '../../../components/editor/editor-settings';
import { TabFocusShortcut, tabFocusShortcutText } from '../../../components/editor/tab-focus-shortcut';
import { useLanguages } from '../../../lib/languages';
import type { CandidateChallengeView } from '../api/challenge';
import type { Work } from '../answers/work';
import type { Outcome } from '../hooks/use-outcomes';
import { ResultsPanel } from './results-panel';

export interface CodeWorkspaceProps {
  challenge: CandidateChallengeView;
  languages: string[];
  work: Work;
  /** The latest code (typing does not re-render: the panel keeps it outside React state). */
  currentCode: () => string;
  onLanguage: (language: string) => void;
  onCode: (code: string) => void;
  onReset: () => void;
  onExecute: (kind: 'run' | 'submit') => void;
  onSelectTab: (tab: 'run' | 'submit') => void;
  outcome: Outcome;
  markers: LineMarker[];
  locked: boolean;
}

/**
 * The editor column of implement and debug challenges: language, Reset,
 * Run examples, Submit, the editor and the results. Debug adds "Compare
 * with the starter": the AI's buggy starter beside the current code.
 */
export function CodeWorkspace({ challenge, languages, work, currentCode, onLanguage, onCode, onReset, onExecute, onSelectTab, outcome, markers, locked }: CodeWorkspaceProps) {
  const { label: languageLabel } = useLanguages();
  const ids = useId();
  const [confirmReset, setConfirmReset] = useState(false);
  const [comparing, setComparing] = useState(false);
  const busy = outcome.running !== undefined;
  const starter = challenge.starter[work.language as LanguageId] ?? '';
  return (
    <section className="editor-col" aria-label="Your code">
      <div className="editor-toolbar">
        <label className="field-inline" htmlFor={`${ids}-lang`}>
          <span>Language</span>
          <select id={`${ids}-lang`} className="select" value={work.language} disabled={locked} onChange={(e) => onLanguage(e.target.value)}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {languageLabel(l)}
              </option>
            ))}
          </select>
        </label>
        <Button variant="ghost" size="sm" disabled={locked} onClick={() => setConfirmReset(true)} icon={<Icon name="refresh" size={14} />}>
          Reset
        </Button>
        {challenge.kind === 'debug' && (
          <Button variant="ghost" size="sm" aria-pressed={comparing} onClick={() => setComparing(!comparing)} icon={<Icon name="layers" size={14} />}>
            Compare with the starter
          </Button>
        )}
        <span className="toolbar-spacer" />
        <Button variant="secondary" busy={outcome.running === 'run'} disabled={busy || locked} onClick={() => onExecute('run')} icon={<Icon name="play" size={14} />}>
          Run examples
        </Button>
        <Button variant="primary" busy={outcome.running === 'submit'} disabled={busy || locked} onClick={() => onExecute('submit')} icon={<Icon name="send" size={14} />}>
          Submit
        </Button>
      </div>
      <div className="editor-frame">
        {comparing ? (
          <LazyCodeDiff original={starter} modified={currentCode()} language={work.language} ariaLabel="Your changes" originalLabel="the starter" modifiedLabel="your code" />
        ) : (
          <LazyCodeEditor
            key={`${challenge.id}/${work.language}/${work.resets}`}
            path={`${challenge.id}/${work.language}/${work.resets}`}
            language={work.language}
            defaultValue={currentCode()}
            onChange={onCode}
            markers={markers}
            readOnly={locked}
            ariaLabel={`Code editor, ${languageLabel(work.language)}. Press ${tabFocusShortcutText()} to toggle whether Tab moves focus.`}
          />
        )}
      </div>
      <div className="editor-foot">
        <p className="editor-hint">
          <Icon name="keyboard" size={14} className="inline-icon" />{' '}
          {comparing ? (
            'The starter is on the left, your code on the right (read-only). Press “Compare with the starter” again to edit.'
          ) : (
            <>
              Tab indents. Press <TabFocusShortcut /> to make Tab move focus out of the editor (and again to undo).
            </>
          )}
        </p>
        <EditorSettings />
      </div>
      <ResultsPanel outcome={outcome} examples={challenge.publicTests.length} hidden={challenge.hiddenTestCount} onSelect={onSelectTab} />
      <Dialog
        open={confirmReset}
        title="Reset to the starter code?"
        onClose={() => setConfirmReset(false)}
        actions={
          <>
            <Button onClick={() => setConfirmReset(false)}>Keep my code</Button>
            <Button
              variant="danger"
              onClick={() => {
                onReset();
                setConfirmReset(false);
              }}
            >
              Reset {languageLabel(work.language)}
            </Button>
          </>
        }
      >
        <p>Your {languageLabel(work.language)} code for this challenge is replaced by the starter code. Code in other languages is kept.</p>
      </Dialog>
    </section>
  );
}
