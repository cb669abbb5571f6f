import { useState } from 'react';
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
 * test counts; for review and compare (no candidate code), the AI answers
 * they judged, in the order they saw them. Nothing that names the candidate.
 */
export function ItemPanels({ item, pathKey }: { item: ReviewItem; pathKey: string }) {
  if (item.objective) return <CritiquePanels item={item} objective={item.objective} pathKey={pathKey} />;
  return <CodePanels item={item} pathKey={pathKey} />;
}

function PromptCard({ item }: { item: ReviewItem }) {
  return (
    <Card className="panel">
      <h2 className="card-title">Prompt</h2>
      <div className="prompt-scroll" role="region" aria-label="Prompt" tabIndex={0}>
        <MarkdownView source={item.challenge.prompt} className="review-prompt" />
      </div>
    </Card>
  );
}

/** Review and compare: the AI answers under their labels, with the response each really is (the key speaks of responses). */
function CritiquePanels({ item, objective, pathKey }: { item: ReviewItem; objective: NonNullable<ReviewItem['objective']>; pathKey: string }) {
  const { label: languageLabel } = useLanguages();
  return (
    <>
      <PromptCard item={item} />
      {objective.shown.map((r) => (
        <Card key={r.label} className="panel">
          <h2 className="card-title">
            Answer {r.label}{' '}
            <span className="muted">
              · {r.responseId} · {languageLabel(r.language)}
            </span>
          </h2>
          <div className="code-frame" role="region" aria-label={`AI answer ${r.label}`} style={{ height: codeHeight(r.code) }}>
            <LazyCodeEditor
              path={`review/${pathKey}/answer-${r.label}`}
              language={r.language}
              defaultValue={r.code}
              onChange={() => undefined}
              readOnly
              ariaLabel={`AI answer ${r.label} in ${languageLabel(r.language)} (read only)`}
            />
          </div>
        </Card>
      ))}
    </>
  );
}

function CodePanels({ item, pathKey }: { item: ReviewItem; pathKey: string }) {
  const { label: languageLabel } = useLanguages();
  // Debug challenges open on the diff (the fix is the point); others on the code, the diff one click away.
  const [showDiff, setShowDiff] = useState(item.starter !== null && item.challenge.kind === 'debug');
  const lines = Math.max(item.code.split('\n').length, item.starter?.split('\n').length ?? 0);
  return (
    <>
      <PromptCard item={item} />
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
