import { useId } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Icon } from '../../../components/ui/icon';
import type { Outcome } from '../hooks/use-outcomes';
import { ProbeResults } from './probe-results';
import { SubmitResults } from './submit-results';

/** Results of a review or compare challenge: the candidate's own tests on the AI answers ("Run my tests"), and the submission. */
export function CritiqueResults({ outcome, onSelect }: { outcome: Outcome; onSelect: (tab: 'run' | 'submit') => void }) {
  const id = useId();
  const active = outcome.active ?? 'run';
  const tabs = [
    { key: 'run' as const, label: 'My tests' },
    { key: 'submit' as const, label: 'Submission' },
  ];
  return (
    <section className="results" aria-label="Results">
      <div className="tabs results-tabs" role="tablist" aria-label="Results">
        {tabs.map((t) => (
          <button
            key={t.key}
            type="button"
            role="tab"
            id={`${id}-${t.key}-tab`}
            aria-selected={active === t.key}
            aria-controls={`${id}-${t.key}`}
            className="tab"
            onClick={() => onSelect(t.key)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-${active}`} aria-labelledby={`${id}-${active}-tab`} className="results-body" tabIndex={0}>
        {outcome.error && (
          <Alert tone="danger" title={active === 'submit' ? 'Not submitted' : 'Not run'} live="assertive">
            {outcome.error}
          </Alert>
        )}
        {active === 'run' &&
          (outcome.probe ? (
            <ProbeResults probe={outcome.probe} />
          ) : (
            !outcome.error && (
              <div className="empty">
                <Icon name="play" size={20} />
                <p>
                  <strong>Run your test cases on the AI answers.</strong> You see each answer’s output and whether the correct program gives your expected value. Runs do not count.
                </p>
              </div>
            )
          ))}
        {active === 'submit' &&
          (outcome.submit ? (
            <SubmitResults submit={outcome.submit} />
          ) : (
            !outcome.error && (
              <div className="empty">
                <Icon name="send" size={20} />
                <p>
                  <strong>Submit your answers when you are done.</strong> They are graded after the assessment. Your last submission counts.
                </p>
              </div>
            )
          ))}
      </div>
    </section>
  );
}
