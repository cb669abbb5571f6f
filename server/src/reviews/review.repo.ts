import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { parseColumn } from '../db/parse-column';
import { assessments, attempts, reviewItems, reviewerPauses, reviews, submissions, users } from '../db/schema';
import { parseResponseOrders } from '../attempts/response-order';
import { parseSubmission, type SubmissionRow } from '../submissions/submission.repo';

export type ReviewItemRow = typeof reviewItems.$inferSelect;
type StoredReview = typeof reviews.$inferSelect;
/** A review row with its JSON columns checked. */
export type ReviewRow = StoredReview;
/** A submitted set with its author's name (for admins' labels). */
export type ReviewSetRow = ReviewRow & { reviewerName: string; reviewerPaused: boolean };

const LevelsColumn = z.record(z.string(), z.number().int());
const SpansColumn = z.array(z.object({ criterion: z.string(), start: z.number().int(), end: z.number().int() }));
const CommentsColumn = z.record(z.string(), z.string());

const parseReview = (row: StoredReview): ReviewRow => ({
  ...row,
  levels: parseColumn(LevelsColumn, row.levels, 'reviews.levels'),
  spans: parseColumn(SpansColumn, row.spans, 'reviews.spans'),
  comments: parseColumn(CommentsColumn, row.comments, 'reviews.comments'),
});

/** What the scores read of one challenge's review item (see `ReviewRepo.scoreInputs`). */
export interface ScoreInput {
  challengeId: string;
  itemId: string;
  rubricVersion: number;
  status: ReviewItemRow['status'];
  required: number;
  /** Submitted sets of role `reviewer`, oldest claim first. */
  reviews: { reviewerId: string; levels: Record<string, number> }[];
  /** The adjudicator's submitted set, or null. */
  adjudication: { reviewerId: string; levels: Record<string, number> } | null;
}

/** The rows of a raw query (PGlite and node-postgres both answer `{ rows }`). */
const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/** Reviews that hold a place on an item: submitted, or claimed and not yet expired. */
const active = (now: Date) =>
  sql`(select count(*) from ${reviews} r where r.item_id = ${reviewItems.id} and r.role = 'reviewer'
        and (r.status = 'submitted' or (r.status = 'claimed' and r.expires_at > ${now})))`;

/** Review items and reviews in storage: the queue, claims, score sets and what the scores read. */
export class ReviewRepo {
  constructor(private readonly db: Db) {}

  /** Challenges that have a finished attempt's judged submit without a score item yet. */
  async challengesNeedingItems(): Promise<string[]> {
    const result = await this.db.execute(sql`
      select distinct s.challenge_id from submissions s join attempts a on a.id = s.attempt_id
      where a.finished_at is not null and s.kind = 'submit' and s.status = 'done'
        and not exists (select 1 from review_items ri where ri.attempt_id = s.attempt_id and ri.challenge_id = s.challenge_id and ri.purpose = 'score')`);
    return rowsOf<{ challenge_id: string }>(result).map((r) => r.challenge_id);
  }

  /**
   * One score item per finished attempt's last judged submit of this
   * challenge, pinned to `rubricVersion`; none while a submit of it is
   * still queued or running (the deadline sweep's last submit counts), and
   * none when it has no explanation (the score counts that part as 0, final).
   * Idempotent: the unique index on the submission drops a second insert.
   */
  async insertItems(challengeId: string, rubricVersion: number, now: Date): Promise<number> {
    const result = await this.db.execute(sql`
      insert into review_items (id, purpose, submission_id, attempt_id, assessment_id, challenge_id, rubric_version, required, status, created_at)
      select gen_random_uuid()::text, 'score', s.id, s.attempt_id, a.assessment_id, s.challenge_id, ${rubricVersion}, asm.reviews_per_item, 'open', ${now}
      from (select distinct on (attempt_id) * from submissions
            where challenge_id = ${challengeId} and kind = 'submit' and status = 'done' and attempt_id is not null
            order by attempt_id, created_at desc) s
      join attempts a on a.id = s.attempt_id and a.finished_at is not null
      join assessments asm on asm.id = a.assessment_id
      where coalesce(s.explanation, '') ~ '[^[:space:]]'
        and not exists (select 1 from submissions q where q.attempt_id = s.attempt_id and q.challenge_id = s.challenge_id
                          and q.kind = 'submit' and q.status in ('queued', 'running'))
        and not exists (select 1 from review_items ri where ri.attempt_id = s.attempt_id and ri.challenge_id = s.challenge_id and ri.purpose = 'score')
      on conflict do nothing
      returning id`);
    return rowsOf(result).length;
  }

  /** The review settings of an item's assessment. */
  async settings(assessmentId: string): Promise<{ claimMinutes: number; disagreementPoints: number } | undefined> {
    const [row] = await this.db
      .select({ claimMinutes: assessments.claimMinutes, disagreementPoints: assessments.disagreementPoints })
      .from(assessments)
      .where(eq(assessments.id, assessmentId));
    return row;
  }

