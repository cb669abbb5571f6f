import type { InviteNotifier, IssuedInvite } from '../assessments/invite-notifier';
import type { AssessmentRow } from '../assessments/assessment.repo';
import type { Clock } from '../lib/clock';
import { newId } from '../lib/ids';
import type { InviteEmailRepo, InviteEmailRow } from './invite-email.repo';
import { PLACEHOLDERS, type InviteDelivery, type InviteEmailTemplate, type InviteEmailView, type OutboxEmail } from './invite-email.schema';
import { DEFAULT_TEMPLATE, renderInviteEmail, type InviteFacts } from './invite-template';

/** How many emails the outbox lists (newest first). */
const OUTBOX_LIMIT = 500;

/** The From line: the admin's display name over the server's address (the one its SMTP server may send as). */
export const fromLine = (senderName: string, address: string) => `"${senderName}" <${address}>`;

function delivery(row: InviteEmailRow): InviteDelivery {
  return {
    status: row.status,
    tries: row.tries,
    lastResponse: row.lastResponse,
    nextAttemptAt: row.status === 'failed' ? (row.nextAttemptAt?.toISOString() ?? null) : null,
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

/**
 * Invite emails: each assessment's template, one email per issued link
 * (queued for the worker with SMTP, kept in the outbox without), and the
 * delivery state the invites table shows.
 */
export class InviteEmailService implements InviteNotifier {
  constructor(
    private readonly deps: {
      repo: InviteEmailRepo;
      clock: Clock;
      /** The sender address (config ASSAY_MAIL_FROM). */
      fromAddress: string;
      /** Whether ASSAY_SMTP_URL is set; without it emails stay in the outbox. */
      smtp: boolean;
      /** An assessment's row, or a NotFoundError. */
      assessment: (id: string) => Promise<AssessmentRow>;
      languageName: (id: string) => string;
      /** Base URL of invite links, for the preview's sample link. */
      publicUrl: () => string;
      /** Emails were queued: the worker should look now. */
      onQueued: () => void;
    },
  ) {}

  /** Writes one email per issued link, retiring each invite's earlier one (a reissue). */
  async issued(assessment: AssessmentRow, invites: IssuedInvite[]): Promise<void> {
    const template = await this.template(assessment.id);
    const now = this.deps.clock.now();
    const rows = invites.map((invite) => {
      const mail = renderInviteEmail(template, this.facts(assessment, invite));
      return {
        id: newId(),
        inviteId: invite.id,
        assessmentId: assessment.id,
        to: invite.email,
        from: fromLine(template.senderName, this.deps.fromAddress),
        replyTo: template.replyTo,
        ...mail,
        status: this.deps.smtp ? ('queued' as const) : ('outbox' as const),
        nextAttemptAt: this.deps.smtp ? now : null,
        createdAt: now,
      };
    });
    await this.deps.repo.add(rows);
    if (this.deps.smtp) this.deps.onQueued();
  }

  async deliveries(inviteIds: string[]): Promise<Map<string, InviteDelivery>> {
    const latest = await this.deps.repo.latestByInvite(inviteIds);
    return new Map([...latest].map(([id, row]) => [id, delivery(row)]));
  }

  /** The template in force and a preview of it with a sample link. */
  async view(assessmentId: string): Promise<InviteEmailView> {
    const assessment = await this.deps.assessment(assessmentId);
    const stored = await this.deps.repo.template(assessmentId);
    const template = stored ?? DEFAULT_TEMPLATE;
    const sample = {
      id: '',
      email: '',
      extraMinutes: 0,
      expiresAt: new Date(this.deps.clock.now().getTime() + 14 * 86_400_000),
      url: `${this.deps.publicUrl()}/invite/SAMPLE-LINK`,
    };
    return {
      template,
      custom: stored !== undefined,
      from: fromLine(template.senderName, this.deps.fromAddress),
      smtp: this.deps.smtp,
      placeholders: [...PLACEHOLDERS],
      preview: renderInviteEmail(template, this.facts(assessment, sample)),
    };
  }

  /** Saves the assessment's template; emails already written keep the text they had. */
  async save(assessmentId: string, template: InviteEmailTemplate): Promise<InviteEmailView> {
    await this.deps.assessment(assessmentId);
    await this.deps.repo.saveTemplate(assessmentId, template, this.deps.clock.now());
    return this.view(assessmentId);
  }

  async reset(assessmentId: string): Promise<InviteEmailView> {
    await this.deps.assessment(assessmentId);
    await this.deps.repo.removeTemplate(assessmentId);
    return this.view(assessmentId);
  }

  /** The assessment's emails, newest first, with their text while it is kept. */
  async outbox(assessmentId: string): Promise<OutboxEmail[]> {
    await this.deps.assessment(assessmentId);
    const rows = await this.deps.repo.list(assessmentId, OUTBOX_LIMIT);
    return rows.map((r) => ({
      ...delivery(r),
      id: r.id,
      inviteId: r.inviteId,
      to: r.to,
      from: r.from,
      replyTo: r.replyTo,
      subject: r.subject,
      text: r.text,
      createdAt: r.createdAt.toISOString(),
    }));
  }

  private async template(assessmentId: string): Promise<InviteEmailTemplate> {
    return (await this.deps.repo.template(assessmentId)) ?? DEFAULT_TEMPLATE;
  }

  private facts(a: AssessmentRow, invite: IssuedInvite): InviteFacts {
    return {
      title: a.title,
      description: a.description,
      durationMinutes: a.durationMinutes,
      extraMinutes: invite.extraMinutes,
      languages: a.languages.map((l) => this.deps.languageName(l)),
      opensAt: a.opensAt,
      closesAt: a.closesAt,
      expiresAt: invite.expiresAt,
      link: invite.url,
    };
  }
}
