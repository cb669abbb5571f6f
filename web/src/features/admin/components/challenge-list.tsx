import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { EmptyState } from '../../../components/ui/empty-state';
import { Icon } from '../../../components/ui/icon';
import { LoadState } from '../../../components/ui/load-state';
import { PageHeader } from '../../../components/ui/page-header';
import { useApi } from '../../../lib/api-context';
import { formatRelative } from '../../../lib/relative-time';
import { formatDateTime } from '../../../lib/time';
import { useResource } from '../../../lib/use-resource';
import { useStaffUser } from '../../../lib/staff-session';
import { useLanguages } from '../../../lib/languages';
import { listChallenges, type ChallengeSummary } from '../api/challenges';

const KIND_TONES: Record<string, 'brand' | 'info' | 'warning' | 'success' | 'neutral'> = {
  implement: 'brand',
  debug: 'warning',
  review: 'info',
  compare: 'success',
  explain: 'neutral',
};

/** Every challenge (current versions) with a search over id, title, kind and language; admins open one to edit it. */
export function ChallengeList() {
  const api = useApi();
  const user = useStaffUser();
  const admin = user.role === 'admin';
  const id = useId();
  const [query, setQuery] = useState('');
  const challenges = useResource(() => listChallenges(api), 'challenges');

  return (
    <div className="staff-page">
      <PageHeader
        title="Challenges"
        meta="The catalog: each challenge is a set of files, versioned on every change. Attempts keep the version they started with."
        actions={
          admin && (
            <Link to="/admin/challenges/new" className="btn btn-primary btn-md">
              <Icon name="plus" size={15} />
              New challenge
            </Link>
          )
        }
      />
      <LoadState data={challenges.data} error={challenges.error} label="Loading challenges…" retry={() => void challenges.reload()}>
        {(list) => <ChallengeTable list={list} query={query} onQuery={setQuery} searchId={`${id}-search`} admin={admin} />}
      </LoadState>
    </div>
  );
}

function matches(c: ChallengeSummary, words: string[], languageLabel: (id: string) => string): boolean {
  const hay = [c.id, c.title, c.kind, c.mode, ...c.languages, ...c.languages.map(languageLabel)].join(' ').toLowerCase();
  return words.every((w) => hay.includes(w));
}

function ChallengeTable({ list, query, onQuery, searchId, admin }: { list: ChallengeSummary[]; query: string; onQuery: (q: string) => void; searchId: string; admin: boolean }) {
  const { label: languageLabel } = useLanguages();
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = list.filter((c) => matches(c, words, languageLabel));
  if (list.length === 0) {
    return (
      <EmptyState
        icon="file"
        title="No challenges yet"
        action={
          admin && (
            <Link to="/admin/challenges/new" className="btn btn-primary btn-md">
              New challenge
            </Link>
          )
        }
      >
        Create one here, or import the catalog with <code>npx assay challenges import</code>.
      </EmptyState>
    );
  }
  return (
    <section className="card table-card" aria-labelledby={`${searchId}-title`}>
      <div className="table-toolbar">
        <h2 id={`${searchId}-title`} className="visually-hidden">
          All challenges
        </h2>
        <div className="search">
          <Icon name="search" size={16} />
          <label htmlFor={searchId} className="visually-hidden">
            Search challenges
          </label>
          <input
            id={searchId}
            className="input search-input"
            type="search"
            placeholder="Search by id, title, kind or language"
            value={query}
            onChange={(e) => onQuery(e.target.value)}
          />
        </div>
        <p className="table-count" aria-live="polite">
          {shown.length === list.length ? `${list.length} challenge${list.length === 1 ? '' : 's'}` : `${shown.length} of ${list.length}`}
        </p>
      </div>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Challenges</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Id</th>
              <th scope="col">Kind</th>
              <th scope="col">Languages</th>
              <th scope="col" className="num">
                Version
              </th>
              <th scope="col">Updated</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  {admin ? (
                    <Link to={`/admin/challenges/${encodeURIComponent(c.id)}`} className="row-link">
                      {c.title}
                    </Link>
                  ) : (
                    c.title
                  )}
                  {c.archived && <Badge>archived</Badge>}
                </th>
                <td>
                  <code className="id-code">{c.id}</code>
                </td>
                <td>
                  <Badge tone={KIND_TONES[c.kind] ?? 'neutral'}>{c.kind}</Badge>
                </td>
                <td className="lang-cell">{c.languages.map(languageLabel).join(', ')}</td>
                <td className="num">v{c.version}</td>
                <td>
                  <time dateTime={c.updatedAt} title={formatDateTime(c.updatedAt)}>
                    {formatRelative(c.updatedAt)}
                  </time>
                </td>
              </tr>
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={6} className="table-empty">
                  No challenge matches “{query}”.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
