import type { CandidateChallengeView } from '../api/challenge';

/** Points as a person reads them: at most 2 decimals, "1 point" / "2.5 points". */
export function pointsText(points: number): string {
  const shown = Number(points.toFixed(2));
  return `${shown} point${shown === 1 ? '' : 's'}`;
}

/**
 * "How it is scored": each criterion with what it can count in the total
 * (its weight applied, as the server sends it) and the rubric's full marks,
 * so the parts add up to the whole the reviewers score against.
 */
export function RubricSummary({ rubric, fullMarks }: { rubric: CandidateChallengeView['rubric']; fullMarks: number | null }) {
  const total = fullMarks ?? rubric.reduce((sum, c) => sum + c.points, 0);
  return (
    <details className="rubric">
      <summary>How it is scored ({pointsText(total)})</summary>
      <ul>
        {rubric.map((c) => (
          <li key={c.id}>
            <strong>{c.title}</strong> ({pointsText(c.points)}
            {c.weight !== 1 && `, weight ${Number(c.weight.toFixed(2))}`}): {c.description}
          </li>
        ))}
      </ul>
    </details>
  );
}
