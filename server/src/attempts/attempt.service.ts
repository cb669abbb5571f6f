import type { LanguageId } from '@assay/runners';
import { writesCode } from '../challenges/challenge.schema';
import type { AssessmentRow, AssessmentService } from '../assessments/assessment.service';
import type { ChallengeRepo, StoredChallenge } from '../challenges/challenge.repo';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors';
import type { Clock } from '../lib/clock';
import { hashSecret, newId } from '../lib/ids';
import { feedbackShown } from '../submissions/submission.presenter';
import type { FeedbackLevel } from '../submissions/submission.schema';
import type { AttemptRepo, AttemptRow, DraftRow } from './attempt.repo';
import type { Answers, DraftBody, DraftView, LandingView } from './attempt.schema';
import { responseOrdersFor, type RandomInt } from './response-order';

export type { AttemptRow } from './attempt.repo';

/**
 * Autosaves within one window of this many ms overwrite one history row
 * (per challenge and language), so history grows by at most one row per
 * challenge per window however often the editor saves. Runs and submits
 * keep their own code in their submission rows.
 */
export const DRAFT_WINDOW_MS = 10_000;

/** An attempt with the assessment it belongs to: what a candidate's request is checked against, loaded once per request. */
export interface AttemptContext {
  attempt: AttemptRow;
  assessment: AssessmentRow;
}

/** What a candidate's feedback level depends on: when the attempt ends and the assessment's level (an AttemptContext is one). */
export interface FeedbackContext {
  attempt: Pick<AttemptRow, 'finishedAt' | 'deadlineAt'>;
  assessment: Pick<AssessmentRow, 'feedback'>;
}

/** The latest draft of one challenge, as the sweeper submits it. */
export interface FinalDraft {
  language: LanguageId;
  code: string;
  explanation: string | null;
  answers: Answers | null;
}

/**
 * Timed attempts. The server's clock is the only clock: the deadline is
 * fixed when the attempt starts (duration + the invite's extra minutes);
 * writes are accepted until deadline + grace; then the attempt is finished
 * (commands/finish-attempt.ts, which also submits the latest drafts).
 */
export class AttemptService {
  constructor(
    private readonly repo: AttemptRepo,
    private readonly clock: Clock,
    private readonly assessments: AssessmentService,
    private readonly challenges: ChallengeRepo,
    private readonly graceMs: number,
    /** Draws the compare challenges' response orders (crypto's randomInt unless a test fixes it). */
    private readonly random?: RandomInt,
  ) {}

  /** What an invite link shows before starting. Unknown tokens are 404. */
  async landing(token: string): Promise<LandingView> {
    const invite = await this.inviteByToken(token);
    const assessment = await this.assessments.row(invite.assessmentId);
    const attempt = await this.repo.byInvite(invite.id);
    const now = this.clock.now();
    const ids = await this.assessments.challengeIds(assessment.id);
    const base = {
      email: invite.email,
      assessment: {
        title: assessment.title,
        description: assessment.description,
        durationMinutes: assessment.durationMinutes,
        extraMinutes: invite.extraMinutes,
        languages: assessment.languages,
        challengeCount: ids.length,
        opensAt: assessment.opensAt?.toISOString() ?? null,
        closesAt: assessment.closesAt?.toISOString() ?? null,
      },
    };
    if (attempt && (attempt.finishedAt || this.isPastWrites(attempt)))
      return { ...base, state: 'finished', message: 'This assessment has been completed with this link. Thank you.' };
    if (attempt) return { ...base, state: 'in_progress', message: 'Your attempt is in progress; continue where you left off.' };
    if (invite.expiresAt <= now) return { ...base, state: 'expired', message: `This invite expired on ${invite.expiresAt.toISOString()}. Ask the sender for a new link.` };
    if (assessment.opensAt && assessment.opensAt > now) return { ...base, state: 'not_open', message: `This assessment opens at ${assessment.opensAt.toISOString()}.` };
    if (assessment.closesAt && assessment.closesAt <= now) return { ...base, state: 'closed', message: `This assessment closed at ${assessment.closesAt.toISOString()}.` };
    return { ...base, state: 'ready', message: 'When you press Start, the timer begins and cannot be paused.' };
  }

