import type { AttemptReport } from '@assay/contract';
import { Badge } from '../../../components/ui/badge';

/** A score in [0, 1] as a percentage with up to 2 decimals (0.7475 → 74.75 %). */
export function formatScore(value: number): string {
  return `${Number((value * 100).toFixed(2))}%`;
}

/** The computation as the server wrote it, line by line (reviewer ids named where the report knows them). */
export function ScoreSteps({ label, steps, names = {} }: { label: string; steps: string[]; names?: Record<string, string> }) {
  const named = (line: string) =>
    Object.entries(names).reduce((text, [id, name]) => text.replaceAll(`reviewer ${id}`, `reviewer ${name}`).replaceAll(`adjudicator ${id}`, `adjudicator ${name}`), line);
  return (
    <details className="report-steps" open>
      <summary>{label}</summary>
      <ol>
        {steps.map((step, i) => (
          <li key={i}>
            <code>{named(step)}</code>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** The attempt's score: each challenge's share and contribution, then the sum. */
export function AttemptScoreTable({ report }: { report: AttemptReport }) {
  const titles = new Map(report.challenges.map((c) => [c.challengeId, c.title]));
  return (
    <section className="card panel report-summary" aria-labelledby="report-score-title">
      <h2 id="report-score-title" className="card-title">
        Score {formatScore(report.score.score)} <Badge tone={report.status === 'final' ? 'success' : 'warning'}>{report.status === 'final' ? 'Final' : 'Provisional'}</Badge>
      </h2>
      <table className="data-table compact report-table">
        <caption className="visually-hidden">Each challenge’s score and its share of the attempt’s</caption>
        <thead>
          <tr>
            <th scope="col">Challenge</th>
            <th scope="col" className="num">
              Score
            </th>
            <th scope="col" className="num">
              Share
            </th>
            <th scope="col" className="num">
              Counts
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {report.score.challenges.map((c) => (
            <tr key={c.challengeId}>
              <th scope="row">{titles.get(c.challengeId) ?? c.challengeId}</th>
              <td className="num">{formatScore(c.score)}</td>
              <td className="num">{formatScore(c.share)}</td>
              <td className="num">{formatScore(c.contribution)}</td>
              <td>{c.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.score.missing.length > 0 && (
        <ul className="report-missing" aria-label="Still missing">
          {report.score.missing.map((m) => (
            <li key={`${m.challengeId}-${m.part}`}>
              {titles.get(m.challengeId) ?? m.challengeId}, {m.part}: {m.reason}
            </li>
          ))}
        </ul>
      )}
      <ScoreSteps label="How the attempt was scored" steps={report.score.steps} />
    </section>
  );
}
