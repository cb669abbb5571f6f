import type { Logger } from 'pino';
import type { ChallengeRepo } from '../challenges/challenge.repo';
import type { Rubric } from '../challenges/rubric.schema';
import { setTotal } from '../grading/score-rubric';
import { NotFoundError } from '../http/errors';
import type { Clock } from '../lib/clock';
import type { RubricStore } from '../rubrics/rubric.store';
import { agreementOf, disagrees } from './review-agreement';
import { presentItem } from './review-item.presenter';
import type { ReviewItemRow, ReviewRepo, ReviewSetRow } from './review.repo';
import type { ReviewItem, ScoredSet } from './review.schema';

/** What the review services are built from; `main.ts` wires them once. */
export interface ReviewDeps {
  repo: ReviewRepo;
  rubrics: Pick<RubricStore, 'current' | 'at'>;
  challenges: Pick<ChallengeRepo, 'current' | 'version'>;
  clock: Clock;
  /** Called once when a score item becomes final (main: the attempt's score is refreshed). */
  onItemFinal: (attemptId: string) => Promise<void>;
  logger: Pick<Logger, 'error'>;
}

/** Who is looking: staff only, and whether an admin (admins see reviewers' names). */
export interface Viewer {
  userId: string;
  role: 'admin' | 'reviewer';
}

/** A set with the total its rubric gives it (null while incomplete). */
export function scored(rubric: Rubric, row: Pick<ReviewSetRow, 'levels' | 'spans' | 'comments' | 'comment'>): ScoredSet {
  const totals = setTotal(rubric, row.levels);
  return { levels: row.levels, spans: row.spans, comments: row.comments, comment: row.comment, total: totals?.total ?? null, gatesPassed: totals?.gatesPassed ?? null };
}

/**
 * Submitted sets as another person sees them: named for admins (with
 * "(paused)" after a reviewer paused since: their scores stay, marked),
 * numbered "Reviewer 1", "Reviewer 2" (in claim order) for reviewers, so a
 * reviewer never learns who scored what.
 */
export function peerSets(rubric: Rubric, rows: readonly ReviewSetRow[], viewer: Viewer, exceptId?: string) {
  const submitted = rows.filter((r) => r.status === 'submitted');
  const reviewerIds = submitted.filter((r) => r.role === 'reviewer').map((r) => r.id);
  return submitted
    .filter((r) => r.id !== exceptId)
    .map((r) => ({
      ...scored(rubric, r),
      label:
        viewer.role === 'admin'
          ? `${r.reviewerName}${r.reviewerPaused ? ' (paused)' : ''}`
          : r.role === 'adjudicator'
            ? 'Adjudicator'
            : `Reviewer ${reviewerIds.indexOf(r.id) + 1}`,
      role: r.role,
      submittedAt: (r.submittedAt ?? r.updatedAt).toISOString(),
      reason: r.reason,
    }));
}

/** Review items: made from finished attempts, shown blind, and settled (final or to adjudication) as sets come in. */
export class ReviewItems {
  constructor(private readonly deps: ReviewDeps) {}

  /**
   * Makes the missing score items (idempotent; concurrent calls are safe
   * through the unique index): one per finished attempt's last judged
   * submit of each challenge that has a rubric and an explanation part,
   * pinned to the challenge's current rubric version.
   */
  async ensureItems(): Promise<number> {
    let made = 0;
    for (const challengeId of await this.deps.repo.challengesNeedingItems()) {
      const stored = await this.deps.challenges.current(challengeId);
      if (!stored?.challenge.meta.explanation) continue;
      const revision = await this.deps.rubrics.current(challengeId);
      if (!revision) continue;
      made += await this.deps.repo.insertItems(challengeId, revision.version, this.deps.clock.now());
    }
    return made;
  }

  async item(itemId: string): Promise<ReviewItemRow> {
    const item = await this.deps.repo.item(itemId);
    if (!item) throw new NotFoundError('review item');
    return item;
  }

  /** The rubric an item (or a set pinned to `version`) is scored with: its version's newest revision. */
  rubricOf(item: ReviewItemRow, version = item.rubricVersion) {
    return this.deps.rubrics.at(item.challengeId, version);
  }

  /** The blind view of an item, with the rubric at `version`. */
  async present(item: ReviewItemRow, version = item.rubricVersion): Promise<{ view: ReviewItem; rubric: Rubric; explanation: string | null }> {
    const [submission, order] = await Promise.all([this.deps.repo.submission(item.submissionId), this.deps.repo.responseOrder(item.attemptId, item.challengeId)]);
    if (!submission) throw new NotFoundError('submission of this review item');
    const revision = await this.rubricOf(item, version);
    return { view: await presentItem(item.id, submission, revision, this.deps.challenges, order), rubric: revision.rubric, explanation: submission.explanation };
  }

  /** Whether a newer rubric version has replaced `version` (a level or criterion added or removed since). */
  async outdated(item: ReviewItemRow, version: number): Promise<boolean> {
    const latest = await this.deps.rubrics.current(item.challengeId);
    return latest !== null && latest.version > version;
  }

  /**
   * After a reviewer's set is submitted (or edited): once a score item has
   * its required sets, reviewers further apart than the assessment's
   * `disagreementPoints`, or split on a gate, send it to adjudication;
   * otherwise it becomes final and the attempt's score is refreshed. Gold
   * items are never settled.
   */
  async settle(item: ReviewItemRow): Promise<void> {
    if (item.purpose !== 'score' || item.status === 'final') return;
    const sets = (await this.deps.repo.rowsOf(item.id)).filter((r) => r.role === 'reviewer' && r.status === 'submitted');
    if (sets.length < item.required) return;
    const { rubric } = await this.rubricOf(item);
    const settings = await this.deps.repo.settings(item.assessmentId);
    if (disagrees(agreementOf(rubric, sets), settings?.disagreementPoints ?? 0)) {
      await this.deps.repo.moveItem(item.id, ['open'], 'adjudication', null);
      return;
    }
    if (await this.deps.repo.moveItem(item.id, ['open', 'adjudication'], 'final', this.deps.clock.now())) await this.final(item.attemptId);
  }

  /** Tells the scores an item became final; a failure there is logged, never undoes the scores just saved. */
  async final(attemptId: string): Promise<void> {
    try {
      await this.deps.onItemFinal(attemptId);
    } catch (error) {
      this.deps.logger.error({ err: error, attemptId }, 'refreshing the attempt score after a final review item failed');
    }
  }
}
