import { useCallback, useMemo, useReducer, useState } from 'react';
import { Link, useNavigate } from 'react-router';
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
import { useLanguages } from '../../../lib/languages';
import { countWords } from '../../../lib/markdown';
import { formatClock } from '../../../lib/time';
import { getReview, releaseReview, reviewKeys, saveReview, type ReviewView } from '../api/reviews';
import { draftBody, draftReducer, initialDraft } from '../logic/score-draft';
import { ClaimTimer } from './claim-timer';
import { ExplanationText, type TextSelection } from './explanation-text';
import { ExplanationCard } from './explanation-card';
import { ItemPanels } from './item-panels';
import { ObjectiveCard } from './objective-card';
import { KeyboardHelp } from './keyboard-help';
import { missingReason, ScoringForm } from './scoring-form';
import { SetsCompare, setMarks } from './sets-compare';
import { SpanAttach } from './span-attach';
import { useAutosave } from './use-autosave';

/** /review/:reviewId: one claimed (or submitted) review, loaded with TanStack Query. */
export function ReviewPage({ reviewId }: { reviewId: string }) {
  const api = useApi();
  const query = useQuery({ queryKey: reviewKeys.review(reviewId), queryFn: () => getReview(api, reviewId) });
  return (
    <div className="staff-page wide">
      <LoadState data={query.data} error={query.error} label="Loading the item…" retry={() => void query.refetch()}>
        {(view) => <ReviewWork view={view} />}
      </LoadState>
    </div>
  );
}

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

