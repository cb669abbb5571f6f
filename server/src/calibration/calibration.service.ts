import type { Rubric } from '../challenges/rubric.schema';
import { ConflictError, NotFoundError, ValidationError } from '../http/errors';
import type { Clock } from '../lib/clock';
import { newId } from '../lib/ids';
import type { RubricStore } from '../rubrics/rubric.store';
import { agreementReport, rubricKey, type SectionRubric } from './agreement-report';
import type { AgreementReport, GoldItem, PauseView, ReviewerRef, ReviewersReport } from './calibration.schema';
import type { CalibrationRepo, ReviewItemRow, StoredSet } from './calibration.repo';
import { MIN_REVIEWER_ITEMS } from './figure';
import type { ReviewerPause, ReviewerPauseRepo } from './reviewer-pause.repo';
import { reviewerFigures } from './reviewer-stats';

/**
 * Calibration for admins: gold items made from scored explanations, each
 * reviewer's accuracy against gold and agreement with peers (flagged below
 * the assessment's threshold), pauses, and the assessment's agreement
 * figures. Reads the review workflow's tables; never changes a review.
 */
export class CalibrationService {
  constructor(
    private readonly deps: {
      repo: CalibrationRepo;
      pauses: ReviewerPauseRepo;
      rubrics: Pick<RubricStore, 'at'>;
      clock: Clock;
    },
  ) {}

  /**
   * Makes a gold copy of a scored item: same submission and pinned rubric
   * version, `levels` as the reference (every criterion of that version, each
   * an existing level). One live gold item per submission.
   */
  async markGold(itemId: string, levels: Record<string, number>, adminId: string | null): Promise<GoldItem> {
    const { repo } = this.deps;
    const item = await repo.item(itemId);
    if (!item) throw new NotFoundError(`review item ${itemId}`);
    if (item.purpose !== 'score') throw new ConflictError(`review item ${itemId} is a gold item already; mark the scored item it was made from`, 'already_gold');
    const { rubric } = await this.deps.rubrics.at(item.challengeId, item.rubricVersion);
    checkLevels(rubric, levels, item.rubricVersion);
    const gold = {
      id: newId(),
      purpose: 'gold' as const,
      submissionId: item.submissionId,
      attemptId: item.attemptId,
      assessmentId: item.assessmentId,
      challengeId: item.challengeId,
      rubricVersion: item.rubricVersion,
      required: item.required,
      status: 'open' as const,
      goldLevels: levels,
      createdBy: adminId,
      createdAt: this.deps.clock.now(),
      finalAt: null,
    };
    if (!(await repo.insertGold(gold))) throw new ConflictError('this explanation is a gold item already; retire that one first', 'already_gold');
    const titles = new Map((await repo.challengeTitles(item.assessmentId)).map((c) => [c.id, c.title]));
    return goldView({ ...gold, reviews: 0 }, item.id, titles);
  }

  /** Retires a gold item: no new claims; reviews already submitted keep counting towards accuracy. Retiring twice is fine. */
  async retireGold(itemId: string): Promise<void> {
    const item = await this.deps.repo.item(itemId);
    if (!item || item.purpose !== 'gold') throw new NotFoundError(`gold item ${itemId}`);
    await this.deps.repo.retireGold(itemId, this.deps.clock.now());
  }

  /** The assessment's gold items, live and retired. */
  async goldItems(assessmentId: string): Promise<GoldItem[]> {
    await this.assessment(assessmentId);
    const items = await this.deps.repo.goldItems(assessmentId);
    const sources = await this.deps.repo.scoreItemsOf(items.map((i) => i.submissionId));
    const titles = new Map((await this.deps.repo.challengeTitles(assessmentId)).map((c) => [c.id, c.title]));
    return items.map((i) => goldView(i, sources.get(i.submissionId) ?? null, titles));
  }

  /** Every staff member with a review on this assessment and every reviewer: accuracy, agreement, flags, pause. */
  async reviewers(assessmentId: string): Promise<ReviewersReport> {
    const settings = await this.assessment(assessmentId);
    const [sets, staff, pauses] = await Promise.all([this.deps.repo.submittedSets(assessmentId), this.deps.repo.staff(), this.deps.pauses.all()]);
    const rubrics = await this.rubricsOf(sets);
    const levelCount = levelCounter(sets, rubrics);
    const gold = new Map(sets.filter((s) => s.purpose === 'gold' && s.goldLevels).map((s) => [s.itemId, s.goldLevels!]));
    const goldSets = sets.filter((s) => s.purpose === 'gold');
    const scoreSets = sets.filter((s) => s.purpose === 'score');
    const active = new Set(sets.map((s) => s.reviewerId));
    return {
      assessmentId,
      threshold: settings.reviewerThreshold,
      minItems: MIN_REVIEWER_ITEMS,
      reviewers: staff
        .filter((u) => u.role === 'reviewer' || active.has(u.id))
        .map((u) => ({
          reviewer: { id: u.id, name: u.name, email: u.email, paused: pauses.has(u.id) },
          role: u.role,
          pause: pauses.has(u.id) ? pauseView(pauses.get(u.id)!) : null,
          scoredItems: scoreSets.filter((s) => s.reviewerId === u.id).length,
          ...reviewerFigures({ reviewerId: u.id, goldSets, gold, scoreSets, levelCount, threshold: settings.reviewerThreshold }),
        })),
    };
  }

