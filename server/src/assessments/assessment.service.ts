import { asc, count, eq, isNotNull, sql } from 'drizzle-orm';
import type { ChallengeRepo } from '../challenges/challenge.repo';
import type { Db } from '../db/client';
import { assessmentChallenges, assessments, attempts, invites } from '../db/schema';
import { NotFoundError, ValidationError } from '../http/errors';
import type { Clock } from '../lib/clock';
import { hashSecret, newId, newSecret } from '../lib/ids';
import type { AssessmentBody, AssessmentView, InviteView } from './assessment.schema';

export type AssessmentRow = typeof assessments.$inferSelect;
export type InviteRow = typeof invites.$inferSelect;

/** Assessments (ordered challenges, languages, duration, window) and their invites. */
export class AssessmentService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly challenges: ChallengeRepo,
    /** Base URL for invite links, e.g. http://127.0.0.1:3000. */
    private readonly publicUrl: () => string,
  ) {}

  async create(body: AssessmentBody, createdBy: string | null): Promise<AssessmentView> {
    await this.checkChallenges(body);
    const id = newId();
    await this.db.transaction(async (tx) => {
      await tx.insert(assessments).values({ id, ...this.columns(body), createdBy, createdAt: this.clock.now() });
      await tx.insert(assessmentChallenges).values(body.challengeIds.map((challengeId, position) => ({ assessmentId: id, position, challengeId })));
    });
    return this.view(id);
  }

  async update(id: string, body: AssessmentBody): Promise<AssessmentView> {
    await this.row(id);
    await this.checkChallenges(body);
    await this.db.transaction(async (tx) => {
      await tx.update(assessments).set(this.columns(body)).where(eq(assessments.id, id));
      await tx.delete(assessmentChallenges).where(eq(assessmentChallenges.assessmentId, id));
      await tx.insert(assessmentChallenges).values(body.challengeIds.map((challengeId, position) => ({ assessmentId: id, position, challengeId })));
    });
    return this.view(id);
  }

  async row(id: string): Promise<AssessmentRow> {
    const [row] = await this.db.select().from(assessments).where(eq(assessments.id, id));
    if (!row) throw new NotFoundError('assessment');
    return row;
  }

  /** Challenge ids in order. */
  async challengeIds(id: string): Promise<string[]> {
    const rows = await this.db
      .select({ challengeId: assessmentChallenges.challengeId })
      .from(assessmentChallenges)
      .where(eq(assessmentChallenges.assessmentId, id))
      .orderBy(asc(assessmentChallenges.position));
    return rows.map((r) => r.challengeId);
  }

  async list(): Promise<AssessmentView[]> {
    const rows = await this.db.select({ id: assessments.id }).from(assessments).orderBy(asc(assessments.createdAt));
    return Promise.all(rows.map((r) => this.view(r.id)));
  }

  async view(id: string): Promise<AssessmentView> {
    const row = await this.row(id);
    const ids = await this.challengeIds(id);
    const current = await this.challenges.currentMany(ids);
    const [invited] = await this.db.select({ n: count() }).from(invites).where(eq(invites.assessmentId, id));
    const [started] = await this.db.select({ n: count() }).from(attempts).where(eq(attempts.assessmentId, id));
    const [finished] = await this.db
      .select({ n: count() })
      .from(attempts)
      .where(sql`${attempts.assessmentId} = ${id} and ${isNotNull(attempts.finishedAt)}`);
    return {
      id: row.id,
      title: row.title,
      description: row.description,
      durationMinutes: row.durationMinutes,
      languages: row.languages,
      opensAt: row.opensAt?.toISOString() ?? null,
      closesAt: row.closesAt?.toISOString() ?? null,
      feedback: row.feedback,
      challenges: ids.map((cid) => {
        const c = current.get(cid);
        return { id: cid, title: c?.challenge.meta.title ?? cid, kind: c?.challenge.meta.kind ?? 'unknown', version: c?.version ?? 0 };
      }),
      counts: { invited: invited?.n ?? 0, started: started?.n ?? 0, finished: finished?.n ?? 0 },
      createdAt: row.createdAt.toISOString(),
    };
  }

  /** Creates one single-use link per email; the links are in this response only. */
  async invite(assessmentId: string, input: { emails: string[]; extraMinutes: number; expiresInDays: number }): Promise<InviteView[]> {
    await this.row(assessmentId);
    const expiresAt = new Date(this.clock.now().getTime() + input.expiresInDays * 86_400_000);
    const issued = [...new Set(input.emails.map((e) => e.toLowerCase()))].map((email) => ({ id: newId(), email, token: newSecret() }));
    await this.db
      .insert(invites)
      .values(
        issued.map((i) => ({ id: i.id, assessmentId, email: i.email, tokenHash: hashSecret(i.token), extraMinutes: input.extraMinutes, expiresAt, createdAt: this.clock.now() })),
      );
    return issued.map((i) => ({ id: i.id, email: i.email, extraMinutes: input.extraMinutes, expiresAt: expiresAt.toISOString(), usedAt: null, url: this.link(i.token) }));
  }

  async invites(assessmentId: string): Promise<InviteView[]> {
    await this.row(assessmentId);
    const rows = await this.db.select().from(invites).where(eq(invites.assessmentId, assessmentId)).orderBy(asc(invites.createdAt), asc(invites.email));
    return rows.map(presentInvite);
  }

  /** Replaces an unused invite's secret (the old link stops working) and returns the new link. */
  async reissue(inviteId: string): Promise<InviteView> {
    const invite = await this.inviteRow(inviteId);
    if (invite.usedAt) throw new ValidationError('this invite has been used; its attempt continues with its own session');
    const token = newSecret();
    const [row] = await this.db
      .update(invites)
      .set({ tokenHash: hashSecret(token) })
      .where(eq(invites.id, inviteId))
      .returning();
    return { ...presentInvite(row!), url: this.link(token) };
  }

  async setExtraMinutes(inviteId: string, extraMinutes: number): Promise<InviteView> {
    const invite = await this.inviteRow(inviteId);
    const assessment = await this.row(invite.assessmentId);
    return this.db.transaction(async (tx) => {
      const [row] = await tx.update(invites).set({ extraMinutes }).where(eq(invites.id, inviteId)).returning();
      // A running attempt gets the new allowance at once: its deadline moves with it.
      await tx
        .update(attempts)
        .set({ deadlineAt: sql`${attempts.startedAt} + make_interval(mins => ${assessment.durationMinutes + extraMinutes})` })
        .where(sql`${attempts.inviteId} = ${inviteId} and ${attempts.finishedAt} is null`);
      return presentInvite(row!);
    });
  }

  async inviteRow(inviteId: string): Promise<InviteRow> {
    const [row] = await this.db.select().from(invites).where(eq(invites.id, inviteId));
    if (!row) throw new NotFoundError('invite');
    return row;
  }

  private link(token: string): string {
    return `${this.publicUrl()}/invite/${token}`;
  }

  private columns(body: AssessmentBody) {
    return {
      title: body.title,
      description: body.description,
      durationMinutes: body.durationMinutes,
      languages: body.languages,
      opensAt: body.opensAt ? new Date(body.opensAt) : null,
      closesAt: body.closesAt ? new Date(body.closesAt) : null,
      feedback: body.feedback ?? 'full',
    };
  }

  /** Every challenge exists and shares at least one language with the assessment. */
  private async checkChallenges(body: AssessmentBody): Promise<void> {
    const current = await this.challenges.currentMany(body.challengeIds);
    body.challengeIds.forEach((id, i) => {
      const c = current.get(id);
      if (!c) throw new ValidationError(`body.challengeIds.${i}: no challenge "${id}"`, { fields: [{ field: `body.challengeIds.${i}`, message: 'unknown challenge' }] });
      if (!c.challenge.meta.languages.some((l) => body.languages.includes(l))) {
        throw new ValidationError(`body.challengeIds.${i}: "${id}" offers ${c.challenge.meta.languages.join(', ')}, none of the assessment's languages`);
      }
    });
  }
}

function presentInvite(row: InviteRow): InviteView {
  return { id: row.id, email: row.email, extraMinutes: row.extraMinutes, expiresAt: row.expiresAt.toISOString(), usedAt: row.usedAt?.toISOString() ?? null };
}
