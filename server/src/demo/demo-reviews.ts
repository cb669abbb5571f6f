import type { Answers } from '../attempts/attempt.schema';
import { ANSWER_LABELS, isCritique, type AnswerLabel } from '../challenges/challenge.schema';
import type { Services } from '../main';

const REVIEW_TITLE = 'Demo: explanations to review';
const REVIEW_CANDIDATE = 'reviewed-candidate@assay.local';

/** The label (A, B) a response has in the demo attempt, found through the attempt's recorded order. */
type LabelOf = (challengeId: string, responseId: string) => AnswerLabel;

interface DemoAnswer {
  explanation: string;
  /** Review and compare kinds: verdict, flags, preference, ratings and test cases (compare answers name labels, so they need the order). */
  answers?: (labelOf: LabelOf) => Answers;
}

type Rated = NonNullable<NonNullable<Answers['ratings']>['A']>;

/**
 * What the demo candidate wrote, per catalog challenge with a rubric and an
 * explanation part: decent but not perfect, so a reviewer has choices to
 * make. The compare pair and its swapped probe are answered by position
 * (the same label both times), so the report shows a position bias.
 */
const ANSWERS: Record<string, DemoAnswer> = {
  'merge-intervals': {
    explanation:
      'I sort the intervals by their start, then walk through them once. If the next interval starts before the last merged one ends, ' +
      'I extend the last one to the larger end; otherwise I start a new merged interval. Sorting takes O(n log n) and the sweep O(n).',
  },
  'fix-search-insert': {
    explanation:
      'The loop stopped one step early because it used lo < hi - 1, so a target larger than every element got the wrong index. ' +
      'Searching the half-open range [lo, hi) fixes it, and empty input returns 0.',
  },
  'review-mutable-default': {
    explanation:
      'Incorrect. parse_tags has seen=[] as a default argument, and that list is created once and shared by every call, ' +
      'so once a tag has appeared on one line it is dropped from every later line. My test with two lines tagged x gives the ' +
      'second record no tags. Fix: make seen a new set inside parse_tags. The explanation says every call starts fresh, which is wrong.',
    answers: () => ({
      verdict: 'incorrect',
      flags: [{ line: 1, comment: 'The default list is made once and shared by all calls.' }],
      tests: [
        {
          id: 'shared-tag',
          args: [['a: x', 'b: x']],
          expected: [
            { name: 'a', tags: ['x'] },
            { name: 'b', tags: ['x'] },
          ],
          claim: 'The second line loses the tag x that the first line already had.',
        },
      ],
    }),
  },
  'compare-rle-readability': {
    explanation:
      'Both encoders give the same output on the examples, a single character and long runs, and both are one pass, so speed does not ' +
      'decide. The groupby version is clearly easier to read and review: descriptive names and one statement per line, while the other ' +
      'crams two statements on a line with single-letter names. For a shared module that matters.',
    answers: (labelOf) => ({
      preference: { choice: labelOf('compare-rle-readability', 'rle-clean'), strength: 'clearly' },
      ratings: ratings(
        labelOf('compare-rle-readability', 'rle-clean'),
        { correctness: 5, efficiency: 5, readability: 5, safety: 5 },
        { correctness: 5, efficiency: 5, readability: 2, safety: 5 },
      ),
    }),
  },
  'compare-rle-readability-swapped': {
    explanation: 'Both are correct and linear. I slightly prefer this one: it is compact and has no import, so there is less to maintain.',
    // The same label as before, which now shows the other answer: a choice that follows the position.
    answers: (labelOf) => ({
      preference: { choice: labelOf('compare-rle-readability', 'rle-clean'), strength: 'slightly' },
    }),
  },
};

/** Ratings of both answers, the first set for the answer labelled `first`. */
function ratings(first: AnswerLabel, a: Rated, b: Rated): NonNullable<Answers['ratings']> {
  const other = ANSWER_LABELS.find((l) => l !== first)!;
  return { [first]: a, [other]: b };
}

/**
 * A finished attempt of a demo candidate whose explanations wait for
 * review, so a newcomer can try the reviewer side at once: implement and
 * debug answers with code, a review and a compare pair (with its swapped
 * probe) with objective answers. Made once (found again by its assessment's
 * title); the submits are judged in the background like any candidate's,
 * and become review items once judged. Returns the challenges it covers
 * (none when the catalog has none of them with a rubric and an explanation).
 */
export async function seedDemoReviews(s: Services): Promise<string[]> {
  const catalog = await s.challenges.list();
  const ids: string[] = [];
  for (const summary of catalog) {
    const c = (await s.challenges.current(summary.id))?.challenge;
    const critique = c !== undefined && isCritique(c.meta.kind);
    if (c?.rubric && c.meta.explanation && ANSWERS[summary.id] && (critique ? c.meta.languages.includes('python') : c.reference.python)) ids.push(summary.id);
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
  const labelOf: LabelOf = (challengeId, responseId) => ANSWER_LABELS[Math.max(0, s.attempts.responseOrder(attempt, challengeId).indexOf(responseId))]!;
  for (const id of ids) {
    const { challenge } = (await s.challenges.current(id))!;
    const { explanation, answers } = ANSWERS[id]!;
    // Review and compare answers have no code: the AI answers are what is judged.
    const code = answers ? '' : challenge.reference.python!;
    await s.attempts.saveDraft(attempt.id, id, { language: 'python', code, explanation, ...(answers ? { answers: answers(labelOf) } : {}) });
  }
  // Finishing submits the latest drafts, as the deadline would.
  await s.finishAttempt.run(attempt.id, 'candidate');
  return ids;
}
