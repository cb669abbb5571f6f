import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { assessmentChallenges, assessments, attempts, submissions } from '../db/schema';

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
  /** Review and compare kinds: the objective part as graded (`submissions.objective_score`); null until graded or when no piece applies. */
  objectiveScore: number | null;
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

/** Where the score reads its review inputs: the review workflow's `ReviewRepo` (main.ts wires it). */
export interface ScoreInputsSource {
  /** Per attempt id, its score items' inputs (attempts without any left out). */
  scoreInputsOf(attemptIds: readonly string[]): Promise<Map<string, ScoreInput[]>>;
}

/** What an attempt's score reads from storage, and the one write: `attempts.final_at`. */
export class AttemptScoreRepo {
  constructor(private readonly db: Db) {}

  /** Attempts by id (unknown ids left out), each with its assessment's challenge order: two queries for any number. */
  async attempts(attemptIds: readonly string[]): Promise<ScoredAttempt[]> {
    if (!attemptIds.length) return [];
    const rows = await this.db
      .select({ attempt: attempts, reviewsPerItem: assessments.reviewsPerItem })
      .from(attempts)
      .innerJoin(assessments, eq(assessments.id, attempts.assessmentId))
      .where(inArray(attempts.id, [...attemptIds]));
    if (!rows.length) return [];
    const order = await this.db
      .select({ assessmentId: assessmentChallenges.assessmentId, challengeId: assessmentChallenges.challengeId })
      .from(assessmentChallenges)
      .where(inArray(assessmentChallenges.assessmentId, [...new Set(rows.map((r) => r.attempt.assessmentId))]))
      .orderBy(asc(assessmentChallenges.position));
    return rows.map(({ attempt: a, reviewsPerItem }) => ({
      id: a.id,
      assessmentId: a.assessmentId,
      email: a.email,
      versions: a.versions,
      startedAt: a.startedAt,
      deadlineAt: a.deadlineAt,
      finishedAt: a.finishedAt,
      finishReason: a.finishReason ?? null,
      finalAt: a.finalAt,
      reviewsPerItem,
      order: order.filter((o) => o.assessmentId === a.assessmentId).map((o) => o.challengeId),
    }));
  }

  /** When the attempt finished and when its score became final (each null until then); undefined for an unknown id. One narrow read. */
  async finishState(attemptId: string): Promise<{ finishedAt: Date | null; finalAt: Date | null } | undefined> {
    const [row] = await this.db.select({ finishedAt: attempts.finishedAt, finalAt: attempts.finalAt }).from(attempts).where(eq(attempts.id, attemptId));
    return row;
  }

  /** The newest submit per attempt and challenge (validation runs have no attempt). */
  async lastSubmits(attemptIds: readonly string[]): Promise<(LastSubmit & { attemptId: string })[]> {
    if (!attemptIds.length) return [];
    const rows = await this.db
      .selectDistinctOn([submissions.attemptId, submissions.challengeId], {
        id: submissions.id,
        attemptId: submissions.attemptId,
        challengeId: submissions.challengeId,
        status: submissions.status,
        testsScore: submissions.testsScore,
        objectiveScore: submissions.objectiveScore,
        explanation: submissions.explanation,
      })
      .from(submissions)
      .where(and(inArray(submissions.attemptId, [...attemptIds]), eq(submissions.kind, 'submit')))
      .orderBy(submissions.attemptId, submissions.challengeId, desc(submissions.createdAt), desc(submissions.id));
    return rows.map((r) => ({ ...r, attemptId: r.attemptId! }));
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
