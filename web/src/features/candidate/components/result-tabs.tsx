import { useId, type ReactNode } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Icon } from '../../../components/ui/icon';
import type { Outcome } from '../hooks/use-outcomes';

/** One tab of the results: what the last Run or Submit shows, or the hint before there is one. */
export interface ResultTab {
  key: 'run' | 'submit';
  label: string;
  /** A short count beside the label ("3/4"), once there is one. */
  count?: string;
  /** The result to show; undefined until there is one. */
  body: ReactNode | undefined;
  /** The hint shown before the first result. */
  hint: ReactNode;
}

/** The results under the work area: a Run tab and a Submit tab, an error of the last request, each tab's result or its hint. */
export function ResultTabs({ outcome, tabs, onSelect }: { outcome: Outcome; tabs: readonly ResultTab[]; onSelect: (tab: 'run' | 'submit') => void }) {
  const id = useId();
  const active = outcome.active ?? 'run';
  const shown = tabs.find((t) => t.key === active);
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
        {shown &&
          (shown.body ??
            (!outcome.error && (
              <div className="empty">
                <Icon name={shown.key === 'run' ? 'play' : 'send'} size={20} />
                <p>{shown.hint}</p>
              </div>
            )))}
      </div>
    </section>
  );
}
