import { useId, useMemo, useReducer, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { Icon } from '../../../components/ui/icon';
import { LoadState } from '../../../components/ui/load-state';
import { PageHeader } from '../../../components/ui/page-header';
import { errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { countWords } from '../../../lib/markdown';
import { adjudicate, getAdjudication, reviewKeys, type AdjudicationView } from '../api/reviews';
import { draftBody, draftReducer, initialDraft } from '../logic/score-draft';
import { ExplanationText, type TextSelection } from './explanation-text';
import { ExplanationCard } from './explanation-card';
import { ItemPanels } from './item-panels';
import { ObjectiveCard } from './objective-card';
import { KeyboardHelp } from './keyboard-help';
import { missingReason, ScoringForm } from './scoring-form';
import { SetsCompare, setMarks } from './sets-compare';
import { SpanAttach } from './span-attach';

/** /review/adjudicate/:itemId: every reviewer's set and spans side by side, then the final scores with a reason. */
export function AdjudicationPage({ itemId }: { itemId: string }) {
  const api = useApi();
  const query = useQuery({ queryKey: reviewKeys.adjudication(itemId), queryFn: () => getAdjudication(api, itemId) });
  return (
    <div className="staff-page wide">
      <LoadState data={query.data} error={query.error} label="Loading the item…" retry={() => void query.refetch()}>
        {(view) => <AdjudicationWork view={view} />}
      </LoadState>
    </div>
  );
}

function AdjudicationWork({ view }: { view: AdjudicationView }) {
  const api = useApi();
  const client = useQueryClient();
  const id = useId();
  const { item, itemId } = view;
  const rubric = item.rubric;
  const [draft, dispatch] = useReducer(draftReducer, undefined, () => initialDraft());
  const [reason, setReason] = useState('');
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const done = view.status === 'final';
  const record = useMutation({
    mutationFn: () => {
      const body = draftBody(draft);
      return adjudicate(api, itemId, { levels: body.levels, spans: body.spans, comments: body.comments, reason });
    },
    onSuccess: async () => {
      await Promise.all([client.invalidateQueries({ queryKey: reviewKeys.adjudication(itemId) }), client.invalidateQueries({ queryKey: reviewKeys.adjudications })]);
    },
  });

  const explanation = item.explanation ?? '';
  const marks = useMemo(() => [...setMarks(rubric, view.sets), ...setMarks(rubric, [{ label: 'Final', spans: draft.spans }])], [rubric, view.sets, draft.spans]);
  const missing = missingReason(rubric, draft.levels);
  const blocked = missing ?? (reason.trim() === '' ? 'Say why these are the final scores to record them.' : null);

  const footer = done ? null : (
    <>
      <div className="field">
        <label htmlFor={`${id}-reason`}>
          Reason <span className="required">(required)</span>
        </label>
        <textarea
          id={`${id}-reason`}
          className="textarea textarea-sm"
          required
          aria-required="true"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="Why these are the final scores: which reading of the explanation and the rubric holds"
        />
      </div>
      <div className="rubric-submit">
        <Button
          variant="primary"
          disabled={blocked !== null}
          busy={record.isPending}
          onClick={() => record.mutate()}
          aria-describedby={`${id}-note`}
          icon={<Icon name="check" size={15} />}
        >
          Record final scores
        </Button>
        <p id={`${id}-note`} className="rubric-note">
          {blocked ?? 'Ready: the item becomes final with these scores.'}
        </p>
      </div>
      {record.error && (
        <Alert tone="danger" live="assertive" title="The final scores were not recorded">
          {errorMessage(record.error)}
        </Alert>
      )}
    </>
  );

  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link to="/review/adjudicate">Adjudication</Link>
            <Icon name="chevronRight" size={12} />
            <span>Item</span>
          </>
        }
        title={item.challenge.title}
        meta={
          <span className="meta-row">
            <Badge tone="brand">{item.challenge.kind}</Badge>
            <Badge tone={done ? 'success' : 'warning'}>{done ? 'Final' : view.status === 'adjudication' ? 'Waiting for adjudication' : 'Open'}</Badge>
            <span>Disagreement threshold: {view.threshold} points</span>
          </span>
        }
      />
      {done && (
        <Alert tone="success" live="polite" title="This item is final">
          The final scores are recorded; they are in the table below.
        </Alert>
      )}
      <Card className="panel peers-panel">
        <h2 className="card-title">Reviewers’ scores</h2>
        <SetsCompare rubric={rubric} caption="Every submitted set side by side" sets={view.sets} />
      </Card>
      <div className="review-grid">
        <div className="review-col">
          <ItemPanels item={item} pathKey={`adjudicate/${itemId}`} />
        </div>
        <div className="review-col">
          <ExplanationCard item={item} words={countWords(explanation)}>
            <ExplanationText text={explanation} marks={marks} label="Explanation text with every reviewer’s spans" onSelect={done ? undefined : setSelection} />
            {!done && <SpanAttach rubric={rubric} selection={selection} dispatch={dispatch} onAttached={() => setSelection(null)} />}
          </ExplanationCard>
          <ObjectiveCard item={item} />
          {!done && (
            <Card className="panel">
              <KeyboardHelp />
              <ScoringForm
                idPrefix={`${id}-final`}
                title="Final scores"
                rubric={rubric}
                draft={draft}
                dispatch={dispatch}
                readOnly={false}
                explanation={explanation}
                footer={footer}
                overallComment={false}
              />
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
