import type { RubricDraft } from './rubric-draft';

const shown = (n: number) => String(Math.round(n * 1e6) / 1e6);

/** What one criterion is worth at most as typed (top level or largest deduction × weight), or null while a number is missing. */
function criterionMost(draft: RubricDraft, c: RubricDraft['criteria'][number]): number | null {
  const weight = c.weight.trim() === '' ? 1 : Number(c.weight);
  const points = Number(draft.scoring === 'positive' ? c.levels.at(-1)?.points : c.levels[0]?.points);
  if (!Number.isFinite(weight) || !Number.isFinite(points)) return null;
  return weight * (draft.scoring === 'positive' ? points : -points);
}

/** A live summary of the draft: full marks (once it checks out) and what each criterion can add or deduct. */
export function RubricPreview({ draft, fullMarks }: { draft: RubricDraft; fullMarks: number | null }) {
  const negative = draft.scoring === 'negative';
  return (
    <section className="card form-card rubric-preview" aria-label="Preview">
      <p className="rubric-full-marks" aria-live="polite">
        <span className="muted">Full marks</span> <strong>{fullMarks === null ? '—' : shown(fullMarks)}</strong>
        {fullMarks === null && <span className="field-hint"> (once the problems are fixed)</span>}
      </p>
      <p className="field-hint">
        {negative
          ? `Negative scoring: from full marks, deductions × weight, never below ${draft.floor.trim() || '0'}.`
          : 'Positive scoring: the picked levels’ points × weight, added.'}
      </p>
      <ul className="rubric-preview-list">
        {draft.criteria.map((c) => {
          const most = criterionMost(draft, c);
          return (
            <li key={c.key}>
              <span>{c.title.trim() || c.id}</span>
              <span className="mono">
                {most === null ? '—' : `${negative ? '−' : '+'}${shown(most)}`} <span className="muted">({c.levels.length} levels)</span>
              </span>
            </li>
          );
        })}
      </ul>
      {draft.gates.length > 0 && <p className="field-hint">{draft.gates.length === 1 ? '1 gate' : `${draft.gates.length} gates`}: failing one scores the rubric part 0.</p>}
    </section>
  );
}
