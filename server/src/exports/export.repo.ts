import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { parseColumn } from '../db/parse-column';
import { attempts, reviewItems, reviews, users } from '../db/schema';
import { z } from 'zod';

/** Where the previous page of attempts ended (they are read in `started_at, id` order). */
export interface AttemptCursor {
  startedAt: Date;
  id: string;
}

/** One attempt as the export lists it; its scores come from `AttemptResults`. */
export interface AttemptExportRecord {
  id: string;
  email: string;
  startedAt: Date;
  finishedAt: Date | null;
  finalAt: Date | null;
}

/** One submitted review of one item, with its reviewer: a label export row per criterion. */
export interface ReviewLabelRecord {
  reviewId: string;
  itemId: string;
  purpose: 'score' | 'gold';
  attemptId: string;
  challengeId: string;
  rubricVersion: number;
  reviewerId: string;
  reviewerName: string;
  role: 'reviewer' | 'adjudicator';
  levels: Record<string, number>;
  submittedAt: Date | null;
}

/** Where the previous page of reviews ended (read in `item_id, id` order). */
export interface LabelCursor {
  itemId: string;
  reviewId: string;
}

const LevelsColumn = z.record(z.string(), z.number().int());

/**
 * Export reads, one page at a time in a stable keyset order, so an export
 * of any size holds one page in memory and no OFFSET rescans what was sent.
 */
export class ExportRepo {
  constructor(private readonly db: Db) {}

  /** Up to `limit` attempts of an assessment after `after`, oldest start first. */
  async attemptPage(assessmentId: string, after: AttemptCursor | null, limit: number): Promise<AttemptExportRecord[]> {
    const a = attempts;
    const past = after ? or(gt(a.startedAt, after.startedAt), and(eq(a.startedAt, after.startedAt), gt(a.id, after.id))) : undefined;
    return this.db
      .select({ id: a.id, email: a.email, startedAt: a.startedAt, finishedAt: a.finishedAt, finalAt: a.finalAt })
      .from(a)
      .where(and(eq(a.assessmentId, assessmentId), past))
      .orderBy(asc(a.startedAt), asc(a.id))
      .limit(limit);
  }

  /** Up to `limit` submitted reviews of an assessment's items after `after` (gold items and adjudications included, marked). */
  async labelPage(assessmentId: string, after: LabelCursor | null, limit: number): Promise<ReviewLabelRecord[]> {
    const past = after ? sql`(${reviews.itemId}, ${reviews.id}) > (${after.itemId}, ${after.reviewId})` : undefined;
    const rows = await this.db
      .select({
        reviewId: reviews.id,
        itemId: reviews.itemId,
        purpose: reviewItems.purpose,
        attemptId: reviewItems.attemptId,
        challengeId: reviewItems.challengeId,
        rubricVersion: reviews.rubricVersion,
        reviewerId: reviews.reviewerId,
        reviewerName: users.name,
        role: reviews.role,
        levels: reviews.levels,
        submittedAt: reviews.submittedAt,
      })
      .from(reviews)
      .innerJoin(reviewItems, eq(reviewItems.id, reviews.itemId))
      .innerJoin(users, eq(users.id, reviews.reviewerId))
      .where(and(eq(reviewItems.assessmentId, assessmentId), eq(reviews.status, 'submitted'), past))
      .orderBy(asc(reviews.itemId), asc(reviews.id))
      .limit(limit);
    return rows.map((r) => ({ ...r, levels: parseColumn(LevelsColumn, r.levels, 'reviews.levels') }));
  }
}
