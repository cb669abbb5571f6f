import path from 'node:path';
import { loadCatalog } from '../challenges/challenge.loader';
import type { Services } from '../main';
import { seedDemoAssessments, type DemoAssessmentInfo } from './demo-assessments';
import { seedDemoReviews } from './demo-reviews';

/** Demo logins printed by `npm start`; for local trials only. */
export const DEMO_USERS = [
  { email: 'admin@assay.local', name: 'Demo Admin', role: 'admin' as const, password: 'assay-admin-demo' },
  { email: 'reviewer@assay.local', name: 'Demo Reviewer', role: 'reviewer' as const, password: 'assay-reviewer-demo' },
];
const DEMO_TITLE = 'Demo: coding screen';
const DEMO_CANDIDATE = 'candidate@assay.local';
/** The demo assessment's challenges, named so that a challenge added to the catalog does not change what the printed link opens. */
const DEMO_CHALLENGES = ['mean-and-stddev', 'merge-intervals', 'roman-numerals'];

export interface DemoInfo {
  imported: { id: string; version: number; created: boolean }[];
  skipped: { id: string; problems: number }[];
  inviteUrl: string;
  /** The ready-made assessments (generalist screen, debugging, AI-answer review). */
  assessments: DemoAssessmentInfo[];
  /** Challenges of the finished demo attempt whose explanations wait for review. */
  toReview: string[];
}

/**
 * Idempotent demo data: imports the catalog, makes the demo admin and
 * reviewer, a demo assessment over three implement challenges, a
 * fresh invite link (links are shown once, so each start makes a new one),
 * the ready-made assessments (demo-assessments.ts), and once, a finished
 * attempt whose explanations wait for review.
 */
export async function seedDemo(s: Services, catalogDir = path.resolve(__dirname, '../../../challenges')): Promise<DemoInfo> {
  const imported: DemoInfo['imported'] = [];
  const skipped: DemoInfo['skipped'] = [];
  for (const loaded of loadCatalog(catalogDir)) {
    if (!loaded.challenge) {
      skipped.push({ id: loaded.id, problems: loaded.problems.length });
      continue;
    }
    imported.push({ id: loaded.id, ...(await s.challenges.save(loaded.challenge)) });
  }
  for (const user of DEMO_USERS) if (!(await s.users.byEmail(user.email))) await s.users.create(user);
  const existingId = await s.assessments.idByTitle(DEMO_TITLE);
  const catalog = await s.challenges.list();
  const present = new Set(catalog.map((c) => c.id));
  const named = DEMO_CHALLENGES.filter((id) => present.has(id));
  // A catalog without them (a trimmed copy) still gets a demo: its first implement challenges.
  const challengeIds = named.length
    ? named
    : catalog
        .filter((c) => c.kind === 'implement')
        .map((c) => c.id)
        .slice(0, 3);
  const assessmentId =
    existingId ??
    (
      await s.assessments.create(
        {
          title: DEMO_TITLE,
          description: 'A short demo assessment: implement each function, run the examples, submit against hidden tests.',
          durationMinutes: 60,
          languages: ['python', 'javascript', 'typescript'],
          challengeIds,
          opensAt: null,
          closesAt: null,
        },
        null,
      )
    ).id;
  const [invite] = await s.assessments.invite(assessmentId, { emails: [DEMO_CANDIDATE], extraMinutes: 0, expiresInDays: 14 });
  const assessments = await seedDemoAssessments(s);
  const toReview = await seedDemoReviews(s);
  return { imported, skipped, inviteUrl: invite!.url!, assessments, toReview };
}
