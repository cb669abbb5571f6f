import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { parseColumn } from '../db/parse-column';
import { assessmentChallenges, assessments, challenges, challengeVersions, reviewItems, reviews, users } from '../db/schema';

export type ReviewItemRow = typeof reviewItems.$inferSelect;
const Levels = z.record(z.string(), z.number().int().min(0));

/** A submitted reviewer set on one of an assessment's items, with the item's purpose, challenge, pinned version and reference. */
export interface StoredSet {
  itemId: string;
  purpose: 'score' | 'gold';
  challengeId: string;
  rubricVersion: number;
  goldLevels: Record<string, number> | null;
  reviewerId: string;
  levels: Record<string, number>;
  submittedAt: Date;
}

/** What calibration reads and writes: gold items, submitted sets, the assessment's settings, staff. */
export class CalibrationRepo {
  constructor(private readonly db: Db) {}

  /** One review item, gold or scored. */
  async item(id: string): Promise<ReviewItemRow | undefined> {
    const [row] = await this.db.select().from(reviewItems).where(eq(reviewItems.id, id));
    return row && { ...row, goldLevels: row.goldLevels && parseColumn(Levels, row.goldLevels, 'review_items.gold_levels') };
  }

  /** Inserts a gold item; false when the submission has a live gold item already (the `review_items_gold_key` index decides, so two admins at once make one). */
  async insertGold(row: typeof reviewItems.$inferInsert & { purpose: 'gold' }): Promise<boolean> {
    const rows = await this.db.insert(reviewItems).values(row).onConflictDoNothing().returning({ id: reviewItems.id });
    return rows.length > 0;
  }

  /**
   * Retires a gold item: `final` with `finalAt` = when, so "next item" (which
   * serves `open` items only) gives it out no more. False when it was not a
   * live gold item.
   */
  async retireGold(id: string, at: Date): Promise<boolean> {
    const rows = await this.db
      .update(reviewItems)
      .set({ status: 'final', finalAt: at })
      .where(and(eq(reviewItems.id, id), eq(reviewItems.purpose, 'gold'), eq(reviewItems.status, 'open')))
      .returning({ id: reviewItems.id });
    return rows.length > 0;
  }

  /** An assessment's gold items, oldest first, with the number of submitted reviews of each. */
  async goldItems(assessmentId: string): Promise<(ReviewItemRow & { reviews: number })[]> {
    const rows = await this.db
      .select({ item: reviewItems, reviews: count(reviews.id) })
      .from(reviewItems)
      .leftJoin(reviews, and(eq(reviews.itemId, reviewItems.id), eq(reviews.status, 'submitted'), eq(reviews.role, 'reviewer')))
      .where(and(eq(reviewItems.assessmentId, assessmentId), eq(reviewItems.purpose, 'gold')))
      .groupBy(reviewItems.id)
      .orderBy(asc(reviewItems.createdAt), asc(reviewItems.id));
    return rows.map((r) => ({ ...r.item, goldLevels: r.item.goldLevels && parseColumn(Levels, r.item.goldLevels, 'review_items.gold_levels'), reviews: Number(r.reviews) }));
  }

  /** The scored items of these submissions, by submission id (a gold item's source). */
  async scoreItemsOf(submissionIds: string[]): Promise<Map<string, string>> {
    if (submissionIds.length === 0) return new Map();
    const rows = await this.db
      .select({ id: reviewItems.id, submissionId: reviewItems.submissionId })
      .from(reviewItems)
      .where(and(inArray(reviewItems.submissionId, submissionIds), eq(reviewItems.purpose, 'score')));
    return new Map(rows.map((r) => [r.submissionId, r.id]));
  }

  /** The settings calibration reads, or undefined for an unknown assessment. */
  async assessment(id: string): Promise<{ id: string; reviewerThreshold: number; reviewsPerItem: number } | undefined> {
    const [row] = await this.db
      .select({ id: assessments.id, reviewerThreshold: assessments.reviewerThreshold, reviewsPerItem: assessments.reviewsPerItem })
      .from(assessments)
      .where(eq(assessments.id, id));
    return row;
  }

  /** The assessment's challenges in order with their current titles. */
  async challengeTitles(assessmentId: string): Promise<{ id: string; title: string }[]> {
    return this.db
      .select({ id: challenges.id, title: challengeVersions.title })
      .from(assessmentChallenges)
      .innerJoin(challenges, eq(challenges.id, assessmentChallenges.challengeId))
      .innerJoin(challengeVersions, and(eq(challengeVersions.challengeId, challenges.id), eq(challengeVersions.version, challenges.currentVersion)))
      .where(eq(assessmentChallenges.assessmentId, assessmentId))
      .orderBy(asc(assessmentChallenges.position));
  }

  /** Every submitted reviewer (not adjudicator) set on the assessment's items, gold and scored. */
  async submittedSets(assessmentId: string): Promise<StoredSet[]> {
    const rows = await this.db
      .select({
        itemId: reviewItems.id,
        purpose: reviewItems.purpose,
        challengeId: reviewItems.challengeId,
        rubricVersion: reviewItems.rubricVersion,
        goldLevels: reviewItems.goldLevels,
        reviewerId: reviews.reviewerId,
        levels: reviews.levels,
        submittedAt: reviews.submittedAt,
        claimedAt: reviews.claimedAt,
      })
      .from(reviews)
      .innerJoin(reviewItems, eq(reviewItems.id, reviews.itemId))
      .where(and(eq(reviewItems.assessmentId, assessmentId), eq(reviews.role, 'reviewer'), eq(reviews.status, 'submitted')))
      .orderBy(asc(reviewItems.createdAt), asc(reviewItems.id), asc(reviews.submittedAt));
    return rows.map((r) => ({
      itemId: r.itemId,
      purpose: r.purpose,
      challengeId: r.challengeId,
      rubricVersion: r.rubricVersion,
      goldLevels: r.goldLevels && parseColumn(Levels, r.goldLevels, 'review_items.gold_levels'),
      reviewerId: r.reviewerId,
      levels: parseColumn(Levels, r.levels, 'reviews.levels'),
      submittedAt: r.submittedAt ?? r.claimedAt,
    }));
  }

  /** One staff account, or undefined. */
  async user(id: string): Promise<{ id: string; name: string; email: string; role: 'admin' | 'reviewer' } | undefined> {
    const [row] = await this.db.select({ id: users.id, name: users.name, email: users.email, role: users.role }).from(users).where(eq(users.id, id));
    return row;
  }

  /** Every staff account (reviewers and admins), by name. */
  async staff(): Promise<{ id: string; name: string; email: string; role: 'admin' | 'reviewer' }[]> {
    return this.db.select({ id: users.id, name: users.name, email: users.email, role: users.role }).from(users).orderBy(asc(users.name), asc(users.id));
  }
}
