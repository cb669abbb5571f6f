import { z } from 'zod';
import { fromLegacyRubric, isLegacyRubric, LegacyRubricSchema } from './rubric.legacy';
import { SlugSchema as Slug } from './slug';

const Points = z.number().finite();
/** Tolerance of the file checks below (the score maths itself is exact: grading/score-ratio.ts). */
const EPSILON = 1e-9;

/** One level of a criterion: the points it is worth and what earns them. */
export const RubricLevelSchema = z.strictObject({ points: Points, descriptor: z.string().trim().min(1) });
export type RubricLevel = z.infer<typeof RubricLevelSchema>;

/** One criterion: its levels go from the lowest points to the highest; `notes` are for reviewers only. */
export const RubricCriterionSchema = z.strictObject({
  id: Slug,
  title: z.string().trim().min(1),
  description: z.string().trim().min(1),
  /** Multiplies the criterion's points in the rubric's total; default 1. */
  weight: z.number().finite().min(0).default(1),
  levels: z.array(RubricLevelSchema).min(2, 'a criterion needs at least two levels to tell answers apart'),
  notes: z.string().optional(),
});
export type RubricCriterion = z.infer<typeof RubricCriterionSchema>;

/**
 * A gate: with `criterion`, that criterion's picked level must be worth at
 * least `minPoints`; without, the rubric's total (weighted, after the floor)
 * must reach it. A failed gate makes the rubric part score 0.
 */
export const RubricGateSchema = z.strictObject({ criterion: Slug.optional(), minPoints: Points });
export type RubricGate = z.infer<typeof RubricGateSchema>;

const RubricShape = z.strictObject({
  scoring: z.enum(['positive', 'negative']).default('positive'),
  fullMarks: z.number().finite().positive().optional(),
  floor: z.number().finite().min(0).default(0),
  criteria: z.array(RubricCriterionSchema).min(1),
  gates: z.array(RubricGateSchema).default([]),
});
type RubricIn = z.output<typeof RubricShape>;

/**
 * `rubric.yaml` in today's format. `positive`: the total is the weighted sum
 * of the picked levels' points, out of the weighted sum of each criterion's
 * top level. `negative`: levels are deductions (points ≤ 0, the best level
 * 0); the total starts from `fullMarks` (default: every deduction at its
 * largest, weighted) and never goes below `floor` (default 0).
 */
export const RubricFileSchema = RubricShape.superRefine((rubric, ctx) => {
    const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (!checkCriteria(rubric, issue)) return; // full marks and gates mean nothing over broken levels
    const full = rubricFullMarks(rubric);
    if (rubric.scoring === 'positive') {
      if (rubric.fullMarks !== undefined) issue(['fullMarks'], "only with scoring: negative; positive scoring's full marks are the criteria's top levels");
      if (rubric.floor !== 0) issue(['floor'], 'only with scoring: negative; positive scoring starts from 0');
    } else if (rubric.floor >= full - EPSILON) {
      issue(['floor'], `must be below the full marks (${full})`);
    }
    if (!(full > EPSILON)) issue(['criteria'], 'every criterion weighs 0: nothing can be scored');
    checkGates(rubric, full, issue);
  })
  .transform((rubric) => (rubric.scoring === 'negative' ? { ...rubric, fullMarks: rubricFullMarks(rubric) } : rubric));

/** `rubric.yaml` as written in today's format, before defaults. */
export type RubricFileInput = z.input<typeof RubricFileSchema>;

/** A loaded rubric: today's format with its defaults filled (`fullMarks` set when negative). */
export type Rubric = z.output<typeof RubricFileSchema>;

/**
 * `rubric.yaml`: criteria for the written explanation. Takes today's format
 * and the first one (criteria with `points` and optional `levels: [{score,
 * description}]`, which challenge versions stored before it still hold),
 * and gives today's format in both cases. Its output parses to itself, so
 * stored content can be parsed again on read.
 */
