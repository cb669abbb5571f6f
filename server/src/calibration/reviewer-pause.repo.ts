import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { reviewerPauses } from '../db/schema';

/** A stored pause: who paused whom, when and why. */
export type ReviewerPause = typeof reviewerPauses.$inferSelect;

/**
 * Reviewers an admin paused from taking new items. The review workflow's
 * "next item" asks `isPaused` before claiming; the review, adjudication and
 * report views ask `pausedReviewerIds` to mark a paused reviewer's scores,
 * which stay counted.
 */
export class ReviewerPauseRepo {
  constructor(private readonly db: Db) {}

  /** Pauses a reviewer, or replaces the reason and time of an existing pause. */
  async pause(row: ReviewerPause): Promise<ReviewerPause> {
    const [stored] = await this.db
      .insert(reviewerPauses)
      .values(row)
      .onConflictDoUpdate({ target: reviewerPauses.reviewerId, set: { reason: row.reason, pausedAt: row.pausedAt, pausedBy: row.pausedBy } })
      .returning();
    return stored!;
  }

  /** Lets a reviewer take items again; false when they were not paused. */
  async resume(reviewerId: string): Promise<boolean> {
    const rows = await this.db.delete(reviewerPauses).where(eq(reviewerPauses.reviewerId, reviewerId)).returning({ id: reviewerPauses.reviewerId });
    return rows.length > 0;
  }

  /** The reviewer's pause, or undefined when they may take items. */
  async get(reviewerId: string): Promise<ReviewerPause | undefined> {
    const [row] = await this.db.select().from(reviewerPauses).where(eq(reviewerPauses.reviewerId, reviewerId));
    return row;
  }

  /** Whether "next item" must give this reviewer nothing. */
  async isPaused(reviewerId: string): Promise<boolean> {
    return (await this.get(reviewerId)) !== undefined;
  }

  /** Every pause, by reviewer id. */
  async all(): Promise<Map<string, ReviewerPause>> {
    const rows = await this.db.select().from(reviewerPauses);
    return new Map(rows.map((r) => [r.reviewerId, r]));
  }

  /** The ids of every paused reviewer, so views can mark their scores. */
  async pausedReviewerIds(): Promise<Set<string>> {
    return new Set((await this.all()).keys());
  }
}
