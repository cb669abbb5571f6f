import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Dialog } from '../../../components/ui/dialog';
import { Icon } from '../../../components/ui/icon';
import { Logo } from '../../../components/ui/logo';
import { SkipLink } from '../../../components/ui/skip-link';
import { PageLoading } from '../../../components/ui/spinner';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { finishAttempt } from '../api/attempt';
import { prefetchChallenge } from '../api/challenge-prefetch';
import type { DraftBody } from '../api/challenge';
import { createSubmission } from '../api/submissions';
import { useAttempt } from '../hooks/use-attempt';
import { useCountdown } from '../hooks/use-countdown';
import { useDraftSaver } from '../hooks/use-draft-saver';
import { useOutcomes } from '../hooks/use-outcomes';
import { ChallengeNav } from './challenge-nav';
import { ChallengePanel, type Work } from './challenge-panel';
import { Countdown, TimeWarning } from './countdown';
import { SaveIndicator } from './save-indicator';

const lastChallengeKey = (attemptId: string) => `assay.last-challenge.${attemptId}`;

/**
 * The attempt: header with the server-synced timer, the challenge list, the
 * open challenge, Finish. At zero, the open challenge's code is submitted
 * and the finish screen shown; the server's sweeper does the rest.
 */
export function AttemptWorkspace({ challengeId }: { challengeId: string | undefined }) {
  const api = useApi();
  const navigate = useNavigate();
  const { attempt, offsetMs, error, refresh } = useAttempt();
  const remaining = useCountdown(attempt?.deadlineAt, offsetMs);
  const { saver, status } = useDraftSaver(attempt?.id);
  const [works] = useState(() => new Map<string, Work>());
  const onSubmitted = useCallback(() => void refresh(), [refresh]);
  const { outcomes, execute, restore, select } = useOutcomes(onSubmitted);
  const current = useRef<() => { challengeId: string; body: DraftBody }>(undefined);
  const onCurrent = useCallback((fn: (() => { challengeId: string; body: DraftBody }) | undefined) => void (current.current = fn), []);
  const [confirming, setConfirming] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const [finishError, setFinishError] = useState<string>();
  const [dismissed, setDismissed] = useState<number>();
  const timeUp = useRef(false);

  // The challenge in the URL is fetched alongside the attempt, not after it.
  const [firstChallenge] = useState(challengeId);
  useEffect(() => {
    if (firstChallenge) prefetchChallenge(api, firstChallenge);
  }, [api, firstChallenge]);

  useEffect(() => {
    if (attempt?.status === 'finished') navigate('/attempt/finished', { replace: true });
  }, [attempt?.status, navigate]);

  // Resume the challenge the candidate had open (or the first one).
  useEffect(() => {
    if (!attempt || attempt.status !== 'active') return;
    if (challengeId && attempt.challenges.some((c) => c.id === challengeId)) {
      localStorage.setItem(lastChallengeKey(attempt.id), challengeId);
      return;
    }
    const last = localStorage.getItem(lastChallengeKey(attempt.id));
    const target = attempt.challenges.find((c) => c.id === last)?.id ?? attempt.challenges[0]?.id;
    if (target) navigate(`/attempt/${encodeURIComponent(target)}`, { replace: true });
  }, [attempt, challengeId, navigate]);

  // The first save of a challenge moves it to "in progress" in the list.
  const openState = attempt?.challenges.find((c) => c.id === challengeId)?.state;
  useEffect(() => {
    if (status.kind === 'saved' && openState === 'not_started') void refresh();
  }, [status.kind, openState, refresh]);

  // Signed out (the attempt continued in another browser): reload the attempt, which shows why.
  useEffect(() => {
    if (status.kind === 'signed_out') void refresh();
  }, [status.kind, refresh]);

  // Time is up: submit what is open, then the finish screen.
  useEffect(() => {
    if (remaining !== 0 || !attempt || attempt.status !== 'active' || timeUp.current) return;
    timeUp.current = true;
    const open = current.current?.();
    void (async () => {
      await saver?.flush().catch(() => undefined);
      if (open) await createSubmission(api, open.challengeId, 'submit', open.body).catch(() => undefined);
      navigate('/attempt/finished?reason=time', { replace: true });
    })();
  }, [remaining, attempt, saver, api, navigate]);

  const finish = async () => {
    setFinishing(true);
    setFinishError(undefined);
    try {
      await saver?.flush();
      await finishAttempt(api);
      navigate('/attempt/finished', { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) navigate('/attempt/finished', { replace: true });
      setFinishError(errorMessage(e));
      setFinishing(false);
    }
  };

  if (error) return <AttemptProblem error={error} />;
  if (!attempt || !saver) return <PageLoading label="Opening your assessment…" />;
  const submitted = attempt.challenges.filter((c) => c.state === 'submitted').length;
  const locked = remaining === 0 || status.kind === 'closed';

  return (
    <div className="app-shell attempt-shell">
      <SkipLink target="main" />
      <header className="topbar">
        <Logo />
        <span className="topbar-divider" aria-hidden="true" />
        <p className="topbar-title">{attempt.assessment.title}</p>
        <span className="toolbar-spacer" />
        <SaveIndicator status={status} />
        <Countdown remainingMs={remaining} />
        <Button variant="primary" onClick={() => setConfirming(true)} icon={<Icon name="flag" size={15} />}>
          Finish
        </Button>
      </header>
      <TimeWarning remainingMs={remaining} dismissedAt={dismissed} onDismiss={setDismissed} />
      <div className="workspace">
        <aside className="sidebar">
          <ChallengeNav challenges={attempt.challenges} />
          <div className="sidebar-foot">
            <p>
              <Icon name="save" size={14} /> Your work saves as you type.
            </p>
            <p>
              <Icon name="send" size={14} /> The last submission of each challenge counts.
            </p>
          </div>
        </aside>
        <main id="main" tabIndex={-1} className="workspace-main">
          {challengeId ? (
            <ChallengePanel
              key={challengeId}
              challengeId={challengeId}
              saver={saver}
              works={works}
              outcome={outcomes[challengeId] ?? {}}
              onExecute={(id, kind, body) => void execute(id, kind, body)}
              onSelectTab={select}
              onRestore={restore}
              onCurrent={onCurrent}
              locked={locked}
            />
          ) : (
            <PageLoading label="Opening the first challenge…" />
          )}
        </main>
      </div>
      <Dialog
        open={confirming}
        title="Finish the assessment?"
        onClose={() => !finishing && setConfirming(false)}
        actions={
          <>
            <Button onClick={() => setConfirming(false)} disabled={finishing}>
              Keep working
            </Button>
            <Button variant="primary" busy={finishing} onClick={finish}>
              Finish now
            </Button>
          </>
        }
      >
        <p>
          You have submitted <strong>{submitted}</strong> of <strong>{attempt.challenges.length}</strong> challenges.
          {submitted < attempt.challenges.length && ' The latest code of the others is submitted for you.'}
        </p>
        <p>After finishing you cannot change anything, even if time is left.</p>
        {finishError && (
          <Alert tone="danger" live="assertive">
            {finishError}
          </Alert>
        )}
      </Dialog>
    </div>
  );
}

/** The attempt could not be loaded: no session in this browser, the attempt continued elsewhere, or the server unreachable. */
function AttemptProblem({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.code === 'session_replaced') return <ContinuedElsewhere message={error.message} />;
  const noSession = error instanceof ApiError && (error.status === 401 || error.status === 403);
  return (
    <div className="landing">
      <div className="card landing-card landing-card-narrow">
        <div className="state-panel state-panel-plain state-expired" role="alert">
          <span className="state-icon">
            <Icon name={noSession ? 'lock' : 'alert'} size={22} />
          </span>
          <div>
            <h1 className="state-title">{noSession ? 'No assessment is open in this browser' : 'Your assessment could not be loaded'}</h1>
            <p>{noSession ? 'Open the invite link from your email to start or continue. Your work so far is kept on the server.' : errorMessage(error)}</p>
            {!noSession && (
              <p>
                <Button onClick={() => window.location.reload()} icon={<Icon name="refresh" size={14} />}>
                  Try again
                </Button>
              </p>
            )}
            <p className="muted">
              <Link to="/">Assay home</Link>
            </p>
          </div>
        </div>
      </div>
    </div>
  );
}

/** This browser was signed out because the invite link started the attempt in another browser or window. */
function ContinuedElsewhere({ message }: { message: string }) {
  return (
    <div className="landing">
      <div className="card landing-card landing-card-narrow">
        <div className="state-panel state-panel-plain state-expired" role="alert">
          <span className="state-icon">
            <Icon name="lock" size={22} />
          </span>
          <div>
            <h1 className="state-title">Your assessment continued in another browser</h1>
            <p>{errorMessage(new Error(message))}</p>
            <p>
              An attempt is open in one browser at a time. Your work saved on the server is kept; the timer did not stop. If this was not you, tell the person who sent your invite.
            </p>
            <p className="muted">
              <Link to="/">Assay home</Link>
            </p>
          </div>
        </div>
      </div>
    </div>
  );
}
