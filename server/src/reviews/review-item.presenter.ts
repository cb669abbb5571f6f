import type { ChallengeRepo } from '../challenges/challenge.repo';
import type { Challenge } from '../challenges/challenge.schema';
import { criterionPoints, rubricFullMarks } from '../challenges/rubric.schema';
import { NotFoundError } from '../http/errors';
import type { RubricRevision } from '../rubrics/rubric.repo';
import { presentForCandidate } from '../submissions/submission.presenter';
import type { SubmissionRow } from '../submissions/submission.repo';
import { presentObjective } from './objective-view';
import type { ReviewItem, ReviewRubric } from './review.schema';

/** A rubric revision as reviewers see it: levels lowest first with their points, gates, full marks. */
export function presentRubric(revision: RubricRevision): ReviewRubric {
  const { rubric } = revision;
  return {
    version: revision.version,
    revision: revision.revision,
    scoring: rubric.scoring,
    fullMarks: rubricFullMarks(rubric),
    floor: rubric.floor,
    criteria: rubric.criteria.map((c) => ({
      id: c.id,
      title: c.title,
      description: c.description,
      weight: c.weight,
      points: criterionPoints(rubric, c),
      levels: c.levels.map((l) => ({ points: l.points, descriptor: l.descriptor })),
      notes: c.notes ?? null,
    })),
    gates: rubric.gates.map((g) => ({ criterion: g.criterion ?? null, minPoints: g.minPoints })),
  };
}

/**
 * What a reviewer sees of one item, built field by field so nothing that
 * names the candidate (email, attempt, submission, invite) can slip in:
 * the task at the version the candidate had, their work, the test counts a
 * candidate could see, the rubric at the item's pinned version, and (review
 * and compare kinds) the objective results, with the AI answers mapped from
 * the labels the candidate saw through `order` (the attempt's stored order).
 */
export async function presentItem(
  itemId: string,
  submission: SubmissionRow,
  revision: RubricRevision,
  challenges: Pick<ChallengeRepo, 'version'>,
  order?: readonly string[],
): Promise<ReviewItem> {
  const stored = await challenges.version(submission.challengeId, submission.challengeVersion);
  if (!stored) throw new NotFoundError('challenge of this review item');
  const { challenge } = stored;
  return {
    itemId,
    challenge: {
      id: challenge.id,
      title: challenge.meta.title,
      kind: challenge.meta.kind,
      prompt: challenge.prompt,
      explanationPrompt: challenge.meta.explanation?.prompt ?? null,
      keyNotes: challenge.key?.notes?.trim() || null,
    },
    rubric: presentRubric(revision),
    language: submission.language,
    code: submission.code,
    starter: challenge.starter[submission.language as keyof Challenge['starter']] ?? null,
    explanation: submission.explanation,
    answers: submission.answers,
    tests: testsSummary(submission, challenge),
    objective: presentObjective(challenge, submission, order),
    submittedAt: submission.createdAt.toISOString(),
  };
}

/** The same counts a candidate sees at `full` feedback (reviewers judge the explanation, never hidden cases). */
function testsSummary(row: SubmissionRow, challenge: Challenge): ReviewItem['tests'] {
  const view = presentForCandidate(row, challenge, 'full');
  if (view.kind !== 'submit') throw new Error('a review item shows a submit');
  return {
    compile: view.compile ? { ok: view.compile.ok, output: view.compile.output } : null,
    passed: view.passed,
    total: view.total,
    groups: view.groups,
    verdicts: view.verdicts,
  };
}
