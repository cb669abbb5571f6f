import type { Rubric, RubricCriterion } from '../challenges/challenge.schema';
import { Ratio } from './score-ratio';
import { SCORE_DECIMALS, type GateCheck, type RubricPart, type RubricSetScore } from './score.schema';

/** One final score set: criterion id → index of the picked level (0 = the lowest), for every criterion. */
export interface RubricPicks {
  /** Who scored (a reviewer's or adjudicator's id); reports name them for admins only. */
  reviewer: string;
  levels: Readonly<Record<string, number>>;
}

/** The reviews of one explanation, as the review workflow hands them to the score. */
export interface RubricReviews {
  /** How many final reviews the assessment asks for (the review issue's default: 2). */
  required: number;
  /** Final reviews only: each reviewer's scores once the item is final. */
  reviews: readonly RubricPicks[];
  /** The adjudicator's scores: when present they are the final scores, and the reviews are not averaged. */
  adjudication?: RubricPicks | null;
  /** The reviewers disagreed beyond the threshold and no adjudicator has scored yet. */
  awaitingAdjudication?: boolean;
  /** Why the reviews given are not final yet, though enough are in (their item is still open): the part stays missing. */
  pending?: string | null;
  /** Why nothing will ever be reviewed (no explanation was submitted): the part is final at 0. */
  nothingToReview?: string | null;
}

/** Input the score cannot mean anything with (a pick for no criterion, a level that does not exist, a bad weight). */
export class ScoreInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScoreInputError';
  }
}

/** A ratio as a report prints it: rounded to SCORE_DECIMALS, no trailing zeros. */
export const shown = (value: Ratio): string => String(value.round(SCORE_DECIMALS));

const r = Ratio.fromNumber;
const pointsText = (points: Ratio) => `${shown(points)} ${points.compare(Ratio.ONE) === 0 || points.compare(Ratio.of(-1n)) === 0 ? 'pt' : 'pts'}`;

/** The rubric part of one explanation: every final set scored, their mean, or why it is still missing. */
export function scoreRubricPart(rubric: Rubric, reviews: RubricReviews): { part: RubricPart; value: Ratio | null; missing: string | null; steps: string[] } {
  const adjudication = reviews.adjudication ?? null;
  const sets = adjudication ? [scoreSet(rubric, adjudication, true)] : reviews.reviews.map((picks) => scoreSet(rubric, picks, false));
  if (reviews.nothingToReview && !adjudication && !reviews.reviews.length) {
    const steps = [`rubric: 0 (${reviews.nothingToReview})`];
    return { part: { scoring: rubric.scoring, sets: [], value: 0 }, value: Ratio.ZERO, missing: null, steps };
  }
  let missing: string | null = null;
  if (reviews.pending) missing = reviews.pending;
  else if (!adjudication && reviews.awaitingAdjudication) missing = 'the reviewers disagree; waiting for adjudication';
  else if (!adjudication && reviews.reviews.length < reviews.required) missing = `${reviews.reviews.length} of ${reviews.required} reviews final`;
  const value = missing || !sets.length ? null : Ratio.sum(sets.map((s) => s.value)).div(Ratio.of(BigInt(sets.length)));
  const steps = [
    `rubric: ${rubric.scoring} scoring, full marks ${shown(fullMarks(rubric))}${adjudication ? '; adjudicated: the adjudicator’s scores replace the reviewers’' : ''}`,
  ];
  for (const s of sets) steps.push(...s.steps);
  if (missing) steps.push(`rubric: missing (${missing})`);
  else if (value) steps.push(`rubric = ${sets.length > 1 ? `mean of ${sets.length} sets (${sets.map((s) => shown(s.value)).join(', ')})` : 'the one set'} = ${shown(value)}`);
  return { part: { scoring: rubric.scoring, sets: sets.map((s) => s.result), value: value && value.round(SCORE_DECIMALS) }, value, missing, steps };
}

/** The total of a perfect explanation, exactly. */
function fullMarks(rubric: Rubric): Ratio {
  if (rubric.scoring === 'negative' && rubric.fullMarks !== undefined) return r(rubric.fullMarks);
  const most = (c: RubricCriterion) => r(rubric.scoring === 'positive' ? c.levels.at(-1)!.points : -c.levels[0]!.points);
  return Ratio.sum(rubric.criteria.map((c) => r(c.weight).mul(most(c))));
}

