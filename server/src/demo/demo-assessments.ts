import type { LanguageId } from '@assay/runners';
import type { AssessmentBody } from '../assessments/assessment.schema';
import type { Services } from '../main';

/** A ready-made assessment of the demo data: its body, with the challenges it wants from the catalog. */
export type DemoAssessment = Omit<AssessmentBody, 'opensAt' | 'closesAt'>;

const WEB_LANGUAGES: LanguageId[] = ['python', 'javascript', 'typescript'];

/**
 * The ready-made assessments an admin finds after `npm start`, one per kind
 * of screening work. The swapped compare pair sits apart in the AI-answer
 * review so the probe is not the next thing the candidate sees.
 */
export const DEMO_ASSESSMENTS: readonly DemoAssessment[] = [
  {
    title: 'Generalist screen',
    description: 'One of each kind of AI-training work: implement a function, fix an AI answer, review one, compare two, and explain a trade-off.',
    durationMinutes: 90,
    languages: WEB_LANGUAGES,
    feedback: 'summary',
    challengeIds: ['two-sum', 'merge-intervals', 'fix-search-insert', 'review-mutable-default', 'compare-second-largest', 'explain-hash-vs-sorted'],
  },
  {
    title: 'Debugging',
    description: 'Fix AI-written code with the smallest change, keep what already worked, and explain the root cause.',
    durationMinutes: 75,
    languages: ['python', 'javascript', 'typescript', 'java', 'cpp', 'go'],
    feedback: 'summary',
    challengeIds: ['fix-search-insert', 'fix-average-rating', 'fix-best-window', 'fix-config-count', 'fix-elimination-game'],
  },
  {
    title: 'AI-answer review',
    description: 'Judge AI answers: give verdicts, flag the lines at fault, prove bugs with your own test cases, pick the better of two answers, and explain.',
    durationMinutes: 150,
    languages: WEB_LANGUAGES,
    challengeIds: [
      'review-mutable-default',
      'compare-rle-readability',
      'review-sql-injection',
      'compare-second-largest',
      'review-correct-rotation',
      'review-async-race',
      'compare-equal-brackets',
      'review-complexity-claim',
      'compare-rle-readability-swapped',
      'review-misexplained-majority',
      'explain-union-find',
    ],
  },
];

/** What the seed made or found, per ready-made assessment. */
export interface DemoAssessmentInfo {
  title: string;
  id: string;
  challengeIds: string[];
  /** Challenges it wanted that the catalog does not hold (not imported, e.g. failed to load). */
  missing: string[];
}

/**
 * Makes each ready-made assessment once (found again by its title; an
 * existing one is left as an admin may have edited it), over the wanted
 * challenges that the catalog holds, so one challenge that failed to load
 * costs its place, not the demo start.
 */
export async function seedDemoAssessments(s: Services): Promise<DemoAssessmentInfo[]> {
  const held = new Set((await s.challenges.list()).map((c) => c.id));
  const made: DemoAssessmentInfo[] = [];
  for (const demo of DEMO_ASSESSMENTS) {
    const challengeIds = demo.challengeIds.filter((id) => held.has(id));
    const missing = demo.challengeIds.filter((id) => !held.has(id));
    const existing = await s.assessments.idByTitle(demo.title);
    if (existing) {
      made.push({ title: demo.title, id: existing, challengeIds: await s.assessments.challengeIds(existing), missing });
      continue;
    }
    if (!challengeIds.length) continue;
    const { id } = await s.assessments.create({ ...demo, challengeIds, opensAt: null, closesAt: null }, null);
    made.push({ title: demo.title, id, challengeIds, missing });
  }
  return made;
}
