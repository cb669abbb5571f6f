import { asc, count, eq, isNotNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { parseColumn } from '../db/parse-column';
import { assessmentChallenges, assessments, attempts, invites } from '../db/schema';

export type AssessmentRow = typeof assessments.$inferSelect;
export type InviteRow = typeof invites.$inferSelect;
/** The columns an assessment's form sets (the id, author and creation time are the repository's caller's). */
export type AssessmentColumns = Omit<typeof assessments.$inferInsert, 'id' | 'createdBy' | 'createdAt'>;
export type NewInvite = typeof invites.$inferInsert;

const LanguagesColumn = z.array(z.string());

/** A row read from `assessments`, its language list checked against its schema. */
function parseAssessment(row: AssessmentRow): AssessmentRow {
  return { ...row, languages: parseColumn(LanguagesColumn, row.languages, 'assessments.languages') };
}

/** Assessments, their ordered challenges and their invites in storage. */
export class AssessmentRepo {
  constructor(private readonly db: Db) {}

  /** Inserts an assessment with its challenges in order, in one transaction. */
  async create(row: { id: string; createdBy: string | null; createdAt: Date } & AssessmentColumns, challengeIds: string[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.insert(assessments).values(row);
      await tx.insert(assessmentChallenges).values(challengeIds.map((challengeId, position) => ({ assessmentId: row.id, position, challengeId })));
    });
  }

  /** Replaces an assessment's columns and its challenge list, in one transaction. */
  async update(id: string, columns: AssessmentColumns, challengeIds: string[]): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.update(assessments).set(columns).where(eq(assessments.id, id));
      await tx.delete(assessmentChallenges).where(eq(assessmentChallenges.assessmentId, id));
      await tx.insert(assessmentChallenges).values(challengeIds.map((challengeId, position) => ({ assessmentId: id, position, challengeId })));
    });
  }

  async byId(id: string): Promise<AssessmentRow | undefined> {
    const [row] = await this.db.select().from(assessments).where(eq(assessments.id, id));
    return row && parseAssessment(row);
  }

  /** Challenge ids in the assessment's order. */
  async challengeIds(id: string): Promise<string[]> {
    const rows = await this.db
      .select({ challengeId: assessmentChallenges.challengeId })
      .from(assessmentChallenges)
      .where(eq(assessmentChallenges.assessmentId, id))
      .orderBy(asc(assessmentChallenges.position));
    return rows.map((r) => r.challengeId);
  }

  /** The oldest assessment with exactly this title (titles are not unique), or undefined. */
  async idByTitle(title: string): Promise<string | undefined> {
    const [row] = await this.db.select({ id: assessments.id }).from(assessments).where(eq(assessments.title, title)).orderBy(asc(assessments.createdAt)).limit(1);
    return row?.id;
  }

  /** Every assessment's id, oldest first. */
  async ids(): Promise<string[]> {
    const rows = await this.db.select({ id: assessments.id }).from(assessments).orderBy(asc(assessments.createdAt));
    return rows.map((r) => r.id);
  }

  /** Invites sent, attempts started and attempts finished. */
  async counts(id: string): Promise<{ invited: number; started: number; finished: number }> {
    const [invited] = await this.db.select({ n: count() }).from(invites).where(eq(invites.assessmentId, id));
    const [started] = await this.db.select({ n: count() }).from(attempts).where(eq(attempts.assessmentId, id));
    const [finished] = await this.db
      .select({ n: count() })
      .from(attempts)
      .where(sql`${attempts.assessmentId} = ${id} and ${isNotNull(attempts.finishedAt)}`);
    return { invited: invited?.n ?? 0, started: started?.n ?? 0, finished: finished?.n ?? 0 };
  }

  async insertInvites(rows: NewInvite[]): Promise<void> {
    await this.db.insert(invites).values(rows);
  }

  /** An assessment's invites, oldest first, then by email. */
  invites(assessmentId: string): Promise<InviteRow[]> {
    return this.db.select().from(invites).where(eq(invites.assessmentId, assessmentId)).orderBy(asc(invites.createdAt), asc(invites.email));
  }

  async inviteById(inviteId: string): Promise<InviteRow | undefined> {
    const [row] = await this.db.select().from(invites).where(eq(invites.id, inviteId));
    return row;
  }

  /** Replaces an invite's secret hash (the old link stops working). */
  async setInviteToken(inviteId: string, tokenHash: string): Promise<InviteRow | undefined> {
    const [row] = await this.db.update(invites).set({ tokenHash }).where(eq(invites.id, inviteId)).returning();
    return row;
  }

  /** Sets an invite's extra minutes and moves its running attempt's deadline with it, in one transaction. */
  async setExtraMinutes(inviteId: string, extraMinutes: number, durationMinutes: number): Promise<InviteRow | undefined> {
    return this.db.transaction(async (tx) => {
      const [row] = await tx.update(invites).set({ extraMinutes }).where(eq(invites.id, inviteId)).returning();
      await tx
        .update(attempts)
        .set({ deadlineAt: sql`${attempts.startedAt} + make_interval(mins => ${durationMinutes + extraMinutes})` })
        .where(sql`${attempts.inviteId} = ${inviteId} and ${attempts.finishedAt} is null`);
      return row;
    });
  }
}
