import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { Icon, type IconName } from '../../../components/ui/icon';
import { PageLoading } from '../../../components/ui/spinner';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { useApi } from '../../../lib/api-context';
import { formatDateTime, formatMinutes } from '../../../lib/time';
import { TabFocusShortcut } from '../../../components/editor/tab-focus-shortcut';
import { useLanguages } from '../../../lib/languages';
import { getLanding, startAttempt, type LandingView } from '../api/invite';

const RULES: { icon: IconName; title: string; text: string }[] = [
  { icon: 'clock', title: 'The timer cannot be paused', text: 'It starts when you press Start and keeps running if you close the tab. The server keeps the time.' },
  { icon: 'save', title: 'Your work saves itself', text: 'Drafts are saved as you type. Reload or reconnect and you continue exactly where you were.' },
  { icon: 'send', title: 'Your last submission counts', text: 'Run the examples as often as you like; submit against the hidden tests when you are ready. You may submit again.' },
  {
    icon: 'hourglass',
    title: 'At zero, work is submitted for you',
    text: 'When time runs out, your latest code and explanations are submitted automatically and the assessment closes.',
  },
];

/** Headline and icon of the states that cannot be started. */
const CLOSED_STATES: Record<Exclude<LandingView['state'], 'ready' | 'in_progress'>, { icon: IconName; title: string }> = {
  finished: { icon: 'checkCircle', title: 'This assessment is complete' },
  expired: { icon: 'hourglass', title: 'This invite has expired' },
  not_open: { icon: 'calendar', title: 'This assessment is not open yet' },
  closed: { icon: 'lock', title: 'This assessment has closed' },
};

/**
 * The invite landing: what the assessment is, its rules, and Start (or why
 * it cannot start). `onStartable` runs once Start is shown (the app
 * prefetches the attempt page then); the cleanup it returns runs on leaving.
 */
export function InviteLanding({ token, onStartable }: { token: string; onStartable?: () => () => void }) {
  const { label: languageLabel } = useLanguages();
  const api = useApi();
  const navigate = useNavigate();
  const [landing, setLanding] = useState<LandingView>();
  const [loadError, setLoadError] = useState<unknown>();
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<string>();

  useEffect(() => {
    let live = true;
    getLanding(api, token).then(
      (view) => live && setLanding(view),
      (error: unknown) => live && setLoadError(error),
    );
    return () => {
      live = false;
    };
  }, [api, token]);

  const startable = landing?.state === 'ready' || landing?.state === 'in_progress';
  useEffect(() => (startable ? onStartable?.() : undefined), [startable, onStartable]);

  const start = async () => {
    setStarting(true);
    setStartError(undefined);
    try {
      await startAttempt(api, token);
      navigate('/attempt');
    } catch (error) {
      setStartError(errorMessage(error));
      setStarting(false);
    }
  };

  if (loadError) return <InviteProblem error={loadError} />;
  if (!landing) return <PageLoading label="Opening your invite…" />;
  const { assessment } = landing;

  return (
    <div className="landing">
      <Card className="landing-card">
        <header className="landing-head">
          <p className="eyebrow">Coding assessment</p>
          <h1 className="landing-title">{assessment.title}</h1>
          {assessment.description && <p className="landing-lead">{assessment.description}</p>}
          <p className="landing-invitee">
            <Icon name="user" size={15} /> Invited as <strong>{landing.email}</strong>
          </p>
        </header>

        <dl className="facts">
          <div className="fact">
            <dt>
              <Icon name="clock" size={15} /> Time
            </dt>
            <dd>
              {formatMinutes(assessment.durationMinutes + assessment.extraMinutes)}
              {assessment.extraMinutes > 0 && <span className="fact-note">includes {formatMinutes(assessment.extraMinutes)} extra</span>}
            </dd>
          </div>
          <div className="fact">
            <dt>
              <Icon name="list" size={15} /> Challenges
            </dt>
            <dd>{assessment.challengeCount}</dd>
          </div>
          <div className="fact">
            <dt>
              <Icon name="code" size={15} /> Languages
            </dt>
            <dd className="fact-list">{assessment.languages.map(languageLabel).join(' · ')}</dd>
          </div>
        </dl>

        {startable ? (
          <>
            <section aria-labelledby="rules-title" className="rules">
              <h2 id="rules-title" className="section-title">
                Before you start
              </h2>
              <ul className="rule-list">
                {RULES.map((rule) => (
                  <li key={rule.title} className="rule">
                    <span className="rule-icon">
                      <Icon name={rule.icon} size={18} />
                    </span>
                    <span>
                      <strong>{rule.title}</strong> {rule.text}
                    </span>
                  </li>
                ))}
              </ul>
              <p className="rules-note">
                <Icon name="keyboard" size={15} className="inline-icon" /> The page works with the keyboard alone. In the code editor, Tab indents; press <TabFocusShortcut /> to
                make Tab move focus instead.
              </p>
            </section>
            {startError && (
              <Alert tone="danger" title="Could not start" live="assertive">
                {startError}
              </Alert>
            )}
            <div className="landing-actions">
              <Button variant="primary" size="lg" busy={starting} onClick={start} icon={<Icon name="arrowRight" size={18} />}>
                {landing.state === 'in_progress' ? 'Continue the assessment' : 'Start the assessment'}
              </Button>
              <p className="landing-actions-note">
                {landing.state === 'in_progress'
                  ? 'Your attempt is in progress; the timer has kept running.'
                  : `Your ${formatMinutes(assessment.durationMinutes + assessment.extraMinutes)} start when you press Start.`}
              </p>
            </div>
          </>
        ) : (
          <ClosedState landing={landing} />
        )}
      </Card>
    </div>
  );
}

