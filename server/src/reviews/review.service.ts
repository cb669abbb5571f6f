import type { z } from 'zod';
import { ConflictError, NotFoundError } from '../http/errors';
import { newId } from '../lib/ids';
import { checkScoreSet } from './review-body.check';
import { peerSets, scored, ReviewItems, type ReviewDeps, type Viewer } from './review-items';
import type { ReviewItemRow, ReviewRow } from './review.repo';
import type { MyReviewSchema, NextReview, ReviewBodySchema, ReviewView } from './review.schema';

type ReviewBody = z.output<typeof ReviewBodySchema>;
type MyReview = z.infer<typeof MyReviewSchema>;

/** Candidates for one "next item" call; more than one so a lost race moves on to the next item. */
const CANDIDATES = 20;

/**
 * The reviewer's workflow: "next item" claims an item for the assessment's
 * lock time, the reviewer saves and submits scores (editable until the
 * item is final) or gives the claim back. Everything it returns is blind.
 */
export class ReviewService {
  readonly items: ReviewItems;

  constructor(private readonly deps: ReviewDeps) {
    this.items = new ReviewItems(deps);
  }

  /** Makes the missing review items (see ReviewItems.ensureItems). */
  ensureItems(): Promise<number> {
    return this.items.ensureItems();
  }

  /**
   * The reviewer's live claim if they have one, else a new claim on the
   * oldest item they may take; null with why when paused or nothing waits.
   */
  async next(viewer: Viewer): Promise<NextReview> {
    const { repo, clock } = this.deps;
    if (await repo.isPaused(viewer.userId)) {
      return { review: null, message: 'You are paused from taking new items. Your submitted scores stay; an admin can resume you.' };
    }
    await repo.releaseExpired(clock.now());
    const live = await repo.liveClaim(viewer.userId, clock.now());
    if (live) return { review: await this.present(live, viewer), message: null };
    await this.ensureItems();
    for (const itemId of await repo.claimable(viewer.userId, clock.now(), CANDIDATES)) {
      const item = await this.items.item(itemId);
      const minutes = (await repo.settings(item.assessmentId))?.claimMinutes ?? 20;
      const now = clock.now();
      const claim = await repo.claim(itemId, { id: newId(), reviewerId: viewer.userId, claimedAt: now, expiresAt: new Date(now.getTime() + minutes * 60_000) });
      if (claim) return { review: await this.present(claim, viewer), message: null };
    }
    return { review: null, message: 'Nothing waits for review right now.' };
  }

  /** The reviewer's own claims and sets, newest first. */
  async mine(viewer: Viewer): Promise<MyReview[]> {
    const rows = await this.deps.repo.reviewsOf(viewer.userId);
    const titles = new Map<string, string>();
    for (const { item } of rows) {
      if (!titles.has(item.challengeId)) titles.set(item.challengeId, (await this.deps.challenges.current(item.challengeId))?.challenge.meta.title ?? item.challengeId);
    }
    return rows.map(({ review, item }) => ({
      reviewId: review.id,
      challengeTitle: titles.get(item.challengeId)!,
      status: this.status(review),
      itemStatus: item.status,
      claimedAt: review.claimedAt.toISOString(),
      expiresAt: review.expiresAt.toISOString(),
      submittedAt: review.submittedAt?.toISOString() ?? null,
      editable: this.editable(review, item),
    }));
  }

  /** One of the viewer's own reviews; anyone else's is 404. */
  async view(reviewId: string, viewer: Viewer): Promise<ReviewView> {
    return this.present(await this.own(reviewId, viewer), viewer);
  }

  /** Saves scores (a draft) or submits them; a submitted set stays complete and re-settles its item when edited. */
  async save(reviewId: string, viewer: Viewer, body: ReviewBody): Promise<ReviewView> {
    const row = await this.own(reviewId, viewer);
    const item = await this.items.item(row.itemId);
    this.assertEditable(row, item);
    const { rubric, explanation } = await this.items.present(item, row.rubricVersion);
    const submitting = body.submit || row.status === 'submitted';
    checkScoreSet(rubric, explanation, body, submitting);
    const now = this.deps.clock.now();
    const { levels, spans, comments, comment } = body;
    await this.deps.repo.saveReview(row.id, {
      levels,
      spans,
      comments,
      comment,
      updatedAt: now,
      ...(submitting ? { status: 'submitted' as const, submittedAt: row.submittedAt ?? now } : {}),
    });
    if (submitting) await this.items.settle(item);
    return this.view(reviewId, viewer);
  }

  /** Gives a live claim back: the item returns to the queue, and never comes back to this reviewer. */
  async release(reviewId: string, viewer: Viewer): Promise<ReviewView> {
    const row = await this.own(reviewId, viewer);
    if (row.status === 'submitted') throw new ConflictError('these scores are submitted; edit them instead of releasing the item', 'review_submitted');
    this.assertLive(row);
    const { levels, spans, comments, comment } = row;
    await this.deps.repo.saveReview(row.id, { levels, spans, comments, comment, status: 'released', updatedAt: this.deps.clock.now() });
    return this.view(reviewId, viewer);
  }

  private async own(reviewId: string, viewer: Viewer): Promise<ReviewRow> {
    const row = await this.deps.repo.review(reviewId);
    if (!row || row.reviewerId !== viewer.userId || row.role !== 'reviewer') throw new NotFoundError('review');
    return row;
  }

  private assertEditable(row: ReviewRow, item: ReviewItemRow): void {
    if (item.status === 'final') throw new ConflictError('this item is final; its scores can no longer change', 'item_final');
    if (row.status !== 'submitted') this.assertLive(row);
  }

  /** A claim that is neither released nor past its lock; an expired one answers 409 naming when it expired. */
  private assertLive(row: ReviewRow): void {
    // A claim released by the expiry sweep was updated at or after its lock ran out; one given back, before.
    const expired = row.status === 'released' ? row.updatedAt >= row.expiresAt : row.expiresAt.getTime() <= this.deps.clock.now().getTime();
    if (expired) throw new ConflictError(`your claim expired at ${row.expiresAt.toISOString()} before you submitted; the item went back to the queue`, 'claim_expired');
    if (row.status === 'released') throw new ConflictError('you released this item; it went back to the queue', 'claim_released');
  }

  /** `claimed` past its lock reads as `released` (the row catches up at the next "next item"). */
  private status(row: ReviewRow): ReviewRow['status'] {
    return row.status === 'claimed' && row.expiresAt.getTime() <= this.deps.clock.now().getTime() ? 'released' : row.status;
  }

  private editable(row: ReviewRow, item: ReviewItemRow): boolean {
    return item.status !== 'final' && (row.status === 'submitted' || this.status(row) === 'claimed');
  }

  private async present(row: ReviewRow, viewer: Viewer): Promise<ReviewView> {
    const item = await this.items.item(row.itemId);
    const { view, rubric } = await this.items.present(item, row.rubricVersion);
    // Blind until their own set is in: no peer's scores before.
    const peers = row.status === 'submitted' ? peerSets(rubric, await this.deps.repo.rowsOf(item.id), viewer, row.id) : [];
    return {
      ...scored(rubric, row),
      reviewId: row.id,
      status: this.status(row),
      claimedAt: row.claimedAt.toISOString(),
      expiresAt: row.expiresAt.toISOString(),
      submittedAt: row.submittedAt?.toISOString() ?? null,
      editable: this.editable(row, item),
      item: view,
      rubricOutdated: await this.items.outdated(item, row.rubricVersion),
      peers,
    };
  }
}
