import type { ChallengeRepo } from '../challenges/challenge.repo';
import type { Rubric } from '../challenges/challenge.schema';
import { NotFoundError } from '../http/errors';
import type { Clock } from '../lib/clock';
import type { DomainEvents } from '../lib/domain-events';
import type { RubricStore } from '../rubrics/rubric.store';
import type { AttemptScoreRepo, LastSubmit, ScoreInput, ScoreInputsSource, ScoredAttempt } from './attempt-score.repo';
import type { AttemptResult } from './attempt-scores.schema';
import { scoreAttempt, scoreChallenge, type ChallengeScoreInput, type RubricReviews } from './score';
import type { ChallengeScore } from './score.schema';

export interface AttemptScoresDeps {
  repo: Pick<AttemptScoreRepo, 'finishState' | 'attempts' | 'lastSubmits' | 'markFinal'>;
  /** The review workflow's inputs (`ReviewRepo.scoreInputsOf`). */
  reviews: ScoreInputsSource;
  rubrics: Pick<RubricStore, 'at'>;
  challenges: Pick<ChallengeRepo, 'version'>;
  events: Pick<DomainEvents, 'emit'>;
  clock: Clock;
}

/**
 * An attempt's score from what is stored: per challenge (at its pinned
 * version) the last submit's tests score and objective part,
 * and the rubric part from the review items, scored with the rubric at the
 * item's pinned version; challenges weigh equally (assessments store no
 * weights). Pure maths in score.ts; this gathers its inputs and records
 * the moment the score became final.
 */
export class AttemptScores {
  constructor(private readonly deps: AttemptScoresDeps) {}

  /** The attempt's score now; `provisional` while the attempt runs or a counted part is missing. */
  async forAttempt(attemptId: string): Promise<AttemptResult> {
    const [result] = await this.forAttempts([attemptId]);
    if (!result) throw new NotFoundError('attempt');
    return result;
  }

  /**
   * Several attempts' scores in the order asked (unknown ids left out),
   * read in a few queries whatever their number (an assessment's attempts
   * list asks for all of them every few seconds); the review inputs only
   * for attempts that have review items.
   */
  async forAttempts(attemptIds: readonly string[]): Promise<AttemptResult[]> {
    const [found, submits, inputsOf] = await Promise.all([
      this.deps.repo.attempts(attemptIds),
      this.deps.repo.lastSubmits(attemptIds),
      this.deps.reviews.scoreInputsOf(attemptIds),
    ]);
    const byId = new Map(found.map((a) => [a.id, a]));
    const submitsOf = new Map<string, LastSubmit[]>();
    for (const submit of submits) submitsOf.set(submit.attemptId, [...(submitsOf.get(submit.attemptId) ?? []), submit]);
    // One read per pinned rubric version for the whole batch, not one per item.
    const rubrics = new Map<string, Promise<Rubric>>();
    const rubricAt = (challengeId: string, version: number) => {
      const key = `${challengeId}@${version}`;
      if (!rubrics.has(key))
        rubrics.set(
          key,
          this.deps.rubrics.at(challengeId, version).then((r) => r.rubric),
        );
      return rubrics.get(key)!;
    };
    const results: AttemptResult[] = [];
    for (const id of attemptIds) {
      const attempt = byId.get(id);
      if (!attempt) continue;
      results.push(await this.score(attempt, submitsOf.get(id) ?? [], inputsOf.get(id) ?? [], rubricAt));
    }
    return results;
  }

  private async score(attempt: ScoredAttempt, submits: LastSubmit[], inputs: ScoreInput[], rubricAt: RubricAt): Promise<AttemptResult> {
    const pinned = Object.keys(attempt.versions);
    const ids = [...attempt.order.filter((id) => pinned.includes(id)), ...pinned.filter((id) => !attempt.order.includes(id))];
    const challenges = await Promise.all(
      ids.map((id) =>
        this.challengeScore(
          attempt,
          id,
          submits.find((s) => s.challengeId === id),
          inputs.find((i) => i.challengeId === id),
          rubricAt,
        ),
      ),
    );
    let score = scoreAttempt(challenges);
    // A running attempt can still submit: nothing about it is final, whatever its parts say.
    if (!attempt.finishedAt) score = { ...score, status: 'provisional', steps: [...score.steps, 'the attempt is not finished: provisional'] };
    return {
      attemptId: attempt.id,
      assessmentId: attempt.assessmentId,
      email: attempt.email,
      startedAt: attempt.startedAt.toISOString(),
      finishedAt: attempt.finishedAt?.toISOString() ?? null,
      finalAt: attempt.finalAt?.toISOString() ?? null,
      status: score.status,
      score,
      challenges,
    };
  }

