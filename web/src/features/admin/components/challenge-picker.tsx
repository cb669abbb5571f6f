import { useId, useState } from 'react';
import { writesCode } from '@assay/contract';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { Icon } from '../../../components/ui/icon';
import { useLanguages } from '../../../lib/languages';
import type { ChallengeSummary } from '../api/challenges';

export interface ChallengePickerProps {
  catalog: ChallengeSummary[];
  /** Chosen challenge ids, in the order candidates see them. */
  value: string[];
  onChange: (ids: string[]) => void;
  /** The assessment's languages: a challenge sharing none of them is flagged. */
  languages: string[];
  invalid?: boolean;
  describedBy?: string;
}

/** Chooses challenges from the catalog and puts them in order (up/down buttons, announced to screen readers). */
export function ChallengePicker({ catalog, value, onChange, languages, invalid, describedBy }: ChallengePickerProps) {
  const { label: languageLabel } = useLanguages();
  const id = useId();
  const [query, setQuery] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const byId = new Map(catalog.map((c) => [c.id, c]));
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const available = catalog.filter((c) => !value.includes(c.id) && !c.archived && words.every((w) => `${c.id} ${c.title} ${c.kind}`.toLowerCase().includes(w)));
  const title = (cid: string) => byId.get(cid)?.title ?? cid;

  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
    setAnnouncement(`${title(item!)} moved to position ${index + by + 1} of ${next.length}.`);
  };

  return (
    <div className="picker">
      <section className="picker-col" aria-labelledby={`${id}-chosen`}>
        <h3 id={`${id}-chosen`} className="picker-title">
          In this assessment <span className="tab-count">{value.length}</span>
        </h3>
        {value.length === 0 ? (
          <p className={`picker-empty${invalid ? ' invalid' : ''}`} id={describedBy}>
            Add at least one challenge from the catalog.
          </p>
        ) : (
          <ol className="picker-list" aria-describedby={describedBy}>
            {value.map((cid, i) => {
              const c = byId.get(cid);
              // Only the kinds candidates write code in need one of the assessment's languages.
              const shared = c && writesCode(c.kind) ? c.languages.some((l) => languages.includes(l)) : true;
              return (
                <li key={cid} className="picker-item chosen">
                  <span className="picker-num" aria-hidden="true">
                    {i + 1}
                  </span>
                  <span className="picker-text">
                    <span className="picker-name">{title(cid)}</span>
                    <span className="picker-meta">
                      {c?.kind ?? 'unknown'} · {c ? c.languages.map(languageLabel).join(', ') : 'not in the catalog'}
                    </span>
                    {!shared && (
                      <Badge tone="danger" icon={<Icon name="alert" size={12} />}>
                        Shares no language with this assessment
                      </Badge>
                    )}
                  </span>
                  <span className="picker-actions">
                    <button type="button" className="icon-btn" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move ${title(cid)} up`}>
                      <Icon name="arrowUp" size={15} />
                    </button>
                    <button type="button" className="icon-btn" onClick={() => move(i, 1)} disabled={i === value.length - 1} aria-label={`Move ${title(cid)} down`}>
                      <Icon name="arrowDown" size={15} />
                    </button>
                    <button
                      type="button"
                      className="icon-btn danger"
                      onClick={() => {
                        onChange(value.filter((x) => x !== cid));
                        setAnnouncement(`${title(cid)} removed.`);
                      }}
                      aria-label={`Remove ${title(cid)}`}
                    >
                      <Icon name="x" size={15} />
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section className="picker-col catalog" aria-labelledby={`${id}-catalog`}>
        <div className="picker-head">
          <h3 id={`${id}-catalog`} className="picker-title">
            Catalog
          </h3>
          <label htmlFor={`${id}-search`} className="visually-hidden">
            Search the catalog
          </label>
          <input id={`${id}-search`} type="search" className="input input-sm" placeholder="Search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <ul className="picker-list scroll">
          {available.map((c) => (
            <li key={c.id} className="picker-item">
              <span className="picker-text">
                <span className="picker-name">{c.title}</span>
                <span className="picker-meta">
                  {c.kind} · {c.languages.map(languageLabel).join(', ')}
                </span>
              </span>
              <Button
                size="sm"
                onClick={() => {
                  onChange([...value, c.id]);
                  setAnnouncement(`${c.title} added at position ${value.length + 1}.`);
                }}
                aria-label={`Add ${c.title}`}
                icon={<Icon name="plus" size={14} />}
              >
                Add
              </Button>
            </li>
          ))}
          {available.length === 0 && <li className="picker-empty">{catalog.length === 0 ? 'The catalog is empty.' : 'Nothing left to add.'}</li>}
        </ul>
      </section>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
