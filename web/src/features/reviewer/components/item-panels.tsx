import { useState, type ReactNode } from 'react';
import { Card } from '../../../components/ui/card';
import { MarkdownView } from '../../../components/ui/markdown-view';
import { LazyCodeEditor } from '../../../components/editor/lazy-code-editor';
import { LazyCodeDiff } from '../../../components/editor/lazy-code-diff';
import { codeHeight } from '../../../lib/code-height';
import { useLanguages } from '../../../lib/languages';
import type { ReviewItem } from '../api/reviews';
import { TestCounts } from './test-counts';

/**
 * The candidate's side of an item, as every reviewer sees it: the prompt,
 * the code (and Monaco's diff against the starter the candidate was
 * given, first for a debug challenge), and the hidden
 * test counts. Nothing that names the candidate.
 */
export function ItemPanels({ item, pathKey }: { item: ReviewItem; pathKey: string }) {
  const { label: languageLabel } = useLanguages();
  // Debug challenges open on the diff (the fix is the point); others on the code, the diff one click away.
  const [showDiff, setShowDiff] = useState(item.starter !== null && item.challenge.kind === 'debug');
  const lines = Math.max(item.code.split('\n').length, item.starter?.split('\n').length ?? 0);
  return (
    <>
      <Card className="panel">
        <h2 className="card-title">Prompt</h2>
        <div className="prompt-scroll" role="region" aria-label="Prompt" tabIndex={0}>
          <MarkdownView source={item.challenge.prompt} className="review-prompt" />
        </div>
      </Card>
      <Card className="panel">
        <div className="panel-head">
          <h2 className="card-title">
            {showDiff ? 'Changes from the starter' : 'Code'} <span className="muted">· {languageLabel(item.language)}</span>
          </h2>
          {item.starter !== null && (
            <button type="button" className="btn btn-ghost btn-sm" aria-pressed={showDiff} onClick={() => setShowDiff((v) => !v)}>
              Diff against the starter
            </button>
          )}
        </div>
        {showDiff && item.starter !== null ? (
          <div className="code-frame" role="region" aria-label="The candidate’s changes to the starter" style={{ height: codeHeight('\n'.repeat(lines - 1)) }}>
            <LazyCodeDiff original={item.starter} modified={item.code} language={item.language} ariaLabel={`Diff in ${languageLabel(item.language)}`} />
          </div>
        ) : (
          <div className="code-frame" role="region" aria-label="The candidate’s code" style={{ height: codeHeight(item.code) }}>
            <LazyCodeEditor
              path={`review/${pathKey}/${item.language}`}
              language={item.language}
              defaultValue={item.code}
              onChange={() => undefined}
              readOnly
              ariaLabel={`Candidate’s code in ${languageLabel(item.language)} (read only)`}
            />
          </div>
        )}
      </Card>
      <Card className="panel">
        <h2 className="card-title">Hidden tests</h2>
        <TestCounts tests={item.tests} />
      </Card>
    </>
  );
}

/** The explanation card's frame: what the candidate was asked, then `children` (the text with its spans), then any answers. */
export function ExplanationCard({ item, children, words }: { item: ReviewItem; children: ReactNode; words: number }) {
  return (
    <Card className="panel">
      <h2 className="card-title">
        Explanation <span className="muted">· {words} words</span>
      </h2>
      {item.challenge.explanationPrompt && (
        <blockquote className="explanation-ask">
          <span className="muted small">The candidate was asked:</span> {item.challenge.explanationPrompt}
        </blockquote>
      )}
      {item.explanation ? children : <p className="muted">No explanation was written.</p>}
      {item.answers !== null && item.answers !== undefined && (
        <section aria-label="Answers">
          <h3 className="section-title">Answers</h3>
          <pre className="answers">{JSON.stringify(item.answers, null, 2)}</pre>
        </section>
      )}
    </Card>
  );
}
