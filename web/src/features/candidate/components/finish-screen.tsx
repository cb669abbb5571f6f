import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Card } from '../../../components/ui/card';
import { Icon } from '../../../components/ui/icon';
import { PageLoading, Spinner } from '../../../components/ui/spinner';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/time';
import { useAttempt } from '../hooks/use-attempt';

/** After the attempt: what was handed in, and what happens next. Never loads the editor. */
export function FinishScreen({ timeUp }: { timeUp: boolean }) {
  const { attempt, error, refresh } = useAttempt();

  // Right after time is up the server finishes the attempt within a few seconds: look again until it has.
  useEffect(() => {
    if (attempt?.status !== 'active' || !timeUp) return;
    const timer = setInterval(() => void refresh(), 3000);
    return () => clearInterval(timer);
  }, [attempt?.status, timeUp, refresh]);

  if (error) {
    const noSession = error instanceof ApiError && error.status === 401;
    return (
      <FinishFrame>
        <h1 className="finish-title">{noSession ? 'Nothing to show here' : 'Could not load your results'}</h1>
        <p className="finish-lead">
          {noSession ? 'This browser has no assessment. If you finished one, it is saved; you may close this tab.' : 'Reload the page to try again. Your submitted work is safe.'}
        </p>
      </FinishFrame>
    );
  }
  if (!attempt) return <PageLoading label="Loading…" />;

  if (attempt.status === 'active' && !timeUp) {
    return (
      <FinishFrame>
        <h1 className="finish-title">Your assessment is still open</h1>
        <p className="finish-lead">You have not finished yet, and the timer is running.</p>
        <Link className="btn btn-primary btn-md" to="/attempt">
          Continue the assessment
        </Link>
      </FinishFrame>
    );
  }

  const finalizing = attempt.status === 'active';
  return (
    <FinishFrame>
      <span className={`finish-mark ${finalizing ? 'pending' : ''}`} aria-hidden="true">
        {finalizing ? <Spinner size={30} /> : <Icon name="check" size={34} />}
      </span>
      <h1 className="finish-title">{timeUp ? 'Time is up: your work is submitted' : 'Your assessment is submitted'}</h1>
      <p className="finish-lead" role="status">
        {finalizing
          ? 'Handing in your latest drafts…'
          : `Thank you for completing ${attempt.assessment.title}.${attempt.finishedAt ? ` Handed in on ${formatDateTime(attempt.finishedAt)}.` : ''}`}
      </p>
      <ul className="finish-list" aria-label="Challenges">
        {attempt.challenges.map((c) => (
          <li key={c.id}>
            <span className="finish-item-title">{c.title}</span>
            {c.state === 'submitted' ? (
              <Badge tone="success" icon={<Icon name="check" size={12} />}>
                Submitted
              </Badge>
            ) : c.state === 'in_progress' ? (
              <Badge tone="info">Draft handed in</Badge>
            ) : (
              <Badge>Not attempted</Badge>
            )}
          </li>
        ))}
      </ul>
      <div className="finish-next">
        <h2 className="section-title">What happens next</h2>
        <p>Your code is scored against the hidden tests, and written explanations are read by reviewers. The team that invited you will be in touch. You can close this tab.</p>
      </div>
      {finalizing && (
        <Button onClick={() => void refresh()} icon={<Icon name="refresh" size={14} />}>
          Check again
        </Button>
      )}
    </FinishFrame>
  );
}

function FinishFrame({ children }: { children: ReactNode }) {
  return (
    <div className="landing">
      <Card className="landing-card finish-card">{children}</Card>
    </div>
  );
}
