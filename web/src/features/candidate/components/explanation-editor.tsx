import { useId, useState } from 'react';
import { Badge } from '../../../components/ui/badge';
import { MarkdownView } from '../../../components/ui/markdown-view';
import { countWords } from '../../../lib/markdown';
import type { CandidateChallengeView } from '../api/challenge';
import { RubricSummary } from './rubric-summary';

/** The written explanation: Markdown with a preview, a word count against the minimum, saved with the code. */
export function ExplanationEditor({
  spec,
  rubric,
  fullMarks,
  value,
  onChange,
  readOnly,
}: {
  spec: NonNullable<CandidateChallengeView['explanation']>;
  rubric: CandidateChallengeView['rubric'];
  /** The rubric's full marks (its weights applied), as the server computes them. */
  fullMarks: CandidateChallengeView['rubricFullMarks'];
  value: string;
  onChange: (text: string) => void;
  readOnly?: boolean;
}) {
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const id = useId();
  const words = countWords(value);
  const min = spec.minWords ?? 0;
  const enough = words >= min;
  return (
    <section className="card explanation" aria-labelledby={`${id}-title`}>
      <header className="explanation-head">
        <h2 id={`${id}-title`} className="section-title">
          Your explanation
        </h2>
        {spec.required ? <Badge tone="brand">Required</Badge> : <Badge>Optional</Badge>}
      </header>
      {spec.prompt && <p className="explanation-prompt">{spec.prompt}</p>}
      {rubric.length > 0 && <RubricSummary rubric={rubric} fullMarks={fullMarks} />}
      <div className="tabs" role="tablist" aria-label="Explanation view">
        <button type="button" role="tab" id={`${id}-write-tab`} aria-selected={tab === 'write'} aria-controls={`${id}-write`} className="tab" onClick={() => setTab('write')}>
          Write
        </button>
        <button
          type="button"
          role="tab"
          id={`${id}-preview-tab`}
          aria-selected={tab === 'preview'}
          aria-controls={`${id}-preview`}
          className="tab"
          onClick={() => setTab('preview')}
        >
          Preview
        </button>
      </div>
      {tab === 'write' ? (
        <div role="tabpanel" id={`${id}-write`} aria-labelledby={`${id}-write-tab`}>
          <label htmlFor={`${id}-text`} className="visually-hidden">
            Explanation (Markdown)
          </label>
          <textarea
            id={`${id}-text`}
            className="textarea"
            rows={9}
            value={value}
            readOnly={readOnly}
            placeholder="Explain your approach in your own words. Markdown works: **bold**, `code`, lists."
            aria-describedby={`${id}-count`}
            onChange={(e) => onChange(e.target.value)}
          />
        </div>
      ) : (
        <div role="tabpanel" id={`${id}-preview`} aria-labelledby={`${id}-preview-tab`} className="explanation-preview" tabIndex={0}>
          {value.trim() ? <MarkdownView source={value} /> : <p className="muted">Nothing written yet.</p>}
        </div>
      )}
      <p id={`${id}-count`} className={`word-count ${min && !enough ? 'short' : 'ok'}`}>
        {words} word{words === 1 ? '' : 's'}
        {min > 0 && (enough ? ` · minimum of ${min} reached` : ` · at least ${min} needed`)}
      </p>
    </section>
  );
}
