import type { ChallengeRepo } from '../challenges/challenge.repo';
import { NotFoundError, ValidationError } from '../http/errors';
import type { Clock } from '../lib/clock';
import { hashSecret, newId, newSecret } from '../lib/ids';
import type { AssessmentColumns, AssessmentRepo, AssessmentRow, InviteRow } from './assessment.repo';
import { writesCode } from '../challenges/challenge.schema';
import type { AssessmentBody, AssessmentView, InviteView } from './assessment.schema';
import type { InviteNotifier } from './invite-notifier';
import type { InviteDelivery } from '../mail/invite-email.schema';

export type { AssessmentRow, InviteRow } from './assessment.repo';

/** The table's defaults, for in-process callers that leave the review settings out. */
const REVIEW_DEFAULTS = { reviewsPerItem: 2, disagreementPoints: 2, reviewerThreshold: 0.7, claimMinutes: 20 } as const;

/** Assessments (ordered challenges, languages, duration, window) and their invites. */
export class AssessmentService {
  constructor(
    private readonly repo: AssessmentRepo,
    private readonly clock: Clock,
    private readonly challenges: ChallengeRepo,
    /** Base URL for invite links, e.g. http://127.0.0.1:3000. */
    private readonly publicUrl: () => string,
    /** Sends each new link to its candidate (or keeps it in the outbox) and reports how that went. */
    private readonly notifier: InviteNotifier,
  ) {}

  async create(body: AssessmentBody, createdBy: string | null): Promise<AssessmentView> {
    await this.checkChallenges(body);
    const id = newId();
    await this.repo.create({ id, ...this.columns(body), createdBy, createdAt: this.clock.now() }, body.challengeIds);
    return this.view(id);
  }

  async update(id: string, body: AssessmentBody): Promise<AssessmentView> {
    await this.row(id);
    await this.checkChallenges(body);
    await this.repo.update(id, this.columns(body), body.challengeIds);
    return this.view(id);
  }

  async row(id: string): Promise<AssessmentRow> {
    const row = await this.repo.byId(id);
    if (!row) throw new NotFoundError('assessment');
    return row;
  }

  /** The id of the oldest assessment with exactly this title, or undefined (the demo seed finds its own assessment so). */
  idByTitle(title: string): Promise<string | undefined> {
    return this.repo.idByTitle(title);
  }

  /** Challenge ids in order. */
  challengeIds(id: string): Promise<string[]> {
    return this.repo.challengeIds(id);
  }

  async list(): Promise<AssessmentView[]> {
    const ids = await this.repo.ids();
    return Promise.all(ids.map((id) => this.view(id)));
  }

  async view(id: string): Promise<AssessmentView> {
    const row = await this.row(id);
    const ids = await this.challengeIds(id);
    const current = await this.challenges.currentMany(ids);
    const counts = await this.repo.counts(id);
    return {
      id: row.id,
      title: row.title,
      description: row.description,
      durationMinutes: row.durationMinutes,
      languages: row.languages,
      opensAt: row.opensAt?.toISOString() ?? null,
      closesAt: row.closesAt?.toISOString() ?? null,
      feedback: row.feedback,
      reviewsPerItem: row.reviewsPerItem,
      disagreementPoints: row.disagreementPoints,
      reviewerThreshold: row.reviewerThreshold,
      claimMinutes: row.claimMinutes,
      challenges: ids.map((cid) => {
        const c = current.get(cid);
        return { id: cid, title: c?.challenge.meta.title ?? cid, kind: c?.challenge.meta.kind ?? 'unknown', version: c?.version ?? 0 };
      }),
      counts,
      createdAt: row.createdAt.toISOString(),
    };
  }

  /** Creates one single-use link per email; the links are in this response only. */
  async invite(assessmentId: string, input: { emails: string[]; extraMinutes: number; expiresInDays: number }): Promise<InviteView[]> {
    const assessment = await this.row(assessmentId);
    const expiresAt = new Date(this.clock.now().getTime() + input.expiresInDays * 86_400_000);
    const issued = [...new Set(input.emails.map((e) => e.toLowerCase()))].map((email) => ({ id: newId(), email, token: newSecret() }));
    await this.repo.insertInvites(
      issued.map((i) => ({ id: i.id, assessmentId, email: i.email, tokenHash: hashSecret(i.token), extraMinutes: input.extraMinutes, expiresAt, createdAt: this.clock.now() })),
    );
    const links = issued.map((i) => ({ id: i.id, email: i.email, extraMinutes: input.extraMinutes, expiresAt, url: this.link(i.token) }));
    await this.notifier.issued(assessment, links);
    const deliveries = await this.notifier.deliveries(links.map((l) => l.id));
    return links.map((l) => ({ ...l, expiresAt: expiresAt.toISOString(), usedAt: null, delivery: deliveries.get(l.id) ?? null }));
  }

