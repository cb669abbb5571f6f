import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { assessments, attempts, reviewItems, reviewerPauses, reviews, submissions, users } from '../db/schema';
import { parseSubmission, type SubmissionRow } from '../submissions/submission.repo';

type AttemptRow = typeof attempts.$inferSelect;
type ItemRow = typeof reviewItems.$inferSelect;

/** A submitted review with its reviewer's name. */
export interface NamedReview {
  itemId: string;
  reviewerId: string;
  reviewer: string;
  role: 'reviewer' | 'adjudicator';
  /** Paused from new items now: the scores stay, marked. */
  paused: boolean;
  submittedAt: Date | null;
  levels: Record<string, number>;
  comments: Record<string, string>;
  comment: string;
  reason: string | null;
  spans: { criterion: string; start: number; end: number }[];
}

/** What the candidate report reads beyond the score: the attempt, the final submits in full, the reviews named. */
export class ReportRepo {
  constructor(private readonly db: Db) {}

  async attempt(attemptId: string): Promise<{ attempt: AttemptRow; assessmentTitle: string } | undefined> {
    const [row] = await this.db
      .select({ attempt: attempts, assessmentTitle: assessments.title })
      .from(attempts)
      .innerJoin(assessments, eq(assessments.id, attempts.assessmentId))
      .where(eq(attempts.id, attemptId));
    return row;
  }

  /** The newest submit per challenge, in full (code, explanation, judgement). */
  async lastSubmits(attemptId: string): Promise<SubmissionRow[]> {
    const rows = await this.db
      .selectDistinctOn([submissions.challengeId])
      .from(submissions)
      .where(and(eq(submissions.attemptId, attemptId), eq(submissions.kind, 'submit')))
      .orderBy(submissions.challengeId, desc(submissions.createdAt), desc(submissions.id));
    return rows.map(parseSubmission);
  }

  /** Submissions by id (the ones under review), in full. */
  async submissions(ids: string[]): Promise<SubmissionRow[]> {
    if (!ids.length) return [];
    const rows = await this.db.select().from(submissions).where(inArray(submissions.id, ids));
    return rows.map(parseSubmission);
  }

  /** The attempt's score items, the newest per challenge (as the score takes them). */
  async items(attemptId: string): Promise<ItemRow[]> {
    return this.db
      .selectDistinctOn([reviewItems.challengeId])
      .from(reviewItems)
      .where(and(eq(reviewItems.attemptId, attemptId), eq(reviewItems.purpose, 'score')))
      .orderBy(reviewItems.challengeId, desc(reviewItems.createdAt), desc(reviewItems.id));
  }

  /** The submitted reviews of these items with their reviewers' names, oldest first; claims and drafts are not reviews yet. */
  async reviews(itemIds: string[]): Promise<NamedReview[]> {
    if (!itemIds.length) return [];
    const rows = await this.db
      .select({ review: reviews, reviewer: users.name, pausedAt: reviewerPauses.pausedAt })
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.reviewerId))
      .leftJoin(reviewerPauses, eq(reviewerPauses.reviewerId, reviews.reviewerId))
      .where(and(inArray(reviews.itemId, itemIds), eq(reviews.status, 'submitted')))
      .orderBy(asc(reviews.submittedAt), asc(reviews.id));
    return rows.map(({ review: r, reviewer, pausedAt }) => ({
      itemId: r.itemId,
      reviewerId: r.reviewerId,
      reviewer,
      role: r.role,
      paused: pausedAt !== null,
      submittedAt: r.submittedAt,
      levels: r.levels,
      comments: r.comments,
      comment: r.comment,
      reason: r.reason,
      spans: r.spans,
    }));
  }
}
