import type { ChallengeRepo } from '../challenges/challenge.repo';
import { criterionPoints } from '../challenges/challenge.schema';
import { NotFoundError } from '../http/errors';
import { presentForCandidate } from '../submissions/submission.presenter';
import type { SubmissionRow } from '../submissions/submission.repo';
import type { ReviewRepo } from './review.repo';
import type { SubmissionReview as ReviewItem } from './review.schema';

const words = (text: string | null) => (text?.trim() ? text.trim().split(/\s+/).length : 0);

/**
 * The reviewer's read side: a blind queue of final submissions with
 * something to judge, and one item with the prompt, rubric, code, tests and
 * explanation. Scoring comes with the rubric issue.
 */
export class ReviewService {
  constructor(
    private readonly repo: ReviewRepo,
    private readonly challenges: ChallengeRepo,
  ) {}

  /** The last finished submit per attempt and challenge, oldest first, where an explanation or answers exist. */
  async queue() {
    const rows = await this.repo.finalSubmits();
    const withWork = rows.filter((r) => words(r.explanation) > 0 || r.answers !== null);
    const items = await Promise.all(
      withWork.map(async (r) => {
        const stored = await this.challenges.version(r.challengeId, r.challengeVersion);
        return {
          submissionId: r.id,
          challengeId: r.challengeId,
          challengeTitle: stored?.challenge.meta.title ?? r.challengeId,
          kind: stored?.challenge.meta.kind ?? 'unknown',
          language: r.language,
          submittedAt: r.createdAt.toISOString(),
          explanationWords: words(r.explanation),
        };
      }),
    );
    return items.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  }

  async item(submissionId: string): Promise<ReviewItem> {
    const row = await this.repo.submission(submissionId);
    if (!row || row.kind !== 'submit') throw new NotFoundError('review item');
    const stored = await this.challenges.version(row.challengeId, row.challengeVersion);
    if (!stored) throw new NotFoundError('challenge of this review item');
    const { challenge } = stored;
    return {
      submissionId: row.id,
      challenge: {
        id: challenge.id,
        title: challenge.meta.title,
        kind: challenge.meta.kind,
        prompt: challenge.prompt,
        explanationPrompt: challenge.meta.explanation?.prompt ?? null,
        rubric: (challenge.rubric?.criteria ?? []).map((c) => ({
          id: c.id,
          title: c.title,
          description: c.description,
          points: criterionPoints(challenge.rubric!, c),
          levels: c.levels.map((l) => ({ score: l.points, description: l.descriptor })),
          notes: c.notes ?? null,
        })),
      },
      language: row.language,
      code: row.code,
      explanation: row.explanation,
      answers: row.answers,
      tests: testsSummary(row, challenge),
      submittedAt: row.createdAt.toISOString(),
    };
  }
}

/** The same counts a candidate sees (reviewers judge the explanation, not hidden data). */
function testsSummary(row: SubmissionRow, challenge: Parameters<typeof presentForCandidate>[1]): ReviewItem['tests'] {
  const view = presentForCandidate(row, challenge, 'full'); // reviewers see the counts (never the cases)
  if (view.kind !== 'submit') throw new Error('not a submit');
  return {
    compile: view.compile ? { ok: view.compile.ok, output: view.compile.output } : null,
    passed: view.passed,
    total: view.total,
    groups: view.groups,
    verdicts: view.verdicts,
  };
}
