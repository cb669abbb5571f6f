/**
 * A rubric's shape: its criteria and how many levels each has. Picks are
 * level indexes, so while the shape holds, a changed point value or weight
 * re-scores old picks; a criterion or level added or removed does not fit
 * them, and starts a new rubric version. Browser-safe: the rubric editor
 * warns with it before a save that starts a new version.
 */
export function rubricShape(rubric: { criteria: readonly { id: string; levels: readonly unknown[] }[] }): string {
  return rubric.criteria.map((c) => `${c.id}:${c.levels.length}`).join(',');
}
