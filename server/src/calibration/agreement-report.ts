import { setTotal, type RubricForTotal } from '../grading/score-rubric';
import { icc, krippendorffAlpha, pairwiseKappa, readAlpha, readIcc, readKappa, tableFromLabels, type Label, type RatingTable } from '../stats';
import type { AgreementReport, AgreementSection, Figure, ReviewerRef } from './calibration.schema';
import { figure, MIN_AGREEMENT_ITEMS } from './figure';
import type { SubmittedSet } from './reviewer-stats';

/** A submitted reviewer set on a scored item, with what places it: the item's challenge and pinned rubric version. */
export interface PlacedSet extends SubmittedSet {
  challengeId: string;
  rubricVersion: number;
  submittedAt: Date;
}

/** A rubric version the report's sections are built on: the criteria's titles and level counts, and what `setTotal` needs. */
export interface SectionRubric {
  challengeId: string;
  challengeTitle: string;
  version: number;
  rubric: RubricForTotal & { criteria: readonly { id: string; title: string; levels: readonly unknown[] }[] };
}

/** `challengeId@version`, the key of `rubrics` in agreementReport's input. */
export const rubricKey = (challengeId: string, version: number): string => `${challengeId}@${version}`;

/**
 * The agreement figures of an assessment's scored items, pure. Callers pass
 * only submitted reviewer (not adjudicator) sets of `score` items: gold
 * items have a reference instead, and an adjudicator's set is a decision,
 * not an independent rating.
 *
 * - Per criterion (of each challenge's rubric version): the items ×
 *   reviewers table of level indexes; Krippendorff's alpha at three levels
 *   and Cohen's kappa, unweighted and quadratic-weighted, for each pair of
 *   reviewers who shared items.
 * - Overall: the table of each set's rubric score in [0, 1] (the total as
 *   the score counts it, gates applied, divided by full marks, so challenges
 *   with different full marks compare); alpha at three levels; ICC(2,1) and
 *   ICC(2,k) over the items with at least k = `reviewsPerItem` sets, whose
 *   "raters" are the 1st to k-th review in submission order (with a rotating
 *   pool of reviewers no fixed reviewer columns exist; the slot stands in
 *   for the rater, an approximation interval alpha does not need); and each
 *   pair's kappa pooled over every criterion (levels scaled to [0, 1]).
 * Each figure needs MIN_AGREEMENT_ITEMS items, else it reads "not enough data".
 */
export function agreementReport(input: {
  assessmentId: string;
  sets: readonly PlacedSet[];
  rubrics: ReadonlyMap<string, SectionRubric>;
  reviewers: ReadonlyMap<string, ReviewerRef>;
  reviewsPerItem: number;
}): AgreementReport {
  const sets = input.sets.filter((s) => input.rubrics.has(rubricKey(s.challengeId, s.rubricVersion)));
  const ref = (id: string): ReviewerRef => input.reviewers.get(id) ?? { id, name: id, email: '', paused: false };
  const criteria: AgreementSection[] = [];
  for (const r of input.rubrics.values()) {
    const mine = sets.filter((s) => s.challengeId === r.challengeId && s.rubricVersion === r.version);
    for (const c of r.rubric.criteria) {
      const labels: Label[] = mine.filter((s) => s.levels[c.id] !== undefined).map((s) => ({ unit: s.itemId, rater: s.reviewerId, value: s.levels[c.id]! }));
      const table = tableFromLabels(labels);
      criteria.push({
        ...head(table),
        key: `${rubricKey(r.challengeId, r.version)}:${c.id}`,
        label: `${r.challengeTitle}: ${c.title}`,
        kind: 'criterion',
        challengeId: r.challengeId,
        criterionId: c.id,
        rubricVersion: r.version,
        alpha: alphas(table),
        icc: null,
        pairs: pairs(table, ref, (t) => t.units.length),
      });
    }
  }
  const scores: Label[] = [];
  const pooled: Label[] = [];
  for (const s of sets) {
    const r = input.rubrics.get(rubricKey(s.challengeId, s.rubricVersion))!;
    const total = setTotal(r.rubric, s.levels);
    if (total) scores.push({ unit: s.itemId, rater: s.reviewerId, value: total.value });
    for (const c of r.rubric.criteria) {
      const level = s.levels[c.id];
      if (level !== undefined && c.levels.length > 1) pooled.push({ unit: `${s.itemId}\u0000${c.id}`, rater: s.reviewerId, value: level / (c.levels.length - 1) });
    }
  }
  const table = tableFromLabels(scores);
  const overall: AgreementSection = {
    ...head(table),
    key: 'overall',
    label: 'Rubric score (all challenges)',
    kind: 'overall',
    challengeId: null,
    criterionId: null,
    rubricVersion: null,
    alpha: alphas(table),
    icc: iccFigures(sets, scores, input.reviewsPerItem),
    pairs: pairs(tableFromLabels(pooled), ref, (t) => new Set(t.units.map((u) => u.split('\u0000')[0])).size),
  };
  return { assessmentId: input.assessmentId, reviews: sets.length, overall, criteria };
}

