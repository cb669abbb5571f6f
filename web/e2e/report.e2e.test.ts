import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../server/src/db/client';
import { attempts, challengeVersions, reviewItems, reviews, rubricRevisions, submissions, users } from '../../server/src/db/schema';
import { and, eq } from 'drizzle-orm';
import { loginAdmin } from './support/admin-api';
import { openBrowser, screenshot, type Browser } from './support/browser';
import { startAttempt } from './support/candidate-api';
import { ROOT, startDemoServer, type DemoServer } from './support/server';
import { expectAccessible, signIn } from './support/suite';

jest.setTimeout(300_000);

const SUITE = 'report';
const CHALLENGE = 'merge-intervals';
const EXPLANATION = 'Sort by start, then sweep: extend the last interval while the next one starts inside it. O(n log n) for the sort.';

let server: DemoServer;
let browser: Browser;
let dataDir: string;
beforeAll(async () => {
  [server, browser] = await Promise.all([startDemoServer({ dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'assay-report-')) }), openBrowser()]);
  dataDir = server.dataDir;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Two reviews of the attempt's submit written straight into the stopped
 * server's database (the review pages have their own suite), with a span
 * each, the second reviewer's overlapping the first's.
 */
async function writeReviews(attemptId: string): Promise<void> {
  const database = await openDatabase({ dataDir });
  try {
    const { db } = database;
    const [submit] = await db
      .select()
      .from(submissions)
      .where(and(eq(submissions.attemptId, attemptId), eq(submissions.kind, 'submit')));
    const [rubric] = await db.select().from(rubricRevisions).where(eq(rubricRevisions.challengeId, CHALLENGE));
    const [reviewer] = await db.select().from(users).where(eq(users.email, 'reviewer@assay.local'));
    const [admin] = await db.select().from(users).where(eq(users.email, 'admin@assay.local'));
    const version = rubric?.version ?? 1;
    if (!rubric)
      await db.insert(rubricRevisions).values({ challengeId: CHALLENGE, version, revision: 1, challengeVersion: submit!.challengeVersion, content: await rubricOf(database) });
    const at = new Date();
    const itemId = `e2e-item-${attemptId}`;
    await db
      .insert(reviewItems)
      .values({
        id: itemId,
        purpose: 'score',
        submissionId: submit!.id,
        attemptId,
        assessmentId: (await assessmentOf(database, attemptId))!,
        challengeId: CHALLENGE,
        rubricVersion: version,
        required: 2,
        status: 'final',
        finalAt: at,
      })
      .onConflictDoNothing();
    const common = { itemId, role: 'reviewer' as const, status: 'submitted' as const, rubricVersion: version, claimedAt: at, expiresAt: at, submittedAt: at };
    await db.insert(reviews).values([
      {
        id: `${itemId}-1`,
        reviewerId: reviewer!.id,
        levels: { approach: 3, correctness: 1, complexity: 2 },
        spans: [{ criterion: 'approach', start: 0, end: 27 }],
        comments: { approach: 'exactly the method' },
        comment: 'Good.',
        ...common,
      },
      {
        id: `${itemId}-2`,
        reviewerId: admin!.id,
        levels: { approach: 2, correctness: 1, complexity: 2 },
        spans: [{ criterion: 'complexity', start: EXPLANATION.indexOf('O(n'), end: EXPLANATION.length }],
        comments: {},
        comment: '',
        ...common,
      },
    ]);
  } finally {
    await database.close();
  }
}

async function rubricOf(database: Awaited<ReturnType<typeof openDatabase>>) {
  const [row] = await database.db.select().from(challengeVersions).where(eq(challengeVersions.challengeId, CHALLENGE));
  return (row!.content as { rubric: unknown }).rubric;
}

async function assessmentOf(database: Awaited<ReturnType<typeof openDatabase>>, attemptId: string) {
  const [row] = await database.db.select().from(attempts).where(eq(attempts.id, attemptId));
  return row?.assessmentId;
}

describe('the candidate report', () => {
  it('shows a provisional report, then the reviewed one with marked spans; prints without navigation, a page per challenge', async () => {
    const { page } = browser;
    const admin = await loginAdmin(server.url);
    const assessmentId = await admin.createAssessment({ title: 'Report screen', durationMinutes: 60, languages: ['python'], challengeIds: [CHALLENGE, 'two-sum'] });
    const candidate = await startAttempt(await admin.invite(assessmentId, 'report-candidate@example.test'));
    const code = fs.readFileSync(path.join(ROOT, 'challenges', CHALLENGE, 'reference/python.py'), 'utf8');
    await candidate.submit(CHALLENGE, { language: 'python', code, explanation: EXPLANATION });
    await candidate.finish();

    // The assessment's attempts table shows the score and its status, and links the report.
    await page.goto(`${server.url}/admin/assessments/${assessmentId}`);
    await page.waitForURL(/\/login/);
    await signIn(page, 'admin@assay.local', 'assay-admin-demo');
    await page.waitForURL(new RegExp(`/admin/assessments/${assessmentId}$`));
    await page.getByText('Provisional').first().waitFor();
    await page.getByRole('link', { name: 'Report of report-candidate@example.test’s attempt' }).click();
    await page.waitForURL(/\/report$/);
    await page.getByRole('heading', { level: 1, name: /report-candidate@example\.test/ }).waitFor();
    await page.getByText('Provisional score').waitFor();
    await page.getByText('Merge Intervals, rubric: 0 of 2 reviews final').waitFor();
    await screenshot(page, SUITE, '01-provisional');
    await expectAccessible(page);

    // Reviews land (written while the server is down), and the report shows them after a restart on the same data.
    const reportUrl = page.url();
    await server.stop();
    await writeReviews(candidate.attemptId);
    server = await startDemoServer({ dataDir });
    await page.goto(reportUrl.replace(/^http:\/\/[^/]+/, server.url));
    if (page.url().includes('/login')) {
      await signIn(page, 'admin@assay.local', 'assay-admin-demo');
      await page.waitForURL(/\/report$/);
    }
    const explanation = page.getByRole('region', { name: 'Explanation' });
    await explanation.locator('mark').first().waitFor();
    expect(await explanation.locator('.report-explanation mark').count()).toBe(2);
    expect(await explanation.locator('.report-explanation mark').first().textContent()).toBe('[Approach, marked by Demo Reviewer: Sort by start, then sweep: ]');
    await page
      .getByRole('cell', { name: /3 pts: Clear sort-then-sweep/ })
      .first()
      .waitFor();
    await page.getByText('“exactly the method”').waitFor();
    await screenshot(page, SUITE, '02-reviewed');
    await expectAccessible(page);

    // Printed: no top bar, no buttons, each challenge from a new page, code wrapped.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      topbar: getComputedStyle(document.querySelector('.staff-topbar')!).display,
      button: getComputedStyle(document.querySelector('.report-page button')!).display,
      breaks: Array.from(document.querySelectorAll('.report-challenge'), (e) => getComputedStyle(e).breakBefore),
      code: getComputedStyle(document.querySelector('.report-code')!).whiteSpace,
    }));
    expect(printed).toEqual({ topbar: 'none', button: 'none', breaks: ['page', 'page'], code: 'pre-wrap' });
    const artifacts = path.join(ROOT, 'artifacts/e2e', SUITE);
    fs.mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, '03-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    fs.writeFileSync(path.join(artifacts, 'report.pdf'), pdf);
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
  });
});
