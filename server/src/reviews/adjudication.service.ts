import type { z } from 'zod';
import { ConflictError, ForbiddenError, NotFoundError } from '../http/errors';
import { newId } from '../lib/ids';
import { agreementOf } from './review-agreement';
import { checkScoreSet } from './review-body.check';
import { peerSets, type ReviewDeps, type ReviewItems, type Viewer } from './review-items';
import type { ReviewItemRow } from './review.repo';
import type { AdjudicationBodySchema, AdjudicationQueueItemSchema, AdjudicationViewSchema } from './review.schema';

type AdjudicationBody = z.output<typeof AdjudicationBodySchema>;
type QueueItem = z.infer<typeof AdjudicationQueueItemSchema>;
type AdjudicationView = z.infer<typeof AdjudicationViewSchema>;

/**
 * Items whose reviewers disagreed: an admin, or a reviewer who did not
 * score the item, sees every set side by side (spans included) and records
 * the final scores with a reason, which makes the item final.
 */
export class AdjudicationService {
  constructor(
    private readonly deps: ReviewDeps,
    private readonly items: ReviewItems,
  ) {}

  /** Items waiting for an adjudicator, oldest first; a reviewer does not see the items they scored. */
  async list(viewer: Viewer): Promise<QueueItem[]> {
    await this.items.ensureItems();
    const out: QueueItem[] = [];
    for (const item of await this.deps.repo.awaitingAdjudication()) {
      const rows = await this.deps.repo.rowsOf(item.id);
      if (rows.some((r) => r.reviewerId === viewer.userId)) continue;
      const sets = rows.filter((r) => r.role === 'reviewer' && r.status === 'submitted');
      const { rubric } = await this.items.rubricOf(item);
      const { spread, gatesDiffer } = agreementOf(rubric, sets);
      const waitingSince = sets.reduce((latest, s) => Math.max(latest, (s.submittedAt ?? s.updatedAt).getTime()), item.createdAt.getTime());
      out.push({
        itemId: item.id,
        challengeTitle: (await this.deps.challenges.current(item.challengeId))?.challenge.meta.title ?? item.challengeId,
        reviews: sets.length,
        spread: Math.round(spread * 10_000) / 10_000,
        gatesDiffer,
        waitingSince: new Date(waitingSince).toISOString(),
      });
    }
    return out;
  }

  /** Every submitted set of a disputed (or since adjudicated) item, side by side. */
  async view(itemId: string, viewer: Viewer): Promise<AdjudicationView> {
    const item = await this.disputed(itemId, viewer);
    const { view, rubric } = await this.items.present(item);
    const rows = await this.deps.repo.rowsOf(item.id);
    const settings = await this.deps.repo.settings(item.assessmentId);
    return { itemId: item.id, status: item.status, item: view, sets: peerSets(rubric, rows, viewer), threshold: settings?.disagreementPoints ?? 0 };
  }

  /** Records the final scores with a reason; the item becomes final and the attempt's score is refreshed. */
  async record(itemId: string, viewer: Viewer, body: AdjudicationBody): Promise<AdjudicationView> {
    const item = await this.disputed(itemId, viewer);
    if (item.status !== 'adjudication') throw new ConflictError('this item is not waiting for adjudication', 'not_in_adjudication');
    const { rubric, explanation } = await this.items.present(item);
    checkScoreSet(rubric, explanation, body, true);
    const now = this.deps.clock.now();
    const done = await this.deps.repo.adjudicate(item.id, {
      id: newId(),
      reviewerId: viewer.userId,
      rubricVersion: item.rubricVersion,
      claimedAt: now,
      levels: body.levels,
      spans: body.spans,
      comments: body.comments,
      comment: '',
      reason: body.reason,
      submittedAt: now,
      updatedAt: now,
    });
    if (!done) throw new ConflictError('another adjudicator recorded the final scores first', 'not_in_adjudication');
    await this.items.final(item.attemptId);
    return this.view(itemId, viewer);
  }

  /** A score item past its reviews; nobody adjudicates an item they had as a reviewer (a released claim included). */
  private async disputed(itemId: string, viewer: Viewer): Promise<ReviewItemRow> {
    const item = await this.deps.repo.item(itemId);
    if (!item || item.purpose !== 'score' || item.status === 'open') throw new NotFoundError('item in adjudication');
    const rows = await this.deps.repo.rowsOf(item.id);
    if (rows.some((r) => r.reviewerId === viewer.userId && r.role === 'reviewer')) {
      throw new ForbiddenError('you had this item as a reviewer; someone else adjudicates it');
    }
    return item;
  }
}
