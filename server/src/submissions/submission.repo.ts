import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { AnswersSchema, type Answers } from '../attempts/attempt.schema';
import type { FeedbackContext } from '../attempts/attempt.service';
import type { Db } from '../db/client';
import { parseColumn } from '../db/parse-column';
import { assessments, attempts, submissions } from '../db/schema';
import { JudgementSchema, type Judgement } from '../grading/judge';
import { ObjectiveResultSchema, type ObjectiveResult } from '../grading/objective.schema';
import { ProbeJudgementSchema, type ProbeJudgement } from '../grading/probe.schema';

type RawSubmission = typeof submissions.$inferSelect;
/**
 * A submission as read: its JSON columns checked against their schemas.
 * `submissions.result` holds a code judgement (`result`) or, for review and
 * compare challenges, a probe (`probe`, told apart by `kind: 'probe'`); the
 * other of the two is null.
 */
export type SubmissionRow = Omit<RawSubmission, 'result' | 'answers' | 'objective'> & {
  result: Judgement | null;
  probe: ProbeJudgement | null;
  answers: Answers | null;
  objective: ObjectiveResult | null;
};
export type NewSubmission = typeof submissions.$inferInsert;
/** The columns a status change may set. */
export type SubmissionPatch = Partial<NewSubmission>;

const isProbe = (value: unknown) => typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'probe';

/** A submission without its code or result: what lists and polled views need. */
export interface SubmissionSummary {
  id: string;
  challengeId: string;
  kind: SubmissionRow['kind'];
  status: SubmissionRow['status'];
  testsScore: number | null;
  /** Cases that passed (counted in the database from the stored result); null before a result exists. */
  passed: number | null;
  createdAt: Date;
}

// Counted where the result lies, so a list never carries the results themselves over the wire. A probe has no pass count.
const passedCases = sql<
  number | null
>`case when ${submissions.result} is null or ${submissions.result} ->> 'kind' = 'probe' then null else (select count(*)::int from jsonb_array_elements(coalesce(${submissions.result} -> 'cases', '[]'::jsonb)) c where (c ->> 'pass')::boolean) end`;

/** Which of an attempt's submissions a list takes. */
export interface SubmissionFilter {
  challengeId?: string;
  kind?: 'run' | 'submit';
}

function where(attemptId: string, filter: SubmissionFilter) {
  const conditions = [eq(submissions.attemptId, attemptId)];
  if (filter.challengeId) conditions.push(eq(submissions.challengeId, filter.challengeId));
  if (filter.kind) conditions.push(eq(submissions.kind, filter.kind));
  return and(...conditions);
}

const ResultColumn = JudgementSchema.nullable();
const AnswersColumn = AnswersSchema.nullable();
const ObjectiveColumn = ObjectiveResultSchema.nullable();

/** A row read from `submissions`, its JSON columns parsed (a value that does not match throws, naming the column). */
export function parseSubmission(row: RawSubmission): SubmissionRow {
  const probe = isProbe(row.result);
  return {
    ...row,
    result: probe ? null : parseColumn(ResultColumn, row.result ?? null, 'submissions.result'),
    probe: probe ? parseColumn(ProbeJudgementSchema, row.result, 'submissions.result') : null,
    answers: parseColumn(AnswersColumn, row.answers ?? null, 'submissions.answers'),
    objective: parseColumn(ObjectiveColumn, row.objective ?? null, 'submissions.objective'),
  };
}

/** Submissions storage: written before queueing, updated as the run goes. */
export class SubmissionRepo {
  constructor(private readonly db: Db) {}

  async insert(row: NewSubmission): Promise<SubmissionRow> {
    const [created] = await this.db.insert(submissions).values(row).returning();
    return parseSubmission(created!);
  }

  async byId(id: string): Promise<SubmissionRow | undefined> {
    const [row] = await this.db.select().from(submissions).where(eq(submissions.id, id));
    return row && parseSubmission(row);
  }