  async isPaused(reviewerId: string): Promise<boolean> {
    const [row] = await this.db.select({ id: reviewerPauses.reviewerId }).from(reviewerPauses).where(eq(reviewerPauses.reviewerId, reviewerId));
    return Boolean(row);
  }

  /** Unsubmitted claims past their lock become `released`: their items take reviews again. */
  async releaseExpired(now: Date): Promise<void> {
    await this.db
      .update(reviews)
      .set({ status: 'released', updatedAt: now })
      .where(and(eq(reviews.status, 'claimed'), sql`${reviews.expiresAt} <= ${now}`));
  }

  /** The reviewer's claim that still holds, if any. */
  async liveClaim(reviewerId: string, now: Date): Promise<ReviewRow | undefined> {
    const [row] = await this.db
      .select()
      .from(reviews)
      .where(and(eq(reviews.reviewerId, reviewerId), eq(reviews.role, 'reviewer'), eq(reviews.status, 'claimed'), sql`${reviews.expiresAt} > ${now}`))
      .orderBy(asc(reviews.claimedAt))
      .limit(1);
    return row && parseReview(row);
  }

  /**
   * Open items this reviewer may take, oldest first: score items with room
   * (active reviews below `required`), gold items whatever their count, and
   * never an item whose submission the reviewer already has a row on.
   */
  async claimable(reviewerId: string, now: Date, limit: number): Promise<string[]> {
    const rows = await this.db
      .select({ id: reviewItems.id })
      .from(reviewItems)
      .innerJoin(submissions, eq(submissions.id, reviewItems.submissionId))
      .where(
        and(
          eq(reviewItems.status, 'open'),
          sql`not exists (select 1 from ${reviews} r join review_items o on o.id = r.item_id where r.reviewer_id = ${reviewerId} and o.submission_id = ${reviewItems.submissionId})`,
          sql`(${reviewItems.purpose} = 'gold' or ${active(now)} < ${reviewItems.required})`,
        ),
      )
      .orderBy(asc(reviewItems.createdAt), asc(submissions.createdAt), asc(reviewItems.id))
      .limit(limit);
    return rows.map((r) => r.id);
  }

  /**
   * Claims one item in a transaction that locks the item's row first, then
   * checks again that it has room and the reviewer no row on its
   * submission: two reviewers at once never over-fill an item.
   */
  async claim(itemId: string, row: { id: string; reviewerId: string; claimedAt: Date; expiresAt: Date }): Promise<ReviewRow | undefined> {
    return this.db.transaction(async (tx) => {
      const [item] = await tx.select().from(reviewItems).where(eq(reviewItems.id, itemId)).for('update');
      if (!item || item.status !== 'open') return undefined;
      const [{ n, mine }] = rowsOf<{ n: number; mine: number }>(
        await tx.execute(sql`
          select (select count(*)::int from reviews r where r.item_id = ${itemId} and r.role = 'reviewer'
                    and (r.status = 'submitted' or (r.status = 'claimed' and r.expires_at > ${row.claimedAt}))) as n,
                 (select count(*)::int from reviews r join review_items o on o.id = r.item_id
                    where r.reviewer_id = ${row.reviewerId} and o.submission_id = ${item.submissionId}) as mine`),
      ) as [{ n: number; mine: number }];
      if (mine > 0 || (item.purpose === 'score' && n >= item.required)) return undefined;
      const [inserted] = await tx
        .insert(reviews)
        .values({ ...row, itemId, role: 'reviewer', status: 'claimed', rubricVersion: item.rubricVersion, levels: {}, spans: [], comments: {}, updatedAt: row.claimedAt })
        .returning();
      return inserted && parseReview(inserted);
    });
  }

  async review(id: string): Promise<ReviewRow | undefined> {
    const [row] = await this.db.select().from(reviews).where(eq(reviews.id, id));
    return row && parseReview(row);
  }

  /** A reviewer's own rows (claims, submitted sets, released), newest claim first, with their items. */
  async reviewsOf(reviewerId: string): Promise<{ review: ReviewRow; item: ReviewItemRow }[]> {
    const rows = await this.db
      .select({ review: reviews, item: reviewItems })
      .from(reviews)
      .innerJoin(reviewItems, eq(reviewItems.id, reviews.itemId))
      .where(and(eq(reviews.reviewerId, reviewerId), eq(reviews.role, 'reviewer')))
      .orderBy(sql`${reviews.claimedAt} desc`);
    return rows.map((r) => ({ review: parseReview(r.review), item: r.item }));
  }

  async item(id: string): Promise<ReviewItemRow | undefined> {
    const [row] = await this.db.select().from(reviewItems).where(eq(reviewItems.id, id));
    return row;
  }

  /** The submission an item shows. */
  async submission(id: string): Promise<SubmissionRow | undefined> {
    const [row] = await this.db.select().from(submissions).where(eq(submissions.id, id));
    return row && parseSubmission(row);
  }

  /** The AI answers' order (response ids, labels A, B) the attempt showed for a challenge; empty when none was stored. */
  async responseOrder(attemptId: string, challengeId: string): Promise<string[]> {
    const [row] = await this.db.select({ orders: attempts.responseOrders }).from(attempts).where(eq(attempts.id, attemptId));
    return row ? (parseResponseOrders(row.orders)[challengeId] ?? []) : [];
  }