/** One set: points per criterion × weight, added (positive) or deducted from full marks down to the floor (negative), then the gates. */
function scoreSet(rubric: Rubric, picks: RubricPicks, adjudicated: boolean): { result: RubricSetScore; value: Ratio; steps: string[] } {
  const who = `${adjudicated ? 'adjudicator' : 'reviewer'} ${picks.reviewer}`;
  for (const id of Object.keys(picks.levels)) {
    if (!rubric.criteria.some((c) => c.id === id)) throw new ScoreInputError(`${who} scored "${id}", which is not a criterion of the rubric`);
  }
  const picked = rubric.criteria.map((c) => {
    const level = picks.levels[c.id];
    if (level === undefined) throw new ScoreInputError(`${who} has no level for criterion "${c.id}"`);
    if (!Number.isInteger(level) || level < 0 || level >= c.levels.length)
      throw new ScoreInputError(`${who} picked level ${level} of "${c.id}", which has levels 0 to ${c.levels.length - 1}`);
    const points = r(c.levels[level]!.points);
    return { c, level, points, weighted: points.mul(r(c.weight)) };
  });
  const full = fullMarks(rubric);
  const sum = Ratio.sum(picked.map((p) => p.weighted));
  const raw = rubric.scoring === 'positive' ? sum : full.add(sum);
  const floor = r(rubric.floor);
  const floored = rubric.scoring === 'negative' && raw.compare(floor) < 0;
  const total = floored ? floor : raw;
  const gates: GateCheck[] = rubric.gates.map((g) => {
    const reached = g.criterion === undefined ? total : picked.find((p) => p.c.id === g.criterion)!.points;
    return { criterion: g.criterion ?? null, minPoints: g.minPoints, reached: reached.round(SCORE_DECIMALS), passed: reached.compare(r(g.minPoints)) >= 0 };
  });
  const gated = gates.some((g) => !g.passed);
  const value = gated ? Ratio.ZERO : total.div(full);

  const terms = picked.map((p) => `${p.c.id} level ${p.level} (${pointsText(p.points)}) × ${p.c.weight} = ${shown(p.weighted)}`).join('; ');
  const arithmetic =
    rubric.scoring === 'positive'
      ? `total ${shown(total)}`
      : `${shown(full)} − ${shown(Ratio.ZERO.sub(sum))} = ${shown(raw)}${floored ? `, below the floor: ${shown(floor)}` : ''}`;
  const steps = [`  ${who}: ${terms}; ${arithmetic} of ${shown(full)}`];
  for (const g of gates) steps.push(`  gate ${g.criterion ?? 'total'} ≥ ${g.minPoints}: ${g.reached}, ${g.passed ? 'passed' : 'failed'}`);
  steps.push(`  → ${gated ? 'a gate failed: 0' : `${shown(total)} / ${shown(full)} = ${shown(value)}`}`);
  const result: RubricSetScore = {
    reviewer: picks.reviewer,
    adjudicated,
    criteria: picked.map((p) => ({
      criterion: p.c.id,
      level: p.level,
      descriptor: p.c.levels[p.level]!.descriptor,
      points: p.points.round(SCORE_DECIMALS),
      weight: p.c.weight,
      weighted: p.weighted.round(SCORE_DECIMALS),
    })),
    total: total.round(SCORE_DECIMALS),
    fullMarks: full.round(SCORE_DECIMALS),
    floored,
    gates,
    value: value.round(SCORE_DECIMALS),
  };
  return { result, value, steps };
}

/** A rubric as both the server's `Rubric` and the reviewer contract's `ReviewRubric` carry it. */
export interface RubricForTotal {
  scoring: 'positive' | 'negative';
  fullMarks?: number;
  floor: number;
  criteria: readonly { id: string; title?: string; weight: number; levels: readonly { points: number; descriptor?: string }[] }[];
  gates: readonly { criterion?: string | null; minPoints: number }[];
}

/**
 * One set of picks as the rubric totals it (weights, negative scoring,
 * floor and gates applied, exactly, then rounded), or null while a
 * criterion is unpicked or a pick is out of range. The reviewer's running
 * total and the disagreement check use it; browser-safe.
 */
export function setTotal(rubric: RubricForTotal, levels: Readonly<Record<string, number>>): { total: number; gatesPassed: boolean; value: number } | null {
  const complete = rubric.criteria.every((c) => {
    const level = levels[c.id];
    return level !== undefined && Number.isInteger(level) && level >= 0 && level < c.levels.length;
  });
  if (!complete || Object.keys(levels).some((id) => !rubric.criteria.some((c) => c.id === id))) return null;
  const asRubric = {
    scoring: rubric.scoring,
    fullMarks: rubric.scoring === 'negative' ? rubric.fullMarks : undefined,
    floor: rubric.floor,
    criteria: rubric.criteria.map((c) => ({
      id: c.id,
      title: c.title ?? c.id,
      description: '',
      weight: c.weight,
      levels: c.levels.map((l) => ({ points: l.points, descriptor: l.descriptor ?? '' })),
    })),
    gates: rubric.gates.map((g) => ({ minPoints: g.minPoints, ...(g.criterion ? { criterion: g.criterion } : {}) })),
  } as Rubric;
  const { result } = scoreSet(asRubric, { reviewer: '', levels }, false);
  return { total: result.total, gatesPassed: result.gates.every((g) => g.passed), value: result.value };
}
