import type { ReportSpan } from '@assay/contract';
import { segmentsOf, spanLabel } from './report-highlight';

/**
 * The explanation as written (plain text: span offsets point into the raw
 * text, which Markdown rendering would shift), each reviewer's spans
 * highlighted with a label a screen reader announces, and a key below.
 */
export function ReportExplanation({ text, spans, criterionTitle }: { text: string; spans: ReportSpan[]; criterionTitle: (id: string) => string }) {
  const criteria = [...new Set(spans.map((s) => s.criterion))];
  const tone = (id: string) => `report-mark-${criteria.indexOf(id) % 5}`;
  return (
    <section aria-label="Explanation">
      <h3 className="section-title">Explanation {spans.length > 0 && <span className="muted">· {spans.length === 1 ? '1 marked span' : `${spans.length} marked spans`}</span>}</h3>
      <p className="report-explanation">
        {segmentsOf(text, spans).map((segment) => {
          if (!segment.spans.length) return <span key={segment.start}>{segment.text}</span>;
          const label = spanLabel(segment.spans, criterionTitle);
          return (
            <mark key={segment.start} className={`report-mark ${tone(segment.spans[0]!.criterion)}${segment.spans.length > 1 ? ' report-mark-many' : ''}`} title={label}>
              <span className="visually-hidden">[{label}: </span>
              {segment.text}
              <span className="visually-hidden">]</span>
            </mark>
          );
        })}
      </p>
      {criteria.length > 0 && (
        <ul className="report-mark-key" aria-label="Key to the marks">
          {criteria.map((id) => (
            <li key={id}>
              <mark className={`report-mark ${tone(id)}`}>{criterionTitle(id)}</mark>{' '}
              <span className="muted small">marked by {[...new Set(spans.filter((s) => s.criterion === id).map((s) => s.reviewer))].join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