  /** Every row on an item (any role and status), oldest claim first, with the author's name and whether they are paused now. */
  async rowsOf(itemId: string): Promise<ReviewSetRow[]> {
    const rows = await this.db
      .select({ review: reviews, name: users.name, pausedAt: reviewerPauses.pausedAt })
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.reviewerId))
      .leftJoin(reviewerPauses, eq(reviewerPauses.reviewerId, reviews.reviewerId))
      .where(eq(reviews.itemId, itemId))
      .orderBy(asc(reviews.claimedAt), asc(reviews.id));
    return rows.map((r) => ({ ...parseReview(r.review), reviewerName: r.name, reviewerPaused: r.pausedAt !== null }));
  }

  /** Saves a set's scores (and its status when given). */
  async saveReview(
    id: string,
    fields: Pick<ReviewRow, 'levels' | 'spans' | 'comments' | 'comment' | 'updatedAt'> & Partial<Pick<ReviewRow, 'status' | 'submittedAt'>>,
  ): Promise<void> {
    await this.db.update(reviews).set(fields).where(eq(reviews.id, id));
  }

  /** Moves an item from one of `from` to `to`; false when it was not in `from` (another request moved it first). */
  async moveItem(itemId: string, from: ReviewItemRow['status'][], to: ReviewItemRow['status'], finalAt: Date | null): Promise<boolean> {
    const moved = await this.db
      .update(reviewItems)
      .set({ status: to, finalAt })
      .where(and(eq(reviewItems.id, itemId), inArray(reviewItems.status, from)))
      .returning({ id: reviewItems.id });
    return moved.length > 0;
  }

  /** Records an adjudicator's set and makes the item final, in one transaction; false when the item no longer waits for one. */
  async adjudicate(itemId: string, row: Omit<ReviewRow, 'itemId' | 'role' | 'status' | 'expiresAt'>): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [item] = await tx.select().from(reviewItems).where(eq(reviewItems.id, itemId)).for('update');
      if (item?.status !== 'adjudication') return false;
      await tx.insert(reviews).values({ ...row, itemId, role: 'adjudicator', status: 'submitted', expiresAt: row.claimedAt });
      await tx.update(reviewItems).set({ status: 'final', finalAt: row.claimedAt }).where(eq(reviewItems.id, itemId));
      return true;
    });
  }

  /** Score items waiting for an adjudicator, oldest first. */
  async awaitingAdjudication(): Promise<ReviewItemRow[]> {
    return this.db
      .select()
      .from(reviewItems)
      .where(and(eq(reviewItems.status, 'adjudication'), eq(reviewItems.purpose, 'score')))
      .orderBy(asc(reviewItems.createdAt), asc(reviewItems.id));
  }

  /**
   * What an attempt's score reads: per challenge with a score item, its
   * pinned rubric version, status, the submitted reviewer sets and the
   * adjudicator's set. Gold copies never appear here.
   */
  async scoreInputs(attemptId: string): Promise<ScoreInput[]> {
    return (await this.scoreInputsOf([attemptId])).get(attemptId) ?? [];
  }

  /** `scoreInputs` of many attempts in two queries whatever their number (the attempts list and exports score whole pages). */
  async scoreInputsOf(attemptIds: readonly string[]): Promise<Map<string, ScoreInput[]>> {
    const byAttempt = new Map<string, ScoreInput[]>();
    if (!attemptIds.length) return byAttempt;
    const items = await this.db
      .select()
      .from(reviewItems)
      .where(and(inArray(reviewItems.attemptId, [...attemptIds]), eq(reviewItems.purpose, 'score')))
      .orderBy(asc(reviewItems.attemptId), asc(reviewItems.challengeId));
    if (!items.length) return byAttempt;
    const sets = await this.db
      .select()
      .from(reviews)
      .where(
        and(
          inArray(
            reviews.itemId,
            items.map((i) => i.id),
          ),
          eq(reviews.status, 'submitted'),
        ),
      )
      .orderBy(asc(reviews.claimedAt), asc(reviews.id));
    const setsOf = new Map<string, ReturnType<typeof parseReview>[]>();
    for (const set of sets.map(parseReview)) setsOf.set(set.itemId, [...(setsOf.get(set.itemId) ?? []), set]);
    for (const item of items) {
      const mine = setsOf.get(item.id) ?? [];
      const adjudication = mine.find((s) => s.role === 'adjudicator');
      const input: ScoreInput = {
        challengeId: item.challengeId,
        itemId: item.id,
        rubricVersion: item.rubricVersion,
        status: item.status,
        required: item.required,
        reviews: mine.filter((s) => s.role === 'reviewer').map((s) => ({ reviewerId: s.reviewerId, levels: s.levels })),
        adjudication: adjudication ? { reviewerId: adjudication.reviewerId, levels: adjudication.levels } : null,
      };
      byAttempt.set(item.attemptId, [...(byAttempt.get(item.attemptId) ?? []), input]);
    }
    return byAttempt;
  }
}
