import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { submissions } from '../db/schema';

export type SubmissionRow = typeof submissions.$inferSelect;
export type NewSubmission = typeof submissions.$inferInsert;
/** The columns a status change may set. */
export type SubmissionPatch = Partial<NewSubmission>;

/** Submissions storage: written before queueing, updated as the run goes. */
export class SubmissionRepo {
  constructor(private readonly db: Db) {}

  async insert(row: NewSubmission): Promise<SubmissionRow> {
    const [created] = await this.db.insert(submissions).values(row).returning();
    return created!;
  }

  async byId(id: string): Promise<SubmissionRow | undefined> {
    const [row] = await this.db.select().from(submissions).where(eq(submissions.id, id));
    return row;
  }

  async byIdempotencyKey(attemptId: string, key: string): Promise<SubmissionRow | undefined> {
    const [row] = await this.db
      .select()
      .from(submissions)
      .where(and(eq(submissions.attemptId, attemptId), eq(submissions.idempotencyKey, key)));
    return row;
  }

  async update(id: string, patch: SubmissionPatch): Promise<SubmissionRow | undefined> {
    const [row] = await this.db.update(submissions).set(patch).where(eq(submissions.id, id)).returning();
    return row;
  }

  /** Everything not finished: re-queued at start so nothing submitted is lost. */
  unfinished(): Promise<SubmissionRow[]> {
    return this.db.select().from(submissions).where(inArray(submissions.status, ['queued', 'running'])).orderBy(submissions.createdAt);
  }

  /** Newest first, for one attempt (optionally one challenge and kind). */
  forAttempt(attemptId: string, filter: { challengeId?: string; kind?: 'run' | 'submit' } = {}): Promise<SubmissionRow[]> {
    const conditions = [eq(submissions.attemptId, attemptId)];
    if (filter.challengeId) conditions.push(eq(submissions.challengeId, filter.challengeId));
    if (filter.kind) conditions.push(eq(submissions.kind, filter.kind));
    return this.db
      .select()
      .from(submissions)
      .where(and(...conditions))
      .orderBy(desc(submissions.createdAt), desc(submissions.id));
  }
}
