import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Card } from '../../../components/ui/card';
import { LoadState } from '../../../components/ui/load-state';
import { MarkdownView } from '../../../components/ui/markdown-view';
import { PageHeader } from '../../../components/ui/page-header';
import { useApi } from '../../../lib/api-context';
import { codeHeight } from '../../../lib/code-height';
import { countWords } from '../../../lib/markdown';
import { formatDateTime } from '../../../lib/time';
import { useResource } from '../../../lib/use-resource';
import { LazyCodeEditor } from '../../../components/editor/lazy-code-editor';
import { useLanguages } from '../../../lib/languages';
import { getReviewItem, type ReviewItem } from '../api/reviews';
import { RubricForm } from './rubric-form';
import { TestCounts } from './test-counts';
import { Icon } from '../../../components/ui/icon';

/** One blind review: the prompt, the candidate's code and test counts on the left; their explanation and the rubric on the right. */
export function ReviewItemPage({ submissionId }: { submissionId: string }) {
  const api = useApi();
  const item = useResource(() => getReviewItem(api, submissionId), submissionId);
  return (
    <div className="staff-page wide">
      <LoadState data={item.data} error={item.error} label="Loading the item…" retry={() => void item.reload()}>
        {(data) => <ReviewBody item={data} />}
      </LoadState>
    </div>
  );
}

function ReviewBody({ item }: { item: ReviewItem }) {
  const { label: languageLabel } = useLanguages();
  const { challenge } = item;
  const words = item.explanation ? countWords(item.explanation) : 0;
  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link to="/review">Review queue</Link>
            <Icon name="chevronRight" size={12} />
            <span>Item</span>
          </>
        }
        title={challenge.title}
        meta={
          <span className="meta-row">
            <Badge tone="brand">{challenge.kind}</Badge>
            <span>{languageLabel(item.language)}</span>
            <span>Submitted {formatDateTime(item.submittedAt)}</span>
            <span className="blind-note">
              <Icon name="eye" size={14} /> Blind review: the author is hidden
            </span>
          </span>
        }
      />
      <div className="review-grid">
        <div className="review-col">
          <Card className="panel">
            <h2 className="card-title">Prompt</h2>
            <div className="prompt-scroll" role="region" aria-label="Prompt" tabIndex={0}>
              <MarkdownView source={challenge.prompt} className="review-prompt" />
            </div>
          </Card>
          <Card className="panel">
            <h2 className="card-title">
              Code <span className="muted">· {languageLabel(item.language)}</span>
            </h2>
            <div className="code-frame" role="region" aria-label="The candidate’s code" style={{ height: codeHeight(item.code) }}>
              <LazyCodeEditor path={`review/${item.submissionId}/${item.language}`} language={item.language} defaultValue={item.code} onChange={() => undefined} readOnly ariaLabel={`Candidate’s code in ${languageLabel(item.language)} (read only)`} />
            </div>
          </Card>
          <Card className="panel">
            <h2 className="card-title">Hidden tests</h2>
            <TestCounts tests={item.tests} />
          </Card>
        </div>
        <div className="review-col">
          <Card className="panel">
            <h2 className="card-title">
              Explanation <span className="muted">· {words} words</span>
            </h2>
            {challenge.explanationPrompt && (
              <blockquote className="explanation-ask">
                <span className="muted small">The candidate was asked:</span> {challenge.explanationPrompt}
              </blockquote>
            )}
            {item.explanation ? <MarkdownView source={item.explanation} className="explanation-body" /> : <p className="muted">No explanation was written.</p>}
            {item.answers !== null && item.answers !== undefined && (
              <section aria-label="Answers">
                <h3 className="section-title">Answers</h3>
                <pre className="answers">{JSON.stringify(item.answers, null, 2)}</pre>
              </section>
            )}
          </Card>
          <Card className="panel">
            <RubricForm criteria={challenge.rubric} />
          </Card>
        </div>
      </div>
    </>
  );
}
