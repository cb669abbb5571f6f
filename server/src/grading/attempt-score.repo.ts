import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { assessmentChallenges, assessments, attempts, reviewItems, reviews, submissions } from '../db/schema';

/** An attempt as its score needs it: pinned versions, times, and the assessment's review count. */
export interface ScoredAttempt {
  id: string;
  assessmentId: string;
  email: string;
  /** challenge id → version pinned at start. */
  versions: Record<string, number>;
  startedAt: Date;
  deadlineAt: Date;
  finishedAt: Date | null;
  finishReason: 'candidate' | 'deadline' | null;
  finalAt: Date | null;
  /** The assessment's `reviewsPerItem`: what a challenge without an item yet will need. */
  reviewsPerItem: number;
  /** The assessment's challenges in their order. */
  order: string[];
}

/** The last submit of one challenge, whatever its state (a queued one means the tests part is not judged yet). */
export interface LastSubmit {
  id: string;
  challengeId: string;
  status: 'queued' | 'running' | 'done' | 'error';
  testsScore: number | null;
  explanation: string | null;
}

/**
 * One challenge's score item as the review workflow hands it to the score
 * (the shape of `ReviewRepo.scoreInputs`): submitted reviewer sets and the
 * adjudicator's, if any.
 */
export interface ScoreInput {
  challengeId: string;
  itemId: string;
  rubricVersion: number;
  status: 'open' | 'adjudication' | 'final';
  required: number;
  reviews: { reviewerId: string; levels: Record<string, number> }[];
  adjudication: { reviewerId: string; levels: Record<string, number> } | null;
}

/** Where the score reads its review inputs: the review helper's `ReviewRepo`, or `AttemptScoreRepo` until it lands. */
export interface ScoreInputsSource {
  scoreInputs(attemptId: string): Promise<ScoreInput[]>;
}

/** What an attempt's score reads from storage, and the one write: `attempts.final_at`. */
export class AttemptScoreRepo implements ScoreInputsSource {
  constructor(private readonly db: Db) {}

  async attempt(attemptId: string): Promise<ScoredAttempt | undefined> {
    const [row] = await this.db
      .select({ attempt: attempts, reviewsPerItem: assessments.reviewsPerItem })
      .from(attempts)
      .innerJoin(assessments, eq(assessments.id, attempts.assessmentId))
      .where(eq(attempts.id, attemptId));
    if (!row) return undefined;
    const order = await this.db
      .select({ challengeId: assessmentChallenges.challengeId })
      .from(assessmentChallenges)
      .where(eq(assessmentChallenges.assessmentId, row.attempt.assessmentId))
      .orderBy(asc(assessmentChallenges.position));
    const a = row.attempt;
    return {
      id: a.id,
      assessmentId: a.assessmentId,
      email: a.email,
      versions: a.versions,
      startedAt: a.startedAt,
      deadlineAt: a.deadlineAt,
      finishedAt: a.finishedAt,
      finishReason: a.finishReason ?? null,
      finalAt: a.finalAt,
      reviewsPerItem: row.reviewsPerItem,
      order: order.map((o) => o.challengeId),
    };
  }

  /** The newest submit per challenge of the attempt (validation runs have no attempt). */
  async lastSubmits(attemptId: string): Promise<LastSubmit[]> {
    return this.db
      .selectDistinctOn([submissions.challengeId], {
        id: submissions.id,
        challengeId: submissions.challengeId,
        status: submissions.status,
        testsScore: submissions.testsScore,
        explanation: submissions.explanation,
      })
      .from(submissions)
      .where(and(eq(submissions.attemptId, attemptId), eq(submissions.kind, 'submit')))
      .orderBy(submissions.challengeId, desc(submissions.createdAt), desc(submissions.id));
  }

  /**
   * The attempt's score items (the newest per challenge), with their
   * submitted reviews; released claims and drafts are not scores.
   */
  async scoreInputs(attemptId: string): Promise<ScoreInput[]> {
    const items = await this.db
      .selectDistinctOn([reviewItems.challengeId])
      .from(reviewItems)
      .where(and(eq(reviewItems.attemptId, attemptId), eq(reviewItems.purpose, 'score')))
      .orderBy(reviewItems.challengeId, desc(reviewItems.createdAt), desc(reviewItems.id));
    if (!items.length) return [];
    const rows = await this.db
      .select({ itemId: reviews.itemId, reviewerId: reviews.reviewerId, role: reviews.role, levels: reviews.levels })
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
      .orderBy(asc(reviews.submittedAt), asc(reviews.id));
    return items.map((item) => {
      const mine = rows.filter((r) => r.itemId === item.id);
      const adjudicator = mine.filter((r) => r.role === 'adjudicator').at(-1);
      return {
        challengeId: item.challengeId,
        itemId: item.id,
        rubricVersion: item.rubricVersion,
        status: item.status,
        required: item.required,
        reviews: mine.filter((r) => r.role === 'reviewer').map((r) => ({ reviewerId: r.reviewerId, levels: r.levels })),
        adjudication: adjudicator ? { reviewerId: adjudicator.reviewerId, levels: adjudicator.levels } : null,
      };
    });
  }

  /** Sets `final_at` unless it is set; true only for the one caller that set it (the conditional UPDATE is the lock). */
  async markFinal(attemptId: string, at: Date): Promise<boolean> {
    const updated = await this.db
      .update(attempts)
      .set({ finalAt: at })
      .where(and(eq(attempts.id, attemptId), isNull(attempts.finalAt)))
      .returning({ id: attempts.id });
    return updated.length > 0;
  }
}