  /**
   * Scores a finished attempt again; when the score is final and was not
   * before, records `final_at` (a conditional UPDATE: of racing callers
   * exactly one wins) and that one emits `attempt.final`. True only for
   * that caller. Called when a finished attempt's submit is judged, when an
   * attempt finishes, and when a review item becomes final; a running or
   * already final attempt costs one read (of two columns: every judged
   * submit of a live attempt comes here).
   */
  async refresh(attemptId: string): Promise<boolean> {
    const state = await this.deps.repo.finishState(attemptId);
    if (!state?.finishedAt || state.finalAt) return false;
    const result = await this.forAttempt(attemptId);
    if (result.status !== 'final') return false;
    const at = this.deps.clock.now();
    if (!(await this.deps.repo.markFinal(attemptId, at))) return false;
    await this.deps.events.emit('attempt.final', { attemptId, assessmentId: result.assessmentId, at });
    return true;
  }

  private async challengeScore(
    attempt: ScoredAttempt,
    challengeId: string,
    submit: LastSubmit | undefined,
    item: ScoreInput | undefined,
    rubricAt: RubricAt,
  ): Promise<ChallengeScore> {
    const version = attempt.versions[challengeId]!;
    const stored = await this.deps.challenges.version(challengeId, version);
    if (!stored) throw new Error(`challenge ${challengeId} v${version}, pinned by attempt ${attempt.id}, is not stored`);
    const { meta } = stored.challenge;
    const finished = attempt.finishedAt !== null;
    let tests: ChallengeScoreInput['tests'] = null;
    if (submit?.status === 'done' && submit.testsScore !== null) tests = { score: submit.testsScore };
    else if (!submit && finished) tests = { score: 0 }; // nothing was submitted, and nothing can be now
    let objective: number | null = null;
    if (submit?.status === 'done' && submit.objectiveScore !== null) objective = submit.objectiveScore;
    else if (!submit && finished) objective = 0;
    const input: ChallengeScoreInput = { challengeId, weights: meta.scoring.weights, tests, objective, rubric: null };
    if (item) {
      input.rubric = await rubricAt(challengeId, item.rubricVersion);
      input.reviews = reviewsOf(item);
    } else if (stored.challenge.rubric) {
      input.rubric = stored.challenge.rubric;
      input.reviews = { required: attempt.reviewsPerItem, reviews: [], nothingToReview: finished ? nothingToReview(submit, Boolean(meta.explanation)) : null };
    }
    return scoreChallenge(input);
  }
}

/** The rubric at a pinned version (memoised per batch). */
type RubricAt = (challengeId: string, version: number) => Promise<Rubric>;

/** A review item's sets as the score takes them; until the item is final, enough sets (or an adjudication) still wait for it. */
function reviewsOf(item: ScoreInput): RubricReviews {
  const adjudication = item.adjudication && { reviewer: item.adjudication.reviewerId, levels: item.adjudication.levels };
  return {
    required: item.required,
    reviews: item.reviews.map((r) => ({ reviewer: r.reviewerId, levels: r.levels })),
    adjudication,
    awaitingAdjudication: item.status === 'adjudication' && !adjudication,
    pending: item.status !== 'final' && (adjudication || (item.status === 'open' && item.reviews.length >= item.required)) ? 'the review item is not final yet' : null,
  };
}

/** Why a finished attempt's challenge will never get a review item (the review workflow makes none), or null. */
function nothingToReview(submit: LastSubmit | undefined, asksForExplanation: boolean): string | null {
  if (!asksForExplanation) return 'the challenge asks for no explanation';
  if (!submit) return 'nothing was submitted';
  if (!submit.explanation?.trim()) return 'no explanation was submitted';
  return null;
}
