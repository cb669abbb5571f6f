import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { scoredItems, staffMember, storeReview } from '../../server/src/calibration/test-support/calibration-fixture';
import { openDatabase } from '../../server/src/db/client';
import { FakeClock } from '../../server/src/lib/clock';
import { buildHttpApp, createServices } from '../../server/src/main';
import { FakeRunner } from '../../server/src/test-support/fake-runner';
import type { TestApp } from '../../server/src/test-support/test-app';
import { foreignRequests, openBrowser, screenshot, type Browser } from './support/browser';
import { startDemoServer, type DemoServer } from './support/server';
import { expectAccessible, signIn } from './support/suite';

jest.setTimeout(300_000);

const SUITE = 'calibration';
let server: DemoServer;
let browser: Browser;
let dataDir: string;
let assessmentId: string;
const names: string[] = [];

/**
 * Scores written into the server's database before it starts (the review
 * workflow's rows, as its service writes them): six explanations scored by
 * two or three reviewers, and a gold item one reviewer misses.
 */
async function seedScores(dir: string): Promise<void> {
  const database = await openDatabase({ dataDir: dir });
  const clock = new FakeClock();
  const services = createServices(database, {
    runner: new FakeRunner(),
    clock,
    logger: pino({ level: 'silent' }),
    config: { graceSeconds: 15, runConcurrency: 1, queueCapacity: 10, secureCookies: false, publicUrl: 'http://assay.test' },
  });
  const t = { app: buildHttpApp(services), services, clock } as unknown as TestApp;
  try {
    const reviewers = [await staffMember(t, 'reviewer'), await staffMember(t, 'reviewer'), await staffMember(t, 'reviewer')];
    names.push(...reviewers.map((r) => r.name));
    const { itemIds, assessmentId: id } = await scoredItems(t, 9);
    assessmentId = id;
    const levels: [number, number][][] = [
      [
        [2, 2],
        [2, 1],
      ],
      [
        [1, 1],
        [1, 1],
      ],
      [
        [0, 0],
        [1, 0],
      ],
      [
        [2, 1],
        [2, 2],
        [2, 2],
      ],
      [
        [0, 1],
        [0, 1],
      ],
      [
        [1, 2],
        [2, 2],
      ],
    ];
    for (const [i, sets] of levels.entries()) {
      for (const [r, [clarity, fix]] of sets.entries()) await storeReview(t, itemIds[i]!, reviewers[r]!.id, { clarity, fix });
    }
    for (const i of [6, 7, 8]) {
      const gold = await services.calibration.markGold(itemIds[i]!, { clarity: 2, fix: 2 }, null);
      await storeReview(t, gold.itemId, reviewers[2]!.id, { clarity: 0, fix: 1 });
    }
  } finally {
    await services.queue.close();
    await database.close();
  }
}