  /** Starts (or, for an attempt still running, resumes) the attempt behind an invite. */
  async start(token: string): Promise<AttemptRow> {
    const landing = await this.landing(token);
    const invite = await this.inviteByToken(token);
    if (landing.state === 'in_progress') {
      return (await this.repo.byInvite(invite.id))!;
    }
    if (landing.state !== 'ready') throw new ConflictError(landing.message, `invite_${landing.state}`);
    const assessment = await this.assessments.row(invite.assessmentId);
    const ids = await this.assessments.challengeIds(assessment.id);
    const current = await this.challenges.currentMany(ids);
    const versions = Object.fromEntries(ids.map((id) => [id, current.get(id)?.version ?? 0]));
    // Fixed once, here, with the versions: a reload or a later version of the challenge never reorders what the candidate saw.
    const responseOrders = responseOrdersFor(
      [...current.values()].map((s) => s.challenge),
      this.random,
    );
    const now = this.clock.now();
    const deadlineAt = new Date(now.getTime() + (assessment.durationMinutes + invite.extraMinutes) * 60_000);
    const row = await this.repo.start({ id: newId(), assessmentId: assessment.id, inviteId: invite.id, email: invite.email, versions, responseOrders, startedAt: now, deadlineAt });
    if (!row) throw new ConflictError('this invite was just used to start an attempt', 'invite_in_progress');
    return row;
  }

  async row(attemptId: string): Promise<AttemptRow> {
    const row = await this.repo.byId(attemptId);
    if (!row) throw new NotFoundError('attempt');
    return row;
  }

  /** The attempt and its assessment (the feedback level, the languages, the challenges' checks all read from it). */
  async context(attemptId: string): Promise<AttemptContext> {
    const context = await this.repo.byIdWithAssessment(attemptId);
    if (!context) throw new NotFoundError('attempt');
    return context;
  }

  /** The context of an attempt already loaded. */
  async contextOf(attempt: AttemptRow): Promise<AttemptContext> {
    return { attempt, assessment: await this.assessments.row(attempt.assessmentId) };
  }

  /** Milliseconds left before the deadline (never negative). */
  remainingMs(attempt: AttemptRow): number {
    if (attempt.finishedAt) return 0;
    return Math.max(0, attempt.deadlineAt.getTime() - this.clock.now().getTime());
  }

  /** Throws 409 once the attempt no longer takes writes (finished, or past deadline + grace). */
  assertWritable(attempt: AttemptRow): void {
    if (attempt.finishedAt) throw new ConflictError('this attempt is finished; nothing more can be saved or submitted', 'attempt_finished');
    if (this.isPastWrites(attempt)) throw new ConflictError(`time is up: the deadline was ${attempt.deadlineAt.toISOString()}`, 'deadline_passed');
  }

  /** The pinned version of a challenge in this attempt, and the languages the candidate may use for it. */
  async challengeFor({ attempt, assessment }: AttemptContext, challengeId: string): Promise<{ stored: StoredChallenge; languages: LanguageId[] }> {
    // An own key only: `constructor` or `__proto__` is an unknown challenge, not a prototype member.
    const version = Object.hasOwn(attempt.versions, challengeId) ? attempt.versions[challengeId] : undefined;
    const stored = version ? await this.challenges.version(challengeId, version) : undefined;
    if (!stored) throw new NotFoundError('challenge in this attempt');
    const { meta } = stored.challenge;
    const languages = writesCode(meta.kind) ? meta.languages.filter((l) => assessment.languages.includes(l)) : meta.languages;
    return { stored, languages };
  }

  /**
   * The feedback level this attempt's Submits are shown at now: the
   * assessment's, except that `none` shows the summary once the attempt has
   * ended (finished, or past deadline + grace, so nothing can change).
   */
  feedbackFor({ attempt, assessment }: FeedbackContext): FeedbackLevel {
    return feedbackShown(assessment.feedback, Boolean(attempt.finishedAt) || this.isPastWrites(attempt));
  }

  /** A challenge's response ids in the order this attempt shows them (labels A, B); empty (the files' order) when none was recorded. */
  responseOrder(attempt: AttemptRow, challengeId: string): string[] {
    return Object.hasOwn(attempt.responseOrders, challengeId) ? attempt.responseOrders[challengeId]! : [];
  }

  /** Challenge ids of the attempt, in the assessment's order. */
  async challengeOrder(attempt: AttemptRow): Promise<string[]> {
    const ordered = await this.assessments.challengeIds(attempt.assessmentId);
    const pinned = Object.keys(attempt.versions);
    return [...ordered.filter((id) => pinned.includes(id)), ...pinned.filter((id) => !ordered.includes(id))];
  }

