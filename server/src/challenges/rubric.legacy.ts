import { z } from 'zod';
import type { RubricFileInput } from './rubric.schema';
import { SlugSchema } from './slug';

/**
 * The first `rubric.yaml` format: a criterion has `points` (its maximum)
 * and optionally `levels: [{score, description}]`. Challenge versions
 * stored before the weighted format still hold it, so it must keep parsing
 * and keep its meaning (see `fromLegacyRubric`).
 */
export const LegacyRubricSchema = z.strictObject({
  criteria: z
    .array(
      z.strictObject({
        id: SlugSchema,
        title: z.string().min(1),
        description: z.string().min(1),
        points: z.number().int().positive(),
        levels: z.array(z.strictObject({ score: z.number().int().min(0), description: z.string().min(1) })).optional(),
        notes: z.string().optional(),
      }),
    )
    .min(1),
});
type LegacyRubric = z.infer<typeof LegacyRubricSchema>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * True for a rubric written in the first format: only `criteria` at the top,
 * and a criterion with `points` but none with a `weight` or a level in
 * today's shape. Anything else is read (and reported on) as today's format.
 */
export function isLegacyRubric(raw: unknown): boolean {
  if (!isObject(raw) || !Array.isArray(raw.criteria) || Object.keys(raw).some((k) => k !== 'criteria')) return false;
  const criteria = raw.criteria.filter(isObject);
  const newLevel = (level: unknown) => isObject(level) && ('points' in level || 'descriptor' in level);
  return criteria.some((c) => 'points' in c) && !criteria.some((c) => 'weight' in c || (Array.isArray(c.levels) && c.levels.some(newLevel)));
}

/**
 * The same rubric in today's format, meaning the same: positive scoring,
 * weight 1, the criterion's `points` as its top. Without levels a reviewer
 * could give any whole number up to `points`, so those become the levels.
 * Levels are sorted (equal scores merged); a `points` above every level
 * becomes a top level of its own, and a lone level gets a 0 below it, so
 * the maximum, and so the normalised score, stays what it was. Repeated
 * criterion ids (never checked before) get `-2`, `-3`… so each can be scored.
 */
export function fromLegacyRubric(legacy: LegacyRubric): RubricFileInput {
  const ids = new Set<string>();
  const criteria = legacy.criteria.map((c) => {
    let id = c.id;
    for (let n = 2; ids.has(id); n++) id = `${c.id}-${n}`;
    ids.add(id);
    const levels = new Map<number, string[]>();
    if (!c.levels?.length) for (let k = 0; k <= c.points; k++) levels.set(k, [`${k} of ${c.points} points`]);
    for (const level of c.levels ?? []) levels.set(level.score, [...(levels.get(level.score) ?? []), level.description]);
    if (Math.max(...levels.keys()) < c.points) levels.set(c.points, [`${c.points} points: full marks`]);
    if (levels.size === 1 && !levels.has(0)) levels.set(0, ['0 points']);
    const sorted = [...levels].sort(([a], [b]) => a - b).map(([points, descriptors]) => ({ points, descriptor: descriptors.join(' / ') }));
    return { id, title: c.title, description: c.description, weight: 1, levels: sorted, ...(c.notes === undefined ? {} : { notes: c.notes }) };
  });
  return { scoring: 'positive', floor: 0, criteria, gates: [] };
}
