import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { parseColumn } from '../db/parse-column';
import { reviewItems, reviews, rubricRevisions, users } from '../db/schema';
import { RubricSchema, type Rubric } from '../challenges/rubric.schema';

/** One stored rubric revision, its content parsed. */
export interface RubricRevision {
  challengeId: string;
  version: number;
  revision: number;
  challengeVersion: number;
  rubric: Rubric;
  editedBy: string | null;
  note: string;
  createdAt: Date;
}

type NewRevision = Omit<RubricRevision, 'createdAt'> & { createdAt: Date };

const parseRow = (row: typeof rubricRevisions.$inferSelect): RubricRevision => ({
  challengeId: row.challengeId,
  version: row.version,
  revision: row.revision,
  challengeVersion: row.challengeVersion,
  rubric: parseColumn(RubricSchema, row.content, 'rubric_revisions.content'),
  editedBy: row.editedBy,
  note: row.note,
  createdAt: row.createdAt,
});

/** Rubric revisions in storage: appended, never changed. */
export class RubricRepo {
  constructor(private readonly db: Db) {}

  /** The newest revision of the newest version, or undefined when none is stored. */
  async latest(challengeId: string): Promise<RubricRevision | undefined> {
    const [row] = await this.db
      .select()
      .from(rubricRevisions)
      .where(eq(rubricRevisions.challengeId, challengeId))
      .orderBy(desc(rubricRevisions.version), desc(rubricRevisions.revision))
      .limit(1);
    return row && parseRow(row);
  }

  /** The newest revision of one version (what its reviews are scored with). */
  async latestOf(challengeId: string, version: number): Promise<RubricRevision | undefined> {
    const [row] = await this.db
      .select()
      .from(rubricRevisions)
      .where(and(eq(rubricRevisions.challengeId, challengeId), eq(rubricRevisions.version, version)))
      .orderBy(desc(rubricRevisions.revision))
      .limit(1);
    return row && parseRow(row);
  }

  /** Every revision, newest first: the rubric's history. */
  async history(challengeId: string): Promise<RubricRevision[]> {
    const rows = await this.db
      .select()
      .from(rubricRevisions)
      .where(eq(rubricRevisions.challengeId, challengeId))
      .orderBy(desc(rubricRevisions.version), desc(rubricRevisions.revision));
    return rows.map(parseRow);
  }

  /** Appends a revision; false when another writer stored the same (version, revision) first. */
  async append(row: NewRevision): Promise<boolean> {
    const { rubric, ...rest } = row;
    const inserted = await this.db
      .insert(rubricRevisions)
      .values({ ...rest, content: rubric })
      .onConflictDoNothing()
      .returning({ id: rubricRevisions.id });
    return inserted.length > 0;
  }

  /** Submitted reviews of the challenge per rubric version they pinned (reviewers' and adjudicators', gold items' too). */
  async reviewCounts(challengeId: string): Promise<Map<number, number>> {
    const rows = await this.db
      .select({ version: reviews.rubricVersion, n: count() })
      .from(reviews)
      .innerJoin(reviewItems, eq(reviewItems.id, reviews.itemId))
      .where(and(eq(reviewItems.challengeId, challengeId), eq(reviews.status, 'submitted')))
      .groupBy(reviews.rubricVersion);
    return new Map(rows.map((r) => [r.version, Number(r.n)]));
  }

  /** Display names of the users who edited (a revision shows who saved it). */
  async editorNames(ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, ids));
    return new Map(rows.map((r) => [r.id, r.name || r.email]));
  }
}
