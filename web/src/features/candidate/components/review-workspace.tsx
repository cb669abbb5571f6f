import { useRef, type ReactNode } from 'react';
import type { Answers } from '@assay/contract';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import { MarkdownView } from '../../../components/ui/markdown-view';
import { LazyFlagEditor } from '../../../components/editor/lazy-flag-editor';
import { FLAG_SHORTCUT_TEXT } from '../../../components/editor/flag-shortcut';
import { useLanguages } from '../../../lib/languages';
import type { CandidateChallengeView } from '../api/challenge';
import { addFlag, commentFlag, flagsOf, removeFlag } from '../answers/flags';
import type { Outcome } from '../hooks/use-outcomes';
import { CritiqueActions } from './critique-actions';
import { CritiqueResults } from './critique-results';
import { FlagsList } from './flags-list';
import { TestCasesEditor } from './test-cases-editor';
import { VerdictPicker } from './verdict-picker';

export interface CritiqueWorkspaceProps {
  challenge: CandidateChallengeView;
  answers: Answers;
  /** Changes the answers from their latest value (several changes may land before a render). */
  onAnswers: (change: (answers: Answers) => Answers) => void;
  outcome: Outcome;
  onExecute: (kind: 'run' | 'submit') => void;
  onSelectTab: (tab: 'run' | 'submit') => void;
  locked: boolean;
  /** The challenge's heading and prompt (the top of the left column). */
  prompt: ReactNode;
  /** The explanation editor (the bottom of the left column), when one is asked for. */
  explanation: ReactNode;
}

/**
 * Review kind: answer A read-only on the right, where lines are flagged
 * (margin click, Ctrl/Cmd+Shift+F or "Flag line" on the caret's line);
 * on the left the verdict, the flags with their comments, the candidate's
 * own test cases and the explanation.
 */
export function ReviewWorkspace({ challenge, answers, onAnswers, outcome, onExecute, onSelectTab, locked, prompt, explanation }: CritiqueWorkspaceProps) {
  const { label: languageLabel } = useLanguages();
  const response = challenge.responses[0];
  const caret = useRef(1);
  const flags = flagsOf(answers);
  const setFlags = (change: (all: typeof flags) => typeof flags) => onAnswers((a) => ({ ...a, flags: change(flagsOf(a)), flaggedLines: undefined }));
  const flag = (line: number) => !locked && setFlags((all) => addFlag(all, line));
  if (!response) return null;
  return (
    <>
      <section className="prompt-col" aria-label="Challenge and your answers">
        {prompt}
        {response.explanation && (
          <section className="card response" aria-label="What the AI said about answer A">
            <h2 className="section-title">The AI’s explanation of answer A</h2>
            <MarkdownView source={response.explanation} />
          </section>
        )}
        <VerdictPicker value={answers.verdict} onChange={(verdict) => onAnswers((a) => ({ ...a, verdict }))} disabled={locked} />
        <FlagsList
          flags={flags}
          lines={response.code.split('\n')}
          onComment={(line, comment) => setFlags((all) => commentFlag(all, line, comment))}
          onRemove={(line) => setFlags((all) => removeFlag(all, line))}
          disabled={locked}
        />
        <TestCasesEditor mode={challenge.mode} initial={answers.tests} onChange={(tests) => onAnswers((a) => ({ ...a, tests }))} disabled={locked} />
        {explanation}
      </section>
      <section className="editor-col" aria-label="Answer A">
        <CritiqueActions outcome={outcome} onExecute={onExecute} locked={locked}>
          <span className="field-inline">Answer A · {languageLabel(response.language)}</span>
          <Button variant="ghost" size="sm" disabled={locked} onClick={() => flag(caret.current)} icon={<Icon name="flag" size={14} />}>
            Flag line
          </Button>
        </CritiqueActions>
        <div className="editor-frame">
          <LazyFlagEditor
            path={`${challenge.id}/answer-A`}
            language={response.language}
            code={response.code}
            flagged={flags.map((f) => f.line)}
            onFlag={flag}
            onCaret={(line) => (caret.current = line)}
            ariaLabel={`Answer A, ${languageLabel(response.language)}, read-only. Press ${FLAG_SHORTCUT_TEXT} to flag the caret’s line.`}
          />
        </div>
        <p className="editor-hint">
          <Icon name="keyboard" size={14} className="inline-icon" /> Click a line number to flag it, or move the caret to a line and press <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+
          <kbd>F</kbd> (<kbd>⌘</kbd>+<kbd>Shift</kbd>+<kbd>F</kbd> on macOS).
        </p>
        <CritiqueResults outcome={outcome} onSelect={onSelectTab} />
      </section>
    </>
  );
}
