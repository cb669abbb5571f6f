import { Card } from '../../../components/ui/card';
import { Icon } from '../../../components/ui/icon';
import { exportUrl } from '../api/webhooks';

const EXPORTS = [
  { what: 'attempts', title: 'Attempts and scores', hint: 'One row per attempt: status, score, and per challenge its score and parts.' },
  { what: 'labels', title: 'Reviewer labels', hint: 'One row per reviewer, item and criterion: the level picked and its points.' },
] as const;

/** Download links of the assessment's exports (admins): each as CSV for spreadsheets or JSONL for scripts. */
export function ExportLinks({ assessmentId }: { assessmentId: string }) {
  return (
    <Card className="panel" aria-labelledby="exports-title">
      <h2 id="exports-title" className="card-title">
        Exports
      </h2>
      <ul className="export-list">
        {EXPORTS.map((e) => (
          <li key={e.what} className="export-item">
            <div>
              <strong>{e.title}</strong>
              <p className="muted small">{e.hint}</p>
            </div>
            <div className="export-actions">
              {(['csv', 'jsonl'] as const).map((format) => (
                <a
                  key={format}
                  className="btn btn-secondary btn-sm"
                  href={exportUrl(assessmentId, e.what, format)}
                  download
                  aria-label={`Download ${e.title.toLowerCase()} as ${format.toUpperCase()}`}
                >
                  <Icon name="download" size={14} />
                  {format.toUpperCase()}
                </a>
              ))}
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