export const RubricSchema = z.unknown().transform((raw, ctx): Rubric => {
  const parsed = isLegacyRubric(raw) ? LegacyRubricSchema.transform(fromLegacyRubric).pipe(RubricFileSchema).safeParse(raw) : RubricFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, input: undefined } as z.core.$ZodRawIssue);
  return z.NEVER;
});

type Issue = (path: PropertyKey[], message: string) => void;

/** Ids once each; levels strictly rising, ≥ 0 when positive, ≤ 0 with a best level of 0 when negative. */
function checkCriteria(rubric: RubricIn, report: Issue): boolean {
  let ok = true;
  const issue: Issue = (path, message) => {
    ok = false;
    report(path, message);
  };
  const seen = new Set<string>();
  rubric.criteria.forEach((c, i) => {
    if (seen.has(c.id)) issue(['criteria', i, 'id'], `duplicate criterion id "${c.id}"`);
    seen.add(c.id);
    c.levels.forEach((level, j) => {
      const at = ['criteria', i, 'levels', j, 'points'];
      if (j > 0 && level.points <= c.levels[j - 1]!.points) issue(at, 'must be above the level before it (levels go from the lowest points to the highest)');
      if (rubric.scoring === 'positive' && level.points < 0) issue(at, 'must be at least 0 with positive scoring (negative scoring deducts)');
      if (rubric.scoring === 'negative' && level.points > 0) issue(at, 'must be at most 0 with negative scoring: a level deducts its points');
    });
    const top = c.levels.at(-1)!.points;
    if (rubric.scoring === 'negative' && top < 0) issue(['criteria', i, 'levels', c.levels.length - 1, 'points'], 'the best level deducts nothing with negative scoring: points 0');
  });
  return ok;
}

/** A gate must name a criterion that exists and be able both to pass and to fail. */
function checkGates(rubric: RubricIn, full: number, issue: Issue): void {
  rubric.gates.forEach((gate, i) => {
    const at = ['gates', i, 'minPoints'];
    if (gate.criterion === undefined) {
      const lowest = rubricLowestTotal(rubric, full);
      if (gate.minPoints > full + EPSILON) issue(at, `the total never reaches ${gate.minPoints} (full marks: ${full})`);
      else if (gate.minPoints <= lowest + EPSILON) issue(at, `every total reaches ${gate.minPoints} (the lowest is ${lowest}): the gate never fails`);
      return;
    }
    const criterion = rubric.criteria.find((c) => c.id === gate.criterion);
    if (!criterion) {
      issue(['gates', i, 'criterion'], `no criterion has id "${gate.criterion}"`);
      return;
    }
    const [bottom, top] = [criterion.levels[0]!.points, criterion.levels.at(-1)!.points];
    if (gate.minPoints > top) issue(at, `no level of "${criterion.id}" reaches ${gate.minPoints} points (its top is ${top})`);
    else if (gate.minPoints <= bottom) issue(at, `every level of "${criterion.id}" reaches ${gate.minPoints} points: the gate never fails`);
  });
}

/** The most a criterion is worth, unweighted: its top level (positive), or its largest deduction (negative). */
export function criterionPoints(rubric: Pick<Rubric, 'scoring'>, criterion: Pick<RubricCriterion, 'levels'>): number {
  return rubric.scoring === 'positive' ? criterion.levels.at(-1)!.points : -criterion.levels[0]!.points;
}

/** The total of a perfect explanation (a double, for display and checks; the score maths is exact). */
export function rubricFullMarks(rubric: Pick<RubricIn, 'scoring' | 'fullMarks' | 'criteria'>): number {
  if (rubric.scoring === 'negative' && rubric.fullMarks !== undefined) return rubric.fullMarks;
  return rubric.criteria.reduce((sum, c) => sum + c.weight * criterionPoints(rubric, c), 0);
}

/** The lowest total the rubric can give: every criterion at its bottom level (after the floor). */
function rubricLowestTotal(rubric: RubricIn, full: number): number {
  const bottoms = rubric.criteria.reduce((sum, c) => sum + c.weight * c.levels[0]!.points, 0);
  return rubric.scoring === 'positive' ? bottoms : Math.max(rubric.floor, full + bottoms);
}