function head(table: RatingTable) {
  return { items: table.units.length, reviewers: table.raters.length };
}

function alphas(table: RatingTable): AgreementSection['alpha'] {
  const one = (level: 'nominal' | 'ordinal' | 'interval') => {
    const r = krippendorffAlpha(table, level);
    return figure(r.value, r.units, MIN_AGREEMENT_ITEMS, readAlpha, r.reason);
  };
  return { nominal: one('nominal'), ordinal: one('ordinal'), interval: one('interval') };
}

/** Each pair's kappa; `itemsOf` counts the items behind a pair's table of shared units (pooled units are item × criterion). */
function pairs(table: RatingTable, ref: (id: string) => ReviewerRef, itemsOf: (shared: RatingTable) => number): AgreementSection['pairs'] {
  const weighted = pairwiseKappa(table, 'quadratic');
  return pairwiseKappa(table, 'none').map((plain, i) => {
    const [a, b] = plain.pair;
    const ia = table.raters.indexOf(a);
    const ib = table.raters.indexOf(b);
    const shared = table.units.filter((_, u) => table.ratings[u]![ia] != null && table.ratings[u]![ib] != null);
    const items = itemsOf({ units: shared, raters: [a, b], ratings: [] });
    const note = shared.length === items ? null : `${shared.length} criterion ratings from ${items} items, pooled (levels scaled to [0, 1])`;
    const w = weighted[i]!;
    const noted = (f: Figure): Figure => (note && f.status === 'ok' ? { ...f, note } : f);
    return {
      reviewers: [ref(a), ref(b)] as [ReviewerRef, ReviewerRef],
      unweighted: noted(figure(plain.value, items, MIN_AGREEMENT_ITEMS, readKappa, plain.reason)),
      weighted: noted(figure(w.value, items, MIN_AGREEMENT_ITEMS, readKappa, w.reason)),
    };
  });
}

/** ICC(2,1) and ICC(2,k) over the items with k scored sets, the first k by submission time as the k "raters". */
function iccFigures(sets: readonly PlacedSet[], scores: readonly Label[], k: number): NonNullable<AgreementSection['icc']> {
  const value = new Map(scores.map((l) => [`${l.unit}\u0000${l.rater}`, l.value as number]));
  const byItem = new Map<string, PlacedSet[]>();
  for (const s of sets) if (value.has(`${s.itemId}\u0000${s.reviewerId}`)) byItem.set(s.itemId, [...(byItem.get(s.itemId) ?? []), s]);
  const raters = Array.from({ length: k }, (_, i) => `review ${i + 1}`);
  const units: string[] = [];
  const ratings: number[][] = [];
  for (const [itemId, itemSets] of byItem) {
    if (itemSets.length < k) continue;
    const first = [...itemSets].sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.reviewerId.localeCompare(b.reviewerId)).slice(0, k);
    units.push(itemId);
    ratings.push(first.map((s) => value.get(`${itemId}\u0000${s.reviewerId}`)!));
  }
  if (k < 2) {
    const none = figure(null, units.length, MIN_AGREEMENT_ITEMS, readIcc, 'the assessment asks for one review per item: the ICC needs two or more');
    return { single: none, average: none, raters: k };
  }
  const r = icc({ units, raters, ratings });
  return {
    single: figure(r.single, r.units, MIN_AGREEMENT_ITEMS, readIcc, r.reason),
    average: figure(r.average, r.units, MIN_AGREEMENT_ITEMS, readIcc, r.reason),
    raters: k,
  };
}
