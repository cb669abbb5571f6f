import type { Services } from '../main';

const REVIEW_TITLE = 'Demo: explanations to review';
const REVIEW_CANDIDATE = 'reviewed-candidate@assay.local';

/**
 * What the demo candidate wrote, per catalog challenge with a rubric and an
 * explanation part: decent but not perfect, so a reviewer has choices to make.
 */
const ANSWERS: Record<string, string> = {
  'merge-intervals':
    'I sort the intervals by their start, then walk through them once. If the next interval starts before the last merged one ends, ' +
    'I extend the last one to the larger end; otherwise I start a new merged interval. Sorting takes O(n log n) and the sweep O(n).',
  'fix-search-insert':
    'The loop stopped one step early because it used lo < hi - 1, so a target larger than every element got the wrong index. ' +
    'Searching the half-open range [lo, hi) fixes it, and empty input returns 0.',
};

/**
 * A finished attempt of a demo candidate whose explanations wait for
 * review, so a newcomer can try the reviewer side at once. Made once (found
 * again by its assessment's title); the submits are judged in the
 * background like any candidate's, and become review items once judged.
 * Returns the challenges it covers (none when the catalog has no rubric
 * with an explanation part).
 */
export async function seedDemoReviews(s: Services): Promise<string[]> {
  const catalog = await s.challenges.list();
  const ids: string[] = [];
  for (const summary of catalog) {
    const stored = await s.challenges.current(summary.id);
    if (stored?.challenge.rubric && stored.challenge.meta.explanation && ANSWERS[summary.id] && stored.challenge.reference.python) ids.push(summary.id);
  }
  if (!ids.length || (await s.assessments.idByTitle(REVIEW_TITLE))) return ids;
  const assessment = await s.assessments.create(
    {
      title: REVIEW_TITLE,
      description: 'A finished demo attempt whose explanations wait for reviewers.',
      durationMinutes: 60,
      languages: ['python'],
      challengeIds: ids,
      opensAt: null,
      closesAt: null,
    },
    null,
  );
  const [invite] = await s.assessments.invite(assessment.id, { emails: [REVIEW_CANDIDATE], extraMinutes: 0, expiresInDays: 1 });
  const attempt = await s.attempts.start(invite!.url!.split('/invite/')[1]!);
  for (const id of ids) {
    const { challenge } = (await s.challenges.current(id))!;
    await s.attempts.saveDraft(attempt.id, id, { language: 'python', code: challenge.reference.python!, explanation: ANSWERS[id] });
  }
  // Finishing submits the latest drafts, as the deadline would.
  await s.finishAttempt.run(attempt.id, 'candidate');
  return ids;
}