function ReviewWork({ view }: { view: ReviewView }) {
  const api = useApi();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { label: languageLabel } = useLanguages();
  const { item, reviewId } = view;
  const rubric = item.rubric;
  const [draft, dispatch] = useReducer(draftReducer, view, initialDraft);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [expired, setExpired] = useState(false);
  const submitted = view.status === 'submitted';
  const readOnly = !view.editable || expired || view.status === 'released';

  const onSaved = (next: ReviewView) => {
    client.setQueryData(reviewKeys.review(reviewId), next);
    void client.invalidateQueries({ queryKey: reviewKeys.mine });
  };
  const save = useMutation({
    mutationFn: (submit: boolean) => saveReview(api, reviewId, { ...draftBody(draft), submit }),
    onMutate: () => {
      setSaveState({ kind: 'saving' });
      // Optimistic: coming back to the page before the answer (a save flushed on leaving) starts from these scores.
      client.setQueryData<ReviewView>(reviewKeys.review(reviewId), (old) => old && { ...old, ...draftBody(draft) });
    },
    onSuccess: (next) => {
      setSaveState({ kind: 'saved', at: new Date() });
      onSaved(next);
    },
    onError: (error) => setSaveState({ kind: 'error', message: errorMessage(error) }),
  });
  const release = useMutation({
    mutationFn: () => releaseReview(api, reviewId),
    onSuccess: async () => {
      // The list is not on screen now: refetch it anyway, so it never shows this claim as in progress.
      await client.invalidateQueries({ queryKey: reviewKeys.mine, refetchType: 'all' });
      client.removeQueries({ queryKey: reviewKeys.review(reviewId) });
      navigate('/review');
    },
  });

  // Drafts save themselves while the claim holds; a submitted set changes only by submitting again.
  const autosave = useAutosave({ edits: draft.edits, enabled: !readOnly && !submitted, delayMs: 1_200, save: () => save.mutate(false) });
  const submit = () => {
    autosave.markSaved(draft.edits);
    save.mutate(true);
  };
  const onExpired = useCallback(() => {
    setExpired(true);
    void client.invalidateQueries({ queryKey: reviewKeys.mine });
  }, [client]);

  const marks = useMemo(() => setMarks(rubric, [{ label: 'You', spans: draft.spans }]).map((m) => ({ ...m, label: m.label.replace(/^You: /, '') })), [rubric, draft.spans]);
  const reason = missingReason(rubric, draft.levels);
  const explanation = item.explanation ?? '';

  const footer = (
    <div className="rubric-submit">
      <Button
        type="button"
        variant="primary"
        disabled={readOnly || reason !== null}
        busy={save.isPending}
        onClick={submit}
        aria-describedby="review-submit-note"
        icon={<Icon name="send" size={15} />}
      >
        {submitted ? 'Update submitted scores' : 'Submit scores'}
      </Button>
      <p id="review-submit-note" className="rubric-note">
        {readOnly
          ? 'These scores can no longer change.'
          : (reason ?? (submitted ? 'You can change your scores until the item is final.' : 'Every criterion has a level: ready to submit.'))}
      </p>
      <p className="save-state" role="status" aria-live="polite">
        {saveState.kind === 'saving' && 'Saving…'}
        {saveState.kind === 'saved' && `Saved at ${formatClock(saveState.at)}`}
        {saveState.kind === 'error' && `Not saved: ${saveState.message}`}
      </p>
    </div>
  );

  return (
    <>
      <PageHeader
        eyebrow={
          <>
            <Link to="/review">Reviews</Link>
            <Icon name="chevronRight" size={12} />
            <span>Item</span>
          </>
        }
        title={item.challenge.title}
        meta={
          <span className="meta-row">
            <Badge tone="brand">{item.challenge.kind}</Badge>
            <span>{languageLabel(item.language)}</span>
            <StatusBadge view={view} />
            <span className="blind-note">
              <Icon name="eye" size={14} /> Blind review: the author is hidden
            </span>
          </span>
        }
        actions={
          view.status === 'claimed' && !expired ? (
            <Button onClick={() => release.mutate()} busy={release.isPending} icon={<Icon name="logout" size={15} />}>
              Release
            </Button>
          ) : undefined
        }
      />
      {view.status === 'claimed' && <ClaimTimer expiresAt={view.expiresAt} onExpired={onExpired} />}
      {release.error && (
        <Alert tone="danger" live="assertive" title="The claim could not be released">
          {errorMessage(release.error)}
        </Alert>
      )}
      {view.rubricOutdated && (
        <Alert tone="warning" title="This rubric has a newer version">
          These scores keep the version they were given with (version {rubric.version}).
        </Alert>
      )}
      <div className="review-grid">
        <div className="review-col">
          <ItemPanels item={item} pathKey={reviewId} />
        </div>
        <div className="review-col">
          <ExplanationCard item={item} words={countWords(explanation)}>
            <ExplanationText text={explanation} marks={marks} label="Explanation text" onSelect={readOnly ? undefined : setSelection} />
            {!readOnly && <SpanAttach rubric={rubric} selection={selection} dispatch={dispatch} onAttached={() => setSelection(null)} />}
          </ExplanationCard>
          <ObjectiveCard item={item} />
          <Card className="panel">
            <KeyboardHelp />
            <ScoringForm idPrefix="review" title="Your scores" rubric={rubric} draft={draft} dispatch={dispatch} readOnly={readOnly} explanation={explanation} footer={footer} />
          </Card>
        </div>
      </div>
      {view.peers.length > 0 && (
        <Card className="panel peers-panel">
          <h2 className="card-title">Other reviewers’ scores</h2>
          <SetsCompare
            rubric={rubric}
            caption="Your submitted scores beside the other reviewers’"
            sets={[{ label: 'You', levels: view.levels, comments: view.comments, comment: view.comment, total: view.total, gatesPassed: view.gatesPassed }, ...view.peers]}
          />
        </Card>
      )}
    </>
  );
}

function StatusBadge({ view }: { view: ReviewView }) {
  if (view.status === 'released') return <Badge tone="neutral">Released</Badge>;
  if (view.status === 'claimed') return <Badge tone="info">Claimed</Badge>;
  return <Badge tone={view.editable ? 'success' : 'neutral'}>{view.editable ? 'Submitted · editable until final' : 'Submitted · final'}</Badge>;
}