  async invites(assessmentId: string): Promise<InviteView[]> {
    await this.row(assessmentId);
    const rows = await this.repo.invites(assessmentId);
    const deliveries = await this.notifier.deliveries(rows.map((r) => r.id));
    return rows.map((r) => presentInvite(r, deliveries.get(r.id)));
  }

  /** Replaces an unused invite's secret (the old link stops working), sends the new link again, and returns it. */
  async reissue(inviteId: string): Promise<InviteView> {
    const invite = await this.inviteRow(inviteId);
    if (invite.usedAt) throw new ValidationError('this invite has been used; its attempt continues with its own session');
    const token = newSecret();
    const row = (await this.repo.setInviteToken(inviteId, hashSecret(token)))!;
    const url = this.link(token);
    await this.notifier.issued(await this.row(row.assessmentId), [{ id: row.id, email: row.email, extraMinutes: row.extraMinutes, expiresAt: row.expiresAt, url }]);
    return { ...(await this.present(row)), url };
  }

  async setExtraMinutes(inviteId: string, extraMinutes: number): Promise<InviteView> {
    const invite = await this.inviteRow(inviteId);
    const assessment = await this.row(invite.assessmentId);
    // A running attempt gets the new allowance at once: its deadline moves with it.
    const row = await this.repo.setExtraMinutes(inviteId, extraMinutes, assessment.durationMinutes);
    return this.present(row!);
  }

  private async present(row: InviteRow): Promise<InviteView> {
    return presentInvite(row, (await this.notifier.deliveries([row.id])).get(row.id));
  }

  async inviteRow(inviteId: string): Promise<InviteRow> {
    const row = await this.repo.inviteById(inviteId);
    if (!row) throw new NotFoundError('invite');
    return row;
  }

  private link(token: string): string {
    return `${this.publicUrl()}/invite/${token}`;
  }

  private columns(body: AssessmentBody): AssessmentColumns {
    return {
      title: body.title,
      description: body.description,
      durationMinutes: body.durationMinutes,
      languages: body.languages,
      opensAt: body.opensAt ? new Date(body.opensAt) : null,
      closesAt: body.closesAt ? new Date(body.closesAt) : null,
      feedback: body.feedback ?? 'full',
      reviewsPerItem: body.reviewsPerItem ?? REVIEW_DEFAULTS.reviewsPerItem,
      disagreementPoints: body.disagreementPoints ?? REVIEW_DEFAULTS.disagreementPoints,
      reviewerThreshold: body.reviewerThreshold ?? REVIEW_DEFAULTS.reviewerThreshold,
      claimMinutes: body.claimMinutes ?? REVIEW_DEFAULTS.claimMinutes,
    };
  }

  /** Every challenge exists, and each one the candidate writes code in shares at least one language with the assessment. */
  private async checkChallenges(body: AssessmentBody): Promise<void> {
    const current = await this.challenges.currentMany(body.challengeIds);
    body.challengeIds.forEach((id, i) => {
      const c = current.get(id);
      if (!c) throw new ValidationError(`body.challengeIds.${i}: no challenge "${id}"`, { fields: [{ field: `body.challengeIds.${i}`, message: 'unknown challenge' }] });
      if (writesCode(c.challenge.meta.kind) && !c.challenge.meta.languages.some((l) => body.languages.includes(l))) {
        throw new ValidationError(`body.challengeIds.${i}: "${id}" offers ${c.challenge.meta.languages.join(', ')}, none of the assessment's languages`);
      }
    });
  }
}

function presentInvite(row: InviteRow, delivery: InviteDelivery | undefined): InviteView {
  return {
    id: row.id,
    email: row.email,
    extraMinutes: row.extraMinutes,
    expiresAt: row.expiresAt.toISOString(),
    usedAt: row.usedAt?.toISOString() ?? null,
    delivery: delivery ?? null,
  };
}
