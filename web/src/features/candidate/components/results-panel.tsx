import { useId } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Icon } from '../../../components/ui/icon';
import type { Outcome } from '../hooks/use-outcomes';
import { RunResults } from './run-results';
import { SubmitResults } from './submit-results';

/** Results under the editor: the public examples' run and the hidden tests' submission, as two tabs. */
export function ResultsPanel({ outcome, examples, hidden, onSelect }: { outcome: Outcome; examples: number; hidden: number; onSelect: (tab: 'run' | 'submit') => void }) {
  const id = useId();
  const active = outcome.active ?? 'run';
  const tabs = [
    {
      key: 'run' as const,
      label: 'Examples',
      count: outcome.run?.status === 'done' ? `${outcome.run.cases.filter((c) => c.passed).length}/${outcome.run.cases.length}` : undefined,
    },
    {
      key: 'submit' as const,
      label: 'Hidden tests',
      count: outcome.submit?.status === 'done' && outcome.submit.passed !== null ? `${outcome.submit.passed}/${outcome.submit.total}` : undefined,
    },
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
            {t.count && <span className="tab-count">{t.count}</span>}
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
          (outcome.run ? (
            <RunResults run={outcome.run} />
          ) : (
            !outcome.error && (
              <div className="empty">
                <Icon name="play" size={20} />
                <p>
                  <strong>Run your code on the {examples} public examples.</strong> You will see each input, the expected output and yours. Runs do not count.
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
                  <strong>Submit to run the {hidden} hidden tests.</strong> You will see how many pass, by group. Your last submission counts.
                </p>
              </div>
            )
          ))}
      </div>
    </section>
  );
}
