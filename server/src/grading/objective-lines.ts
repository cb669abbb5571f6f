import type { ObjectiveResult } from './objective.schema';

/** How many lines a flag may be off a key line and still find it. */
export const LINE_TOLERANCE = 1;

/** The lines piece's value and its record, as `gradeLines` returns it. */
export interface LinesGrade {
  value: number;
  detail: string;
  lines: NonNullable<ObjectiveResult['lines']>;
}

/**
 * Review kind: the candidate's flagged lines against the key's buggy lines.
 * With buggy lines in the key the value is the F1 of precision (flags within
 * one line of a key line) and recall (key lines with such a flag); nothing
 * flagged scores 0. A key without buggy lines (the answer is correct) scores
 * 1 with no flags and 0 with any: a flag on correct code is a false alarm.
 */
export function gradeLines(flaggedLines: readonly number[], keyLines: readonly number[]): LinesGrade {
  const flagged = [...new Set(flaggedLines)].sort((a, b) => a - b);
  const key = [...new Set(keyLines)].sort((a, b) => a - b);
  const near = (a: number, b: number) => Math.abs(a - b) <= LINE_TOLERANCE;
  const hits = flagged.filter((f) => key.some((k) => near(f, k)));
  const found = key.filter((k) => flagged.some((f) => near(f, k)));
  const precision = flagged.length > 0 ? hits.length / flagged.length : null;
  const recall = key.length > 0 ? found.length / key.length : null;
  const lines = { flagged, key, found, hits, precision, recall };
  if (key.length === 0) {
    return flagged.length === 0
      ? { value: 1, detail: 'no buggy lines in the key and none flagged', lines }
      : { value: 0, detail: `no buggy lines in the key, ${flagged.length} flagged`, lines };
  }
  if (flagged.length === 0) return { value: 0, detail: `nothing flagged; ${key.length} buggy line(s) in the key`, lines };
  const p = precision ?? 0;
  const r = recall ?? 0;
  const value = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { value, detail: `found ${found.length} of ${key.length} buggy line(s); ${hits.length} of ${flagged.length} flag(s) within ${LINE_TOLERANCE} line of one`, lines };
}