  /**
   * One submission of this attempt with what its feedback level depends on,
   * in one query (every candidate view and status stream of a submission
   * reads this); undefined for an unknown id or another attempt's.
   */
  async ofAttempt(attemptId: string, id: string): Promise<{ row: SubmissionRow; context: FeedbackContext } | undefined> {
    const [found] = await this.db
      .select({ row: submissions, finishedAt: attempts.finishedAt, deadlineAt: attempts.deadlineAt, feedback: assessments.feedback })
      .from(submissions)
      .innerJoin(attempts, eq(attempts.id, submissions.attemptId))
      .innerJoin(assessments, eq(assessments.id, attempts.assessmentId))
      .where(and(eq(submissions.id, id), eq(submissions.attemptId, attemptId)));
    if (!found) return undefined;
    const { row, finishedAt, deadlineAt, feedback } = found;
    return { row: parseSubmission(row), context: { attempt: { finishedAt, deadlineAt }, assessment: { feedback } } };
  }

  async byIdempotencyKey(attemptId: string, key: string): Promise<SubmissionRow | undefined> {
    const [row] = await this.db
      .select()
      .from(submissions)
      .where(and(eq(submissions.attemptId, attemptId), eq(submissions.idempotencyKey, key)));
    return row && parseSubmission(row);
  }

  /**
   * Marks an unfinished submission `running` and counts the try, in one
   * statement; undefined when it is unknown or already finished (a queue
   * may deliver a job twice).
   */
  async claim(id: string): Promise<SubmissionRow | undefined> {
    const [row] = await this.db
      .update(submissions)
      .set({ status: 'running', attempts: sql`${submissions.attempts} + 1` })
      .where(and(eq(submissions.id, id), inArray(submissions.status, ['queued', 'running'])))
      .returning();
    return row && parseSubmission(row);
  }

  async update(id: string, patch: SubmissionPatch): Promise<SubmissionRow | undefined> {
    const [row] = await this.db.update(submissions).set(patch).where(eq(submissions.id, id)).returning();
    return row && parseSubmission(row);
  }

  /** Everything not finished: re-queued at start so nothing submitted is lost. */
  async unfinished(): Promise<SubmissionRow[]> {
    const rows = await this.db
      .select()
      .from(submissions)
      .where(inArray(submissions.status, ['queued', 'running']))
      .orderBy(submissions.createdAt);
    return rows.map(parseSubmission);
  }

  /** Newest first, for one attempt (optionally one challenge and kind), in full. */
  async forAttempt(attemptId: string, filter: SubmissionFilter = {}): Promise<SubmissionRow[]> {
    const rows = await this.db.select().from(submissions).where(where(attemptId, filter)).orderBy(desc(submissions.createdAt), desc(submissions.id));
    return rows.map(parseSubmission);
  }

  /** Newest first, summary columns only (never code or result): for views that are polled. */
  async summaries(attemptId: string, filter: SubmissionFilter & { limit?: number } = {}): Promise<SubmissionSummary[]> {
    const query = this.db
      .select({
        id: submissions.id,
        challengeId: submissions.challengeId,
        kind: submissions.kind,
        status: submissions.status,
        testsScore: submissions.testsScore,
        passed: passedCases,
        createdAt: submissions.createdAt,
      })
      .from(submissions)
      .where(where(attemptId, filter))
      .orderBy(desc(submissions.createdAt), desc(submissions.id));
    const rows = await (filter.limit ? query.limit(filter.limit) : query);
    return rows.map((r) => ({ ...r, passed: r.passed === null ? null : Number(r.passed) }));
  }

  /** Bytes the attempt's submissions take on disk (code, explanation, answers, results; after compression). */
  async storedBytes(attemptId: string): Promise<number> {
    const s = submissions;
    const [row] = await this.db
      .select({
        bytes: sql<string>`coalesce(sum(pg_column_size(${s.code}) + coalesce(pg_column_size(${s.explanation}), 0) + coalesce(pg_column_size(${s.answers}), 0) + coalesce(pg_column_size(${s.result}), 0)), 0)`,
      })
      .from(s)
      .where(eq(s.attemptId, attemptId));
    return Number(row?.bytes ?? 0);
  }
}