function ClosedState({ landing }: { landing: LandingView }) {
  const state = CLOSED_STATES[landing.state as keyof typeof CLOSED_STATES];
  const when = landing.state === 'not_open' ? landing.assessment.opensAt : landing.state === 'closed' ? landing.assessment.closesAt : null;
  return (
    <div className={`state-panel state-${landing.state}`} role="status">
      <span className="state-icon">
        <Icon name={state.icon} size={22} />
      </span>
      <div>
        <h2 className="state-title">{state.title}</h2>
        <p>{when ? `${landing.state === 'not_open' ? 'It opens' : 'It closed'} on ${formatDateTime(when)}.` : landing.message}</p>
        {landing.state === 'expired' && <p className="muted">Ask the person who sent you the link for a new one.</p>}
        {landing.state === 'closed' && <p className="muted">If you think this is a mistake, contact the person who invited you.</p>}
        {landing.state === 'not_open' && <p className="muted">Come back to this link then; nothing starts before you press Start.</p>}
        {landing.state === 'finished' && <p className="muted">There is nothing more to do here; you can close this tab.</p>}
      </div>
    </div>
  );
}

/** An invite that could not be opened: unknown link, or the server unreachable. */
export function InviteProblem({ error }: { error: unknown }) {
  const unknown = error instanceof ApiError && error.status === 404;
  return (
    <div className="landing">
      <Card className="landing-card landing-card-narrow">
        <div className="state-panel state-panel-plain state-expired" role="alert">
          <span className="state-icon">
            <Icon name={unknown ? 'search' : 'alert'} size={22} />
          </span>
          <div>
            <h1 className="state-title">{unknown ? 'We could not find this invite' : 'The invite could not be opened'}</h1>
            <p>{unknown ? 'The link may be incomplete: open it again from your email, making sure you copied all of it.' : errorMessage(error)}</p>
            <p className="muted">{unknown ? 'If it still does not work, ask the person who invited you for a new link.' : 'Check your connection and reload the page.'}</p>
          </div>
        </div>
      </Card>
    </div>
  );
}
