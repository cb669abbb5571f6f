import type { Rubric } from '../challenges/rubric.schema';
import { ValidationError } from '../http/errors';

/** A score set as a request carries it, after the body schema. */
export interface ScoreSetInput {
  levels: Record<string, number>;
  spans: { criterion: string; start: number; end: number }[];
  comments: Record<string, string>;
}

/**
 * Checks a score set against the rubric it is scored with and the
 * explanation it marks: every key a criterion, every level one the
 * criterion has, every span inside the explanation, and (when `complete`)
 * a level for every criterion. Throws a 400 naming each bad field.
 */
export function checkScoreSet(rubric: Rubric, explanation: string | null, set: ScoreSetInput, complete: boolean): void {
  const problems: { field: string; message: string }[] = [];
  const byId = new Map(rubric.criteria.map((c) => [c.id, c]));
  const known = [...byId.keys()].join(', ');
  for (const [id, level] of Object.entries(set.levels)) {
    const c = byId.get(id);
    if (!c) problems.push({ field: `body.levels.${id}`, message: `not a criterion of this rubric (${known})` });
    else if (level >= c.levels.length)
      problems.push({ field: `body.levels.${id}`, message: `level ${level} does not exist; this criterion has levels 0 to ${c.levels.length - 1}` });
  }
  if (complete) {
    for (const id of byId.keys()) if (set.levels[id] === undefined) problems.push({ field: `body.levels.${id}`, message: 'pick a level before submitting' });
  }
  const length = explanation?.length ?? 0;
  set.spans.forEach((span, i) => {
    if (!byId.has(span.criterion)) problems.push({ field: `body.spans.${i}.criterion`, message: `not a criterion of this rubric (${known})` });
    if (span.end > length) problems.push({ field: `body.spans.${i}.end`, message: `past the end of the explanation (${length} characters)` });
  });
  for (const id of Object.keys(set.comments)) {
    if (!byId.has(id)) problems.push({ field: `body.comments.${id}`, message: `not a criterion of this rubric (${known})` });
  }
  if (problems.length) {
    const [first] = problems;
    throw new ValidationError(`${first!.field}: ${first!.message}`, { fields: problems });
  }
}
