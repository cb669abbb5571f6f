import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { parseColumn } from '../db/parse-column';
import { rubricRevisions } from '../db/schema';
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
}
