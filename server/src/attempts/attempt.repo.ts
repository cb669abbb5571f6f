import { and, asc, count, desc, eq, isNull, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { parseColumn } from '../db/parse-column';
import { assessments, attempts, drafts, invites } from '../db/schema';
import { parseAssessment, type AssessmentRow } from '../assessments/assessment.repo';
import { AnswersSchema, type Answers } from './attempt.schema';
import { parseResponseOrders, type ResponseOrders } from './response-order';

type RawAttempt = typeof attempts.$inferSelect;
/** An attempt as read: `responseOrders` is challenge id → response ids in the order shown (see response-order.ts). */
export type AttemptRow = Omit<RawAttempt, 'responseOrders'> & { responseOrders: ResponseOrders };
type RawDraft = typeof drafts.$inferSelect;
/** A draft as read: its answers checked against their schema. */
export type DraftRow = Omit<RawDraft, 'answers'> & { answers: Answers | null };
/** The columns one autosave writes. */
export type DraftValues = Pick<typeof drafts.$inferInsert, 'language' | 'code' | 'explanation' | 'answers' | 'savedAt'>;
export type InviteRow = typeof invites.$inferSelect;

// challenge id → pinned version; versions start at 1.
const VersionsColumn = z.record(z.string(), z.number().int());
const AnswersColumn = AnswersSchema.nullable();

/** A row read from `attempts`, its pinned versions and response orders checked against their schemas. */
function parseAttempt(row: RawAttempt): AttemptRow {
  return {
    ...row,
    versions: parseColumn(VersionsColumn, row.versions, 'attempts.versions'),
    responseOrders: parseResponseOrders(row.responseOrders),
  };
}

/** A row read from `drafts`, its answers checked against their schema. */
function parseDraft(row: RawDraft): DraftRow {
  return { ...row, answers: parseColumn(AnswersColumn, row.answers ?? null, 'drafts.answers') };
}

const byChallenge = (attemptId: string, challengeId: string) => and(eq(drafts.attemptId, attemptId), eq(drafts.challengeId, challengeId));

/** Attempts and their draft history in storage (plus the invite lookup that starts one). */
export class AttemptRepo {
  constructor(private readonly db: Db) {}

  async byId(id: string): Promise<AttemptRow | undefined> {
    const [row] = await this.db.select().from(attempts).where(eq(attempts.id, id));
    return row && parseAttempt(row);
  }

  /** An attempt with the assessment it belongs to, in one query (every candidate request needs both). */
  async byIdWithAssessment(id: string): Promise<{ attempt: AttemptRow; assessment: AssessmentRow } | undefined> {
    const [row] = await this.db
      .select({ attempt: attempts, assessment: assessments })
      .from(attempts)
      .innerJoin(assessments, eq(assessments.id, attempts.assessmentId))
      .where(eq(attempts.id, id));
    return row && { attempt: parseAttempt(row.attempt), assessment: parseAssessment(row.assessment) };
  }

  async byInvite(inviteId: string): Promise<AttemptRow | undefined> {
    const [row] = await this.db.select().from(attempts).where(eq(attempts.inviteId, inviteId));
    return row && parseAttempt(row);
  }

  /** An assessment's attempts, by start time. */
  async forAssessment(assessmentId: string): Promise<AttemptRow[]> {
    const rows = await this.db.select().from(attempts).where(eq(attempts.assessmentId, assessmentId)).orderBy(asc(attempts.startedAt));
    return rows.map(parseAttempt);
  }

  async inviteByTokenHash(tokenHash: string): Promise<InviteRow | undefined> {
    const [invite] = await this.db.select().from(invites).where(eq(invites.tokenHash, tokenHash));
    return invite;
  }

  /**
   * Marks the invite used and inserts its attempt, in one transaction;
   * undefined when the invite was already used (a simultaneous start won).
   */
  async start(row: typeof attempts.$inferInsert): Promise<AttemptRow | undefined> {
    return this.db.transaction(async (tx) => {
      const used = await tx
        .update(invites)
        .set({ usedAt: row.startedAt })
        .where(and(eq(invites.id, row.inviteId), isNull(invites.usedAt)))
        .returning();
      if (!used.length) return undefined;
      const [created] = await tx.insert(attempts).values(row).returning();
      return parseAttempt(created!);
    });
  }

  /** Finishes the attempt unless it already is; the row when this call finished it. */
  async finish(attemptId: string, at: Date, reason: 'candidate' | 'deadline'): Promise<AttemptRow | undefined> {
    const [claimed] = await this.db
      .update(attempts)
      .set({ finishedAt: at, finishReason: reason })
      .where(and(eq(attempts.id, attemptId), isNull(attempts.finishedAt)))
      .returning();
    return claimed && parseAttempt(claimed);
  }

  /** Ids of unfinished attempts whose deadline is at or before `cutoff`. */
  async unfinishedBefore(cutoff: Date): Promise<string[]> {
    const rows = await this.db
      .select({ id: attempts.id })
      .from(attempts)
      .where(and(isNull(attempts.finishedAt), lte(attempts.deadlineAt, cutoff)));
    return rows.map((r) => r.id);
  }

  /** The newest draft row of one challenge: its id, language and time only. */
  async newestDraftStamp(attemptId: string, challengeId: string): Promise<{ id: number; language: string; savedAt: Date } | undefined> {
    const [latest] = await this.db
      .select({ id: drafts.id, language: drafts.language, savedAt: drafts.savedAt })
      .from(drafts)
      .where(byChallenge(attemptId, challengeId))
      .orderBy(desc(drafts.id))
      .limit(1);
    return latest;
  }

  async insertDraft(attemptId: string, challengeId: string, values: DraftValues): Promise<void> {
    await this.db.insert(drafts).values({ attemptId, challengeId, ...values });
  }

  async overwriteDraft(id: number, values: DraftValues): Promise<void> {
    await this.db.update(drafts).set(values).where(eq(drafts.id, id));
  }

  /** The newest draft of one challenge, in full. */
  async newestDraft(attemptId: string, challengeId: string): Promise<DraftRow | undefined> {
    const [latest] = await this.db.select().from(drafts).where(byChallenge(attemptId, challengeId)).orderBy(desc(drafts.id)).limit(1);
    return latest && parseDraft(latest);
  }

  /** The newest draft per language of one challenge. */
  async newestDraftPerLanguage(attemptId: string, challengeId: string): Promise<DraftRow[]> {
    const rows = await this.db.selectDistinctOn([drafts.language]).from(drafts).where(byChallenge(attemptId, challengeId)).orderBy(drafts.language, desc(drafts.id));
    return rows.map(parseDraft);
  }

  /** Ids of the challenges with at least one draft (no draft text is read). */
  async draftedChallenges(attemptId: string): Promise<string[]> {
    const rows = await this.db.selectDistinct({ challengeId: drafts.challengeId }).from(drafts).where(eq(drafts.attemptId, attemptId));
    return rows.map((r) => r.challengeId);
  }

  /** Every draft row, oldest first (one challenge, or all). */
  async history(attemptId: string, challengeId?: string): Promise<DraftRow[]> {
    const where = challengeId ? byChallenge(attemptId, challengeId) : eq(drafts.attemptId, attemptId);
    const rows = await this.db.select().from(drafts).where(where).orderBy(drafts.id);
    return rows.map(parseDraft);
  }

  /** How many draft rows the attempt has and the bytes they take on disk (after compression). */
  async draftStorage(attemptId: string): Promise<{ saves: number; bytes: number }> {
    const [row] = await this.db
      .select({
        n: count(),
        bytes: sql<string>`coalesce(sum(pg_column_size(${drafts.code}) + coalesce(pg_column_size(${drafts.explanation}), 0) + coalesce(pg_column_size(${drafts.answers}), 0)), 0)`,
      })
      .from(drafts)
      .where(eq(drafts.attemptId, attemptId));
    return { saves: row?.n ?? 0, bytes: Number(row?.bytes ?? 0) };
  }
}