/** A staff member's session over HTTP (cookie and CSRF token), for set-up the page does not need to show. */
async function staffApi(url: string, email: string, password: string) {
  const res = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async (method: string, path: string, body?: unknown): Promise<any> => {
    const r = await fetch(`${url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await r.json().catch(() => undefined);
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(data)}`);
    return data;
  };
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-calibration-e2e-'));
  await seedScores(dataDir);
  [server, browser] = await Promise.all([startDemoServer({ dataDir }), openBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
afterEach(() => expect(foreignRequests(browser.requests, server.url)).toEqual([]));

describe('an admin checking how consistently reviewers score', () => {
  it('reads the agreement figures, sees a flagged reviewer, pauses and resumes them with the keyboard', async () => {
    const { page } = browser;
    await page.goto(`${server.url}/admin/assessments/${assessmentId}`);
    await page.waitForURL(/\/login/);
    await signIn(page, 'admin@assay.local', 'assay-admin-demo');
    await page.getByRole('link', { name: 'Agreement' }).click();
    await page.waitForURL(/\/agreement$/);
    await page.getByRole('heading', { name: 'Reviewer agreement', level: 1 }).waitFor();
    await page.getByText('13 submitted reviews of 6 explanations').waitFor();
    // Overall: interval alpha and the ICC rest on all six explanations, each with its reading.
    const overall = page.getByRole('table', { name: 'Rubric score (all challenges)' });
    const interval = overall.getByRole('row', { name: /Krippendorff’s alpha \(interval\)/ });
    expect(await interval.locator('td').last().textContent()).toBe('6');
    await overall
      .getByRole('row', { name: /ICC\(2,1\): one reviewer/ })
      .getByText(/Koo & Li 2016/)
      .waitFor();
    await page.getByText('Not enough data').first().waitFor();
    await screenshot(page, SUITE, '01-agreement');
    await expectAccessible(page);

    // A criterion's section opens from the keyboard.
    await page.locator('summary', { hasText: 'Add two numbers: Clarity' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Add two numbers: Clarity' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Review quality' }).getByRole('link', { name: 'Reviewers' }).click();
    await page.waitForURL(/\/reviewers$/);
    const row = page.getByRole('row', { name: new RegExp(names[2]!) });
    await row.getByText('Flagged').waitFor();
    await row.getByText(/accuracy against gold 0% is below the threshold 0.7 \(3 gold items\)/).waitFor();
    await page.getByRole('table').last().getByText('Add two numbers').first().waitFor(); // the gold items
    await screenshot(page, SUITE, '02-reviewers');
    await expectAccessible(page);

    // Pause with the keyboard: the dialog suggests the flag as the reason.
    await row.getByRole('button', { name: `Pause ${names[2]}` }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Pause ${names[2]}` });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Reason').inputValue()).toContain('accuracy against gold 0%');
    await expectAccessible(page);
    await dialog.getByLabel('Reason').fill('Calibration session first');
    await dialog.getByRole('button', { name: 'Pause', exact: true }).focus();
    await page.keyboard.press('Enter');
    await row.getByText('Paused: Calibration session first').waitFor();
    await screenshot(page, SUITE, '03-paused');
    await row.getByRole('button', { name: `Resume ${names[2]}` }).click();
    await row.getByRole('button', { name: `Pause ${names[2]}` }).waitFor();
    expect(await row.getByText('Paused:').count()).toBe(0);
  });

  it('marks a reviewed explanation as gold from the candidate report, with the keyboard', async () => {
    const { page } = browser;
    // The demo reviewer scores one of the demo attempt's explanations (they become items once judged, in the background).
    const reviewer = await staffApi(server.url, 'reviewer@assay.local', 'assay-reviewer-demo');
    // Items of the seeded assessment come first (older): give them back until one of the demo attempt's comes.
    let review: any = null;
    for (let i = 0; i < 120 && !review; i++) {
      review = (await reviewer('POST', '/api/v1/reviews/next', {})).review;
      if (review && !['merge-intervals', 'fix-search-insert'].includes(review.item.challenge.id)) {
        await reviewer('POST', `/api/v1/reviews/${review.reviewId}/release`, {});
        review = null;
      } else if (!review) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(review).not.toBeNull();
    const criteria = review.item.rubric.criteria as { id: string; title: string }[];
    await reviewer('PUT', `/api/v1/reviews/${review.reviewId}`, { levels: Object.fromEntries(criteria.map((c) => [c.id, 0])), submit: true });
    const admin = await staffApi(server.url, 'admin@assay.local', 'assay-admin-demo');
    const demo = ((await admin('GET', '/api/v1/assessments')) as { id: string; title: string }[]).find((a) => a.title === 'Demo: explanations to review')!;
    const [attempt] = (await admin('GET', `/api/v1/assessments/${demo.id}/attempts`)) as { id: string }[];

    await page.goto(`${server.url}/admin/attempts/${attempt!.id}/report`);
    const signInHeading = page.getByRole('heading', { name: 'Staff sign in' });
    await signInHeading.or(page.getByRole('article')).first().waitFor();
    if (await signInHeading.isVisible()) await signIn(page, 'admin@assay.local', 'assay-admin-demo'); // when run alone
    const mark = page.getByRole('button', { name: 'Mark as gold' });
    await mark.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Mark as gold' });
    await dialog.waitFor();
    // Pre-filled with the reviewer's levels; arrow keys move a criterion to its next level.
    const first = dialog.getByRole('group', { name: criteria[0]!.title });
    expect(await first.getByRole('radio').first().isChecked()).toBe(true);
    await first.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await first.getByRole('radio').nth(1).isChecked()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, SUITE, '04-mark-gold');
    await dialog.getByRole('button', { name: 'Make gold item' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Gold item made' }).waitFor();

    const gold = (await admin('GET', `/api/v1/assessments/${demo.id}/gold`)) as { goldLevels: Record<string, number>; status: string }[];
    expect(gold).toEqual([expect.objectContaining({ status: 'active', goldLevels: Object.fromEntries(criteria.map((c, i) => [c.id, i === 0 ? 1 : 0])) })]);
  });
});
