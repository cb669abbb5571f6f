import { Icon } from '../../../components/ui/icon';
import { MarkdownView } from '../../../components/ui/markdown-view';
import { LazyCodeDiff } from '../../../components/editor/lazy-code-diff';
import { useLanguages } from '../../../lib/languages';
import { CritiqueActions } from './critique-actions';
import { CritiqueResults } from './critique-results';
import { PreferencePicker } from './preference-picker';
import { RatingsPicker } from './ratings-picker';
import type { CritiqueWorkspaceProps } from './review-workspace';
import { TestCasesEditor } from './test-cases-editor';

/**
 * Compare kind: answers A and B side by side in Monaco's diff editor (A
 * left, B right, read-only) with each answer's prose above; on the left the
 * preference on the 7-step scale, the ratings, the candidate's own test
 * cases and the explanation.
 */
export function CompareWorkspace({ challenge, answers, onAnswers, outcome, onExecute, onSelectTab, locked, prompt, explanation }: CritiqueWorkspaceProps) {
  const { label: languageLabel } = useLanguages();
  const [a, b] = challenge.responses;
  if (!a || !b) return null;
  return (
    <>
      <section className="prompt-col" aria-label="Challenge and your answers">
        {prompt}
        <PreferencePicker value={answers.preference} onChange={(preference) => onAnswers((x) => ({ ...x, preference }))} disabled={locked} />
        <RatingsPicker value={answers.ratings} onChange={(ratings) => onAnswers((x) => ({ ...x, ratings }))} disabled={locked} />
        <TestCasesEditor mode={challenge.mode} initial={answers.tests} onChange={(tests) => onAnswers((x) => ({ ...x, tests }))} disabled={locked} />
        {explanation}
      </section>
      <section className="editor-col" aria-label="Answers A and B">
        <CritiqueActions outcome={outcome} onExecute={onExecute} locked={locked}>
          <span className="field-inline">
            A: {languageLabel(a.language)} · B: {languageLabel(b.language)}
          </span>
        </CritiqueActions>
        <div className="compare-prose">
          {[a, b].map((r) => (
            <section key={r.label} className="compare-prose-item" aria-label={`What the AI said with answer ${r.label}`}>
              <h2 className="section-title">Answer {r.label}</h2>
              {r.explanation ? <MarkdownView source={r.explanation} /> : <p className="muted small">No explanation came with this answer.</p>}
            </section>
          ))}
        </div>
        <div className="editor-frame">
          <LazyCodeDiff original={a.code} modified={b.code} language={a.language} ariaLabel="The two answers" originalLabel="answer A" modifiedLabel="answer B" alwaysSideBySide />
        </div>
        <p className="editor-hint">
          <Icon name="keyboard" size={14} className="inline-icon" /> Answer A is on the left, answer B on the right; both are read-only.
        </p>
        <CritiqueResults outcome={outcome} onSelect={onSelectTab} />
      </section>
    </>
  );
}
