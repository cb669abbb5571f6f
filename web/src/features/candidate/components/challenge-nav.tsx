import { NavLink } from 'react-router';
import { Icon } from '../../../components/ui/icon';
import type { AttemptChallenge } from '../api/attempt';

const STATE_LABEL: Record<AttemptChallenge['state'], string> = { not_started: 'Not started', in_progress: 'In progress', submitted: 'Submitted' };

/** The attempt's challenges in order, with where the candidate stands on each. */
export function ChallengeNav({ challenges }: { challenges: AttemptChallenge[] }) {
  const submitted = challenges.filter((c) => c.state === 'submitted').length;
  return (
    <nav className="challenge-nav" aria-label="Challenges">
      <div className="challenge-nav-head">
        <h2 className="challenge-nav-title">Challenges</h2>
        <span className="challenge-nav-count">
          {submitted}/{challenges.length} submitted
        </span>
      </div>
      <div className="progress" aria-hidden="true">
        <span style={{ width: `${(submitted / Math.max(1, challenges.length)) * 100}%` }} />
      </div>
      <ol className="challenge-list">
        {challenges.map((c, i) => (
          <li key={c.id}>
            <NavLink to={`/attempt/${encodeURIComponent(c.id)}`} className={({ isActive }) => `challenge-link${isActive ? ' active' : ''}`}>
              <span className={`challenge-num state-${c.state}`} aria-hidden="true">
                {c.state === 'submitted' ? <Icon name="check" size={14} /> : i + 1}
              </span>
              <span className="challenge-link-text">
                <span className="challenge-link-title">{c.title}</span>
                <span className="challenge-link-meta">
                  <span className="visually-hidden">Status: </span>
                  {STATE_LABEL[c.state]}
                  {c.lastSubmission?.passed != null && c.lastSubmission.total != null && ` · ${c.lastSubmission.passed}/${c.lastSubmission.total} tests`}
                </span>
              </span>
            </NavLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
