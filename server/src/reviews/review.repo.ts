import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { submissions } from '../db/schema';
import { parseSubmission, type SubmissionRow } from '../submissions/submission.repo';

/** What reviewers read from storage: final submits, their JSON columns parsed. */
export class ReviewRepo {
  constructor(private readonly db: Db) {}

  /** The last finished submit per attempt and challenge (attempts only, never validation runs). */
  async finalSubmits(): Promise<SubmissionRow[]> {
    const rows = await this.db
      .selectDistinctOn([submissions.attemptId, submissions.challengeId])
      .from(submissions)
      .where(and(eq(submissions.kind, 'submit'), eq(submissions.status, 'done'), isNotNull(submissions.attemptId)))
      .orderBy(submissions.attemptId, submissions.challengeId, desc(submissions.createdAt));
    return rows.map(parseSubmission);
  }

  /** One submission by id, whatever its kind (the service decides what is a review item). */
  async submission(id: string): Promise<SubmissionRow | undefined> {
    const [row] = await this.db.select().from(submissions).where(eq(submissions.id, id));
    return row && parseSubmission(row);
  }
}
