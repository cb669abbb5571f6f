import { cohenKappa, readKappa, type RatingTable } from '../stats';
import type { ReviewerStats } from './calibration.schema';
import { figure, MIN_REVIEWER_ITEMS } from './figure';

/** One reviewer's submitted levels on one item (criterion id → level index). */
export interface SubmittedSet {
  itemId: string;
  reviewerId: string;
  levels: Readonly<Record<string, number>>;
}

/** How many levels a criterion of an item's pinned rubric has; undefined when the rubric has no such criterion. */
export type LevelCount = (itemId: string, criterionId: string) => number | undefined;

/**
 * Accuracy against gold: over every criterion of every gold item the
 * reviewer submitted, the share where their level is the reference level,
 * and the mean distance from it in level steps (a near miss and a wild one
 * differ there, not in the share).
 */
export function goldAccuracy(sets: readonly SubmittedSet[], gold: ReadonlyMap<string, Readonly<Record<string, number>>>): ReviewerStats['gold'] {
  let items = 0;
  let criteria = 0;
  let matches = 0;
  let distance = 0;
  for (const set of sets) {
    const reference = gold.get(set.itemId);
    if (!reference) continue;
    items += 1;
    for (const [criterion, level] of Object.entries(reference)) {
      const picked = set.levels[criterion];
      if (picked === undefined) continue; // a submitted set has every criterion; an older pin may not
      criteria += 1;
      if (picked === level) matches += 1;
      distance += Math.abs(picked - level);
    }
  }
  return { items, criteria, accuracy: criteria ? matches / criteria : null, meanDistance: criteria ? distance / criteria : null };
}

/**
 * Agreement with peers: quadratic-weighted Cohen's kappa of this reviewer
 * against the peers who scored the same items, pooled. Every (item,
 * criterion, peer) is one unit rated by two "raters", the reviewer and that
 * peer; levels are scaled to [0, 1] (index / (levels − 1)) so criteria with
 * three levels and with five pool on one scale.
 *
 * Why this and not Krippendorff's alpha of the reviewer with their peers:
 * each unit pairs the reviewer with one peer, so peers disagreeing among
 * themselves on a three-review item do not count against this reviewer;
 * quadratic weights count a near miss on ordinal levels as partial
 * agreement, as the rubric's levels intend; and it is chance-corrected, so
 * a reviewer who gives everyone the middle level does not score high for
 * matching the common answer.
 */
export function peerAgreement(reviewerId: string, sets: readonly SubmittedSet[], levelCount: LevelCount): { items: number; pairs: number; value: number | null; reason?: string } {
  const byItem = new Map<string, SubmittedSet[]>();
  for (const set of sets) byItem.set(set.itemId, [...(byItem.get(set.itemId) ?? []), set]);
  const ratings: [number, number][] = [];
  let items = 0;
  for (const [itemId, itemSets] of byItem) {
    const own = itemSets.find((s) => s.reviewerId === reviewerId);
    const peers = itemSets.filter((s) => s.reviewerId !== reviewerId);
    if (!own || peers.length === 0) continue;
    let counted = false;
    for (const peer of peers) {
      for (const [criterion, level] of Object.entries(own.levels)) {
        const other = peer.levels[criterion];
        const count = levelCount(itemId, criterion);
        if (other === undefined || count === undefined || count < 2) continue;
        ratings.push([level / (count - 1), other / (count - 1)]);
        counted = true;
      }
    }
    if (counted) items += 1;
  }
  const table: RatingTable = { units: ratings.map((_, i) => String(i)), raters: ['reviewer', 'peers'], ratings };
  const kappa = cohenKappa(table, 'quadratic');
  return { items, pairs: ratings.length, value: kappa.value, ...(kappa.reason ? { reason: kappa.reason } : {}) };
}

/**
 * A reviewer's gold and peer figures and whether they are flagged: a
 * figure below the assessment's threshold flags them once it rests on at
 * least MIN_REVIEWER_ITEMS items (gold items for accuracy, shared scored
 * items for agreement); below that it is shown as "not enough data".
 */
export function reviewerFigures(input: {
  reviewerId: string;
  goldSets: readonly SubmittedSet[];
  gold: ReadonlyMap<string, Readonly<Record<string, number>>>;
  scoreSets: readonly SubmittedSet[];
  levelCount: LevelCount;
  threshold: number;
}): Pick<ReviewerStats, 'gold' | 'peers' | 'flagged' | 'flags'> {
  const gold = goldAccuracy(
    input.goldSets.filter((s) => s.reviewerId === input.reviewerId),
    input.gold,
  );
  const peer = peerAgreement(input.reviewerId, input.scoreSets, input.levelCount);
  const shown = figure(peer.value, peer.items, MIN_REVIEWER_ITEMS, readKappa, peer.reason);
  const flags: string[] = [];
  const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
  if (gold.accuracy !== null && gold.items >= MIN_REVIEWER_ITEMS && gold.accuracy < input.threshold) {
    flags.push(`accuracy against gold ${pct(gold.accuracy)} is below the threshold ${input.threshold} (${gold.items} gold items)`);
  }
  if (shown.value !== null && shown.value < input.threshold) {
    flags.push(`agreement with peers (weighted kappa ${shown.value.toFixed(3)}) is below the threshold ${input.threshold} (${peer.items} items)`);
  }
  return {
    gold,
    peers: { items: peer.items, pairs: peer.pairs, kappa: shown.value, reading: shown.reading, note: shown.note },
    flagged: flags.length > 0,
    flags,
  };
}
