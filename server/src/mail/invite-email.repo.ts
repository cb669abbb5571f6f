import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { inviteEmails, inviteEmailTemplates } from '../db/schema';
import type { InviteEmailTemplate } from './invite-email.schema';

/** An invite email row. */
export type InviteEmailRow = typeof inviteEmails.$inferSelect;
/** A row as the worker takes it: with the bodies it sends. */
export type ClaimedEmail = InviteEmailRow & { text: string; html: string };

/** Invite email templates and the emails themselves; the emails table is the send schedule and the outbox. */
export class InviteEmailRepo {
  constructor(private readonly db: Db) {}

  async template(assessmentId: string): Promise<InviteEmailTemplate | undefined> {
    const [row] = await this.db.select().from(inviteEmailTemplates).where(eq(inviteEmailTemplates.assessmentId, assessmentId));
    return row && { senderName: row.senderName, replyTo: row.replyTo, subject: row.subject, body: row.body };
  }

  async saveTemplate(assessmentId: string, template: InviteEmailTemplate, at: Date): Promise<void> {
    const values = { ...template, updatedAt: at };
    await this.db
      .insert(inviteEmailTemplates)
      .values({ assessmentId, ...values })
      .onConflictDoUpdate({ target: inviteEmailTemplates.assessmentId, set: values });
  }

  /** Back to the default template. */
  async removeTemplate(assessmentId: string): Promise<void> {
    await this.db.delete(inviteEmailTemplates).where(eq(inviteEmailTemplates.assessmentId, assessmentId));
  }

  /**
   * Adds emails, first retiring the earlier ones of the same invites (a
   * reissue: their links no longer work), in one transaction.
   */
  async add(rows: (typeof inviteEmails.$inferInsert)[]): Promise<void> {
    if (!rows.length) return;
    await this.db
      .transaction(async (tx) => {
        await tx
          .update(inviteEmails)
          .set({ status: 'superseded', nextAttemptAt: null, text: null, html: null })
          .where(
            and(
              inArray(
                inviteEmails.inviteId,
                rows.map((r) => r.inviteId),
              ),
              sql`${inviteEmails.status} <> 'sent'`,
            ),
          );
        // A sent email's bodies are cleared already; its status stays `sent` for the record.
        await tx.insert(inviteEmails).values(rows);
      })
      .catch((error: Error) => {
        // Drizzle's error names the query's parameters, and these hold invite links: only the database's own reason goes on.
        const reason = error.cause instanceof Error ? error.cause.message : 'database error';
        throw new Error(`cannot store invite emails: ${reason}`);
      });
  }

  /** Each invite's newest email. */
  async latestByInvite(inviteIds: string[]): Promise<Map<string, InviteEmailRow>> {
    if (!inviteIds.length) return new Map();
    const rows = await this.db
      .selectDistinctOn([inviteEmails.inviteId])
      .from(inviteEmails)
      .where(inArray(inviteEmails.inviteId, inviteIds))
      .orderBy(inviteEmails.inviteId, desc(inviteEmails.createdAt), desc(inviteEmails.id));
    return new Map(rows.map((r) => [r.inviteId, r]));
  }

  /** An assessment's emails, newest first. */
  list(assessmentId: string, limit: number): Promise<InviteEmailRow[]> {
    return this.db.select().from(inviteEmails).where(eq(inviteEmails.assessmentId, assessmentId)).orderBy(desc(inviteEmails.createdAt), desc(inviteEmails.id)).limit(limit);
  }

  /** Ids of emails waiting for a try by `now` (new or failed and not given up), the longest waiting first. */
  async due(now: Date, limit: number): Promise<string[]> {
    const e = inviteEmails;
    const rows = await this.db
      .select({ id: e.id })
      .from(e)
      .where(and(inArray(e.status, ['queued', 'failed']), lte(e.nextAttemptAt, now)))
      .orderBy(e.nextAttemptAt, e.id)
      .limit(limit);
    return rows.map((r) => r.id);
  }

  /** Takes a due email for one try: moves its next try to `leaseUntil` and counts the try (see WebhookRepo.claim). */
  async claim(id: string, now: Date, leaseUntil: Date): Promise<ClaimedEmail | undefined> {
    const e = inviteEmails;
    const [row] = await this.db
      .update(e)
      .set({ nextAttemptAt: leaseUntil, tries: sql`${e.tries} + 1` })
      .where(and(eq(e.id, id), inArray(e.status, ['queued', 'failed']), lte(e.nextAttemptAt, now)))
      .returning();
    return row && row.text !== null && row.html !== null ? { ...row, text: row.text, html: row.html } : undefined;
  }

  /** Records a try's outcome; a sent email's bodies (and so its link) are not kept. The superseded stay so. */
  async record(id: string, patch: Pick<Partial<InviteEmailRow>, 'status' | 'nextAttemptAt' | 'lastResponse' | 'messageId' | 'sentAt'>): Promise<void> {
    const clear = patch.status === 'sent' ? { text: null, html: null } : {};
    await this.db
      .update(inviteEmails)
      .set({ ...patch, ...clear })
      .where(and(eq(inviteEmails.id, id), sql`${inviteEmails.status} <> 'superseded'`));
  }
}
