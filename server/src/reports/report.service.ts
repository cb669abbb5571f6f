import type { ChallengeRepo } from '../challenges/challenge.repo';
import type { Rubric } from '../challenges/challenge.schema';
import type { AttemptScores } from '../grading/attempt-scores';
import { NotFoundError } from '../http/errors';
import type { Clock } from '../lib/clock';
import type { RubricStore } from '../rubrics/rubric.store';
import { presentForCandidate } from '../submissions/submission.presenter';
import type { SubmissionRow } from '../submissions/submission.repo';
import { parseResponseOrders } from '../attempts/response-order';
import { presentObjective } from '../reviews/objective-view';
import { positionBias } from './position-bias';
import type { NamedReview, ReportRepo } from './report.repo';
import type { AttemptReport, ReportChallenge, ReportReview } from './report.schema';

/**
 * The candidate report: per challenge the final code, its test counts, the
 * explanation with every reviewer's spans, the reviews named, and the score
 * with its steps; then the attempt's score. Admins only (it names people).
 */
export class ReportService {
  constructor(
    private readonly deps: {
      repo: ReportRepo;
      scores: Pick<AttemptScores, 'forAttempt'>;
      challenges: Pick<ChallengeRepo, 'version'>;
      rubrics: Pick<RubricStore, 'at'>;
      clock: Clock;
    },
  ) {}

  async forAttempt(attemptId: string): Promise<AttemptReport> {
    const found = await this.deps.repo.attempt(attemptId);
    if (!found) throw new NotFoundError('attempt');
    const { attempt, assessmentTitle } = found;
    const [result, lastSubmits, items] = await Promise.all([this.deps.scores.forAttempt(attemptId), this.deps.repo.lastSubmits(attemptId), this.deps.repo.items(attemptId)]);
    const [reviewed, reviews] = await Promise.all([this.deps.repo.submissions(items.map((i) => i.submissionId)), this.deps.repo.reviews(items.map((i) => i.id))]);
    const reviewers: Record<string, string> = {};
    for (const r of reviews) reviewers[r.reviewerId] = r.reviewer;
    const orders = parseResponseOrders(attempt.responseOrders);
    // probe challenge id → the compare challenge it shows swapped (position bias)
    const swapOf = new Map<string, string>();
    const challenges = await Promise.all(
      result.challenges.map(async (score): Promise<ReportChallenge> => {
        const id = score.challengeId;
        const version = attempt.versions[id]!;
        const stored = await this.deps.challenges.version(id, version);
        if (!stored) throw new Error(`challenge ${id} v${version} is not stored`);
        const item = items.find((i) => i.challengeId === id);
        // The explanation the spans point into is the reviewed submit's; without an item, the last submit counts.
        const submission = (item && reviewed.find((s) => s.id === item.submissionId)) ?? lastSubmits.find((s) => s.challengeId === id) ?? null;
        const rubric = item ? (await this.deps.rubrics.at(id, item.rubricVersion)).rubric : stored.challenge.rubric;
        const mine = item ? reviews.filter((r) => r.itemId === item.id).map(presentReview) : [];
        const adjudication = mine.filter((r) => r.role === 'adjudicator').at(-1) ?? null;
        if (stored.challenge.meta.swapOf) swapOf.set(id, stored.challenge.meta.swapOf);
        return {
          challengeId: id,
          title: stored.challenge.meta.title,
          kind: stored.challenge.meta.kind,
          version,
          submission: submission && {
            id: submission.id,
            language: submission.language,
            code: submission.code,
            explanation: submission.explanation,
            status: submission.status,
            submittedAt: submission.createdAt.toISOString(),
          },
          tests: submission && testCounts(submission, stored.challenge),
          criteria: criteriaOf(rubric),
          review: item
            ? {
                itemId: item.id,
                status: item.status,
                rubricVersion: item.rubricVersion,
                required: item.required,
                reviews: mine.filter((r) => r.role === 'reviewer'),
                adjudication,
              }
            : null,
          spans: mine.flatMap((r) => r.spans.map((s) => ({ ...s, reviewerId: r.reviewerId, reviewer: r.reviewer }))).sort((a, b) => a.start - b.start || a.end - b.end),
          objective: submission && presentObjective(stored.challenge, submission, orders[id]),
          positionBias: null,
          score,
        };
      }),
    );
    for (const probe of challenges) {
      const original = challenges.find((c) => c.challengeId === swapOf.get(probe.challengeId));
      if (original) probe.positionBias = positionBias(choiceOn(original), choiceOn(probe));
    }
    return {
      attempt: {
        id: attempt.id,
        assessmentId: attempt.assessmentId,
        assessmentTitle,
        email: attempt.email,
        startedAt: attempt.startedAt.toISOString(),
        deadlineAt: attempt.deadlineAt.toISOString(),
        finishedAt: attempt.finishedAt?.toISOString() ?? null,
        finishReason: attempt.finishReason ?? null,
        finalAt: result.finalAt,
      },
      status: result.status,
      score: result.score,
      challenges,
      reviewers,
      generatedAt: this.deps.clock.now().toISOString(),
    };
  }
}

function choiceOn(c: ReportChallenge) {
  return { challengeId: c.challengeId, title: c.title, choice: c.objective?.preference ?? null };
}

function presentReview(r: NamedReview): ReportReview {
  const { itemId: _itemId, submittedAt, ...rest } = r;
  return { ...rest, submittedAt: submittedAt?.toISOString() ?? null };
}

/** Counts per group and verdict (the `full` submit view); null while the submit is not judged. */
function testCounts(row: SubmissionRow, challenge: Parameters<typeof presentForCandidate>[1]): ReportChallenge['tests'] {
  if (row.status !== 'done' || !row.result) return null;
  const view = presentForCandidate(row, challenge, 'full');
  if (view.kind !== 'submit') return null;
  return { compile: view.compile, passed: view.passed, total: view.total, groups: view.groups, verdicts: view.verdicts };
}

function criteriaOf(rubric: Rubric | null): ReportChallenge['criteria'] {
  return (rubric?.criteria ?? []).map((c) => ({ id: c.id, title: c.title, weight: c.weight, levels: c.levels.map((l) => ({ points: l.points, descriptor: l.descriptor })) }));
}
