import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openDatabase } from '../../server/src/db/client';
import { compareChallenge, compareObjective, REVIEW_OBJECTIVE, REVIEW_PROBE, reviewChallenge, seedCritiqueAttempt } from '../../server/src/test-support/critique-rows';
import { screenshot } from './support/browser';
import { e2eSuite, expectAccessible, signIn } from './support/suite';
import { claimItemWith, signInAt, signOut } from './review-steps';

jest.setTimeout(300_000);

const SUITE = 'objective';
const EXPLANATION = 'The answer adds one whenever a is negative: add(-2, 1) returns 0 instead of -1.';

// A finished attempt on a review challenge whose submit was probed and graded (what the submission path stores),
// seeded through the repositories before the server starts on the same data.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-objective-'));
let attemptId = '';
let compareAttemptId = '';
beforeAll(async () => {
  const database = await openDatabase({ dataDir });
  try {
    const answers = {
      verdict: 'incorrect' as const,
      flags: [
        { line: 2, comment: 'adds one on negatives' },
        { line: 9, comment: 'odd name' },
      ],
      tests: [{ id: 'neg', args: [-2, 1], expected: -1, claim: 'fails on negatives' }],
    };
    ({ attemptId } = await seedCritiqueAttempt(database, [
      { challenge: reviewChallenge('review-add-e2e'), answers, objective: REVIEW_OBJECTIVE, probe: REVIEW_PROBE, explanation: EXPLANATION },
    ]));
    // A compare challenge and its swapped probe: the candidate picked A both times, so the position, not the answer.
    const order = ['resp-fast', 'resp-slow'];
    const pick = (strength: 'clearly' | 'slightly') => ({ preference: { choice: 'A' as const, strength } });
    ({ attemptId: compareAttemptId } = await seedCritiqueAttempt(
      database,
      [
        {
          challenge: compareChallenge('compare-e2e'),
          answers: pick('clearly'),
          objective: compareObjective(order, 'resp-fast', 'clearly', 0),
          explanation: 'The first is direct.',
        },
        {
          challenge: compareChallenge('compare-e2e-swap', 'compare-e2e'),
          answers: pick('slightly'),
          objective: compareObjective([...order].reverse(), 'resp-slow', 'slightly', 3),
          explanation: 'The first again.',
        },
      ],
      { 'compare-e2e': order, 'compare-e2e-swap': [...order].reverse() },
    ));
  } finally {
    await database.close();
  }
});
const suite = e2eSuite({ dataDir });
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** The column (of the item page's two) that holds the first element `selector` finds. */
const columnOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => Array.from(document.querySelectorAll('.review-col')).indexOf(el.closest('.review-col')!));

describe('a reviewer scoring a review challenge', () => {
  it('sees the objective results beside the rubric: verdicts, lines matched, the exposing case with the claim and what each program returned', async () => {
    const { page } = suite.browser;
    await signInAt(page, `${suite.server.url}/review`, 'reviewer@assay.local', 'assay-reviewer-demo');
    await claimItemWith(page, suite.server.url, 'adds one whenever a is negative');
    await page.getByRole('heading', { name: 'Review an add', level: 1 }).waitFor();

    const panel = page.getByRole('region', { name: 'Objective results' });
    await panel.waitFor();
    await panel.getByText('Verdict right').waitFor();
    await panel.getByText('candidate: incorrect · key: incorrect').waitFor();
    await panel.getByText(/key lines found 2 of 2 · key lines missed none · flags off the key 9/).waitFor();
    await panel.getByText('1 of 1 exposed the bug').waitFor();
    await panel.getByText('Claim: “fails on negatives”').waitFor();
    // Staff see the reference's output on the candidate's case, and the AI answer's.
    const rows = panel.getByRole('table', { name: 'What each program returned on neg' }).locator('tbody tr');
    expect(await rows.allInnerTexts()).toEqual(['Reference\t-1\tmatches', 'Answer A (resp-buggy)\t0\tdiffers']);

    // Beside the rubric: in the scoring column; the AI answer the candidate judged in the other, under its label.
    expect(await columnOf(page, '.objective-panel')).toBe(await columnOf(page, '.rubric-submit'));
    await page.getByRole('region', { name: 'AI answer A' }).waitFor();
    expect(await columnOf(page, '[aria-label="AI answer A"]')).not.toBe(await columnOf(page, '.objective-panel'));

    // Still blind: nothing names the candidate or their attempt.
    const html = (await page.content()).toLowerCase();
    expect(html).not.toContain('critique-');
    expect(html).not.toContain(attemptId);
    await screenshot(page, SUITE, '01-objective-beside-rubric');
    await expectAccessible(page);
  });
});

describe('the candidate report of a compare challenge and its swapped probe', () => {
  it('shows each preference against the key in the order shown, and whether the pick followed the answer or the position', async () => {
    const { page } = suite.browser;
    await signOut(page, /Demo Reviewer/); // the report is for admins
    await page.goto(`${suite.server.url}/admin/attempts/${compareAttemptId}/report`);
    await page.waitForURL(/\/login/);
    await signIn(page, 'admin@assay.local', 'assay-admin-demo');
    await page.waitForURL(/\/report$/);
    const panels = page.getByRole('region', { name: 'Objective results' });
    await panels.first().waitFor();
    expect(await panels.count()).toBe(2);
    await panels.first().getByText('candidate A (resp-fast), clearly better · key resp-fast (A), clearly better').waitFor();
    await panels.nth(1).getByText('candidate A (resp-slow), slightly better · key resp-fast (B), clearly better').waitFor();
    await page
      .getByText('Position bias: followed the position. Picked A (resp-fast), clearly better in “Compare two adds”, then A (resp-slow), slightly better in “Compare again”.')
      .waitFor();
    await screenshot(page, SUITE, '02-report-position-bias');
    await expectAccessible(page);
  });
});