  /** Agreement figures over the assessment's scored items (gold items and adjudicators' sets left out). */
  async agreement(assessmentId: string): Promise<AgreementReport> {
    const settings = await this.assessment(assessmentId);
    const [stored, staff, paused] = await Promise.all([this.deps.repo.submittedSets(assessmentId), this.deps.repo.staff(), this.deps.pauses.pausedReviewerIds()]);
    const sets = stored.filter((s) => s.purpose === 'score');
    const rubrics = await this.rubricsOf(sets, await this.deps.repo.challengeTitles(assessmentId));
    const reviewers = new Map<string, ReviewerRef>(staff.map((u) => [u.id, { id: u.id, name: u.name, email: u.email, paused: paused.has(u.id) }]));
    return agreementReport({ assessmentId, sets, rubrics, reviewers, reviewsPerItem: settings.reviewsPerItem });
  }

  /** Pauses a staff member from taking new items (a second pause replaces the reason). */
  async pause(userId: string, reason: string, by: string | null): Promise<PauseView> {
    if (!(await this.deps.repo.user(userId))) throw new NotFoundError(`reviewer ${userId}`);
    return pauseView(await this.deps.pauses.pause({ reviewerId: userId, reason, pausedBy: by, pausedAt: this.deps.clock.now() }));
  }

  /** Lets a paused reviewer take items again; resuming someone not paused changes nothing. */
  async resume(userId: string): Promise<void> {
    if (!(await this.deps.repo.user(userId))) throw new NotFoundError(`reviewer ${userId}`);
    await this.deps.pauses.resume(userId);
  }

  private async assessment(id: string) {
    const found = await this.deps.repo.assessment(id);
    if (!found) throw new NotFoundError(`assessment ${id}`);
    return found;
  }

  /** The pinned rubric of every (challenge, version) the sets use, in the assessment's challenge order, then by version. */
  private async rubricsOf(sets: readonly StoredSet[], order: { id: string; title: string }[] = []): Promise<Map<string, SectionRubric>> {
    const position = new Map(order.map((c, i) => [c.id, i]));
    const pins = [...new Map(sets.map((s) => [rubricKey(s.challengeId, s.rubricVersion), s])).values()].sort(
      (a, b) =>
        (position.get(a.challengeId) ?? order.length) - (position.get(b.challengeId) ?? order.length) ||
        a.challengeId.localeCompare(b.challengeId) ||
        a.rubricVersion - b.rubricVersion,
    );
    const out = new Map<string, SectionRubric>();
    for (const pin of pins) {
      const { rubric } = await this.deps.rubrics.at(pin.challengeId, pin.rubricVersion);
      const challengeTitle = order.find((c) => c.id === pin.challengeId)?.title ?? pin.challengeId;
      out.set(rubricKey(pin.challengeId, pin.rubricVersion), { challengeId: pin.challengeId, challengeTitle, version: pin.rubricVersion, rubric });
    }
    return out;
  }
}

/** A 400 naming the first criterion whose reference level is missing, unknown or out of range. */
function checkLevels(rubric: Rubric, levels: Record<string, number>, version: number): void {
  const fields: { field: string; message: string }[] = [];
  for (const id of Object.keys(levels)) {
    if (!rubric.criteria.some((c) => c.id === id)) fields.push({ field: `body.levels.${id}`, message: `no criterion "${id}" in rubric version ${version}` });
  }
  for (const c of rubric.criteria) {
    const level = levels[c.id];
    if (level === undefined) fields.push({ field: `body.levels.${c.id}`, message: `pick the reference level of criterion "${c.id}"` });
    else if (level >= c.levels.length) fields.push({ field: `body.levels.${c.id}`, message: `criterion "${c.id}" has levels 0 to ${c.levels.length - 1}; ${level} is not one` });
  }
  if (fields.length) throw new ValidationError(`${fields[0]!.field}: ${fields[0]!.message}`, { fields });
}

function levelCounter(sets: readonly StoredSet[], rubrics: ReadonlyMap<string, SectionRubric>) {
  const pin = new Map(sets.map((s) => [s.itemId, rubricKey(s.challengeId, s.rubricVersion)]));
  return (itemId: string, criterionId: string) => rubrics.get(pin.get(itemId) ?? '')?.rubric.criteria.find((c) => c.id === criterionId)?.levels.length;
}

function goldView(item: ReviewItemRow & { reviews: number }, sourceItemId: string | null, titles: ReadonlyMap<string, string>): GoldItem {
  return {
    itemId: item.id,
    sourceItemId,
    challengeId: item.challengeId,
    challengeTitle: titles.get(item.challengeId) ?? item.challengeId,
    rubricVersion: item.rubricVersion,
    goldLevels: item.goldLevels ?? {},
    status: item.status === 'open' ? 'active' : 'retired',
    reviews: item.reviews,
    createdAt: item.createdAt.toISOString(),
    retiredAt: item.status === 'open' ? null : (item.finalAt?.toISOString() ?? null),
  };
}

function pauseView(p: ReviewerPause): PauseView {
  return { reviewerId: p.reviewerId, reason: p.reason, pausedAt: p.pausedAt.toISOString(), pausedBy: p.pausedBy };
}