  /** Checks the language is allowed for this challenge here, naming the field when not. */
  assertLanguage(languages: LanguageId[], language: LanguageId): void {
    if (!languages.includes(language)) throw new ValidationError(`body.language: "${language}" is not offered here; choose one of ${languages.join(', ')}`);
  }

  async saveDraft(attemptId: string, challengeId: string, body: DraftBody): Promise<{ savedAt: string; remainingMs: number }> {
    const context = await this.context(attemptId);
    const { attempt } = context;
    this.assertWritable(attempt);
    const { languages } = await this.challengeFor(context, challengeId);
    this.assertLanguage(languages, body.language);
    const savedAt = this.clock.now();
    const values = { language: body.language, code: body.code, explanation: body.explanation ?? null, answers: body.answers ?? null, savedAt };
    const latest = await this.repo.newestDraftStamp(attemptId, challengeId);
    const window = (d: Date) => Math.floor(d.getTime() / DRAFT_WINDOW_MS);
    // Same window and language: the newest snapshot is replaced (another language's code must survive as its own row).
    if (latest && latest.language === body.language && window(latest.savedAt) === window(savedAt)) {
      await this.repo.overwriteDraft(latest.id, values);
    } else {
      await this.repo.insertDraft(attemptId, challengeId, values);
    }
    return { savedAt: savedAt.toISOString(), remainingMs: this.remainingMs(attempt) };
  }

  /** Latest code per language plus the latest explanation and answers. */
  async draft(attemptId: string, challengeId: string): Promise<DraftView> {
    const perLanguage = await this.repo.newestDraftPerLanguage(attemptId, challengeId);
    const latest = perLanguage.reduce<DraftRow | undefined>((a, b) => (!a || b.id > a.id ? b : a), undefined);
    return {
      codes: Object.fromEntries(perLanguage.map((d) => [d.language, d.code])),
      language: latest?.language ?? null,
      explanation: latest?.explanation ?? null,
      answers: latest?.answers ?? null,
      savedAt: latest?.savedAt.toISOString() ?? null,
    };
  }

  /** The challenges of the attempt that have at least one draft (no draft text is read). */
  async draftedChallenges(attemptId: string): Promise<Set<string>> {
    return new Set(await this.repo.draftedChallenges(attemptId));
  }

  /** Every save, oldest first (for replay). */
  history(attemptId: string, challengeId?: string): Promise<DraftRow[]> {
    return this.repo.history(attemptId, challengeId);
  }

  /**
   * Marks an attempt finished, once: returns it and whether this call
   * finished it (false when it already was, or another finisher won the race).
   * Submitting the latest drafts is the FinishAttempt command's job.
   */
  async close(attemptId: string, reason: 'candidate' | 'deadline'): Promise<{ attempt: AttemptRow; closed: boolean }> {
    const attempt = await this.row(attemptId);
    if (attempt.finishedAt) return { attempt, closed: false };
    const claimed = await this.repo.finish(attemptId, this.clock.now(), reason);
    return claimed ? { attempt: claimed, closed: true } : { attempt: await this.row(attemptId), closed: false };
  }

  /** Each challenge's latest draft in this attempt, with when it was saved (challenges never drafted are left out). */
  async latestDrafts(attempt: AttemptRow): Promise<{ challengeId: string; draft: FinalDraft; savedAt: Date }[]> {
    const found = [];
    for (const challengeId of Object.keys(attempt.versions)) {
      const latest = await this.repo.newestDraft(attempt.id, challengeId);
      if (!latest) continue;
      const draft: FinalDraft = { language: latest.language as LanguageId, code: latest.code, explanation: latest.explanation, answers: latest.answers };
      found.push({ challengeId, draft, savedAt: latest.savedAt });
    }
    return found;
  }

  /** Ids of attempts past deadline + grace and not finished (the sweeper finishes them). */
  async expired(): Promise<string[]> {
    const cutoff = new Date(this.clock.now().getTime() - this.graceMs);
    return this.repo.unfinishedBefore(cutoff);
  }

  private isPastWrites(attempt: Pick<AttemptRow, 'deadlineAt'>): boolean {
    return this.clock.now().getTime() > attempt.deadlineAt.getTime() + this.graceMs;
  }

  private async inviteByToken(token: string) {
    const invite = await this.repo.inviteByTokenHash(hashSecret(token));
    if (!invite) throw new NotFoundError('invite link (check that you copied all of it)');
    return invite;
  }
}
