import { Badge } from '../ui/badge';
import { Icon } from '../ui/icon';
import { verdictLabel } from './verdicts';

/** Pass counts of hidden tests per group, as bars. */
export function GroupBars({ groups }: { groups: { name: string; passed: number; total: number }[] }) {
  if (!groups.length) return null;
  return (
    <ul className="groups" aria-label="Hidden tests by group">
      {groups.map((g) => (
        <li key={g.name} className="group">
          <span className="group-name">{g.name}</span>
          <span className="group-bar" aria-hidden="true">
            <span style={{ width: `${(g.passed / Math.max(1, g.total)) * 100}%` }} className={g.passed === g.total ? 'full' : ''} />
          </span>
          <span className="group-count">
            {g.passed}/{g.total}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** How many hidden cases ended with each verdict, most frequent first. */
export function VerdictBadges({ verdicts }: { verdicts: Record<string, number> }) {
  const entries = Object.entries(verdicts).sort((a, b) => b[1] - a[1]);
  if (!entries.length) return null;
  return (
    <div className="verdicts" role="group" aria-label="Outcomes of the hidden tests">
      {entries.map(([verdict, count]) => (
        <Badge key={verdict} tone={verdict === 'ok' ? 'success' : 'danger'} icon={<Icon name={verdict === 'ok' ? 'check' : 'x'} size={12} />}>
          {verdictLabel(verdict)} × {count}
        </Badge>
      ))}
    </div>
  );
}
