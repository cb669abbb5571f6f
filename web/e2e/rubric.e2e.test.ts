import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { e2eSuite, expectAccessible, signIn } from './support/suite';

jest.setTimeout(300_000);

const SUITE = 'rubric';
const suite = e2eSuite();

/** The big full-marks figure of the preview. */
const fullMarks = (page: Page) => page.locator('.rubric-full-marks strong').innerText();
/** Waits for the preview's full marks to read `text`. */
const fullMarksReach = (page: Page, text: string) => page.waitForFunction((t) => document.querySelector('.rubric-full-marks strong')?.textContent === t, text);

/**
 * The demo reviewer scores demo items (each criterion's top level) through the review API until one of
 * merge-intervals is in, so the rubric being edited has a submitted review to re-score and to keep on its version.
 */
async function submitDemoReviews(serverUrl: string): Promise<string[]> {
  const login = await fetch(`${serverUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'reviewer@assay.local', password: 'assay-reviewer-demo' }),
  });
  if (!login.ok) throw new Error(`login: ${login.status}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = {
    'Content-Type': 'application/json',
    'X-CSRF-Token': csrfToken,
    Cookie: login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; '),
  };
  const scored: string[] = [];
  // The demo attempt's submits are judged in Docker after start; its items appear once they are, so "nothing waits" is retried.
  for (let tries = 0; !scored.includes('merge-intervals') && tries < 180; tries++) {
    const next = (await (await fetch(`${serverUrl}/api/v1/reviews/next`, { method: 'POST', headers })).json()) as {
      review: { reviewId: string; item: { challenge: { id: string }; rubric: { criteria: { id: string; levels: unknown[] }[] } } } | null;
    };
    if (!next.review) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      continue;
    }
    const { reviewId, item } = next.review;
    const levels = Object.fromEntries(item.rubric.criteria.map((c) => [c.id, c.levels.length - 1]));
    const saved = await fetch(`${serverUrl}/api/v1/reviews/${reviewId}`, { method: 'PUT', headers, body: JSON.stringify({ levels, submit: true }) });
    if (!saved.ok) throw new Error(`submit: ${saved.status} ${await saved.text()}`);
    scored.push(item.challenge.id);
  }
  return scored;
}

describe('an admin editing a challenge’s rubric', () => {
  it('changes points (a revision), sees problems beside their fields, adds and moves a level by keyboard (a new version), and reads the history', async () => {
    const { page } = suite.browser;
    expect(await submitDemoReviews(suite.server.url)).toContain('merge-intervals');
    await page.goto(`${suite.server.url}/admin/challenges/merge-intervals`);
    await page.waitForURL(/\/login/);
    await signIn(page, 'admin@assay.local', 'assay-admin-demo');
    await page.getByRole('link', { name: 'Rubric', exact: true }).click();
    await page.waitForURL(/\/admin\/challenges\/merge-intervals\/rubric$/);
    await page.getByRole('heading', { name: 'Rubric of Merge Intervals', level: 1 }).waitFor();
    expect(await fullMarks(page)).toBe('7');
    await page
      .getByRole('table')
      .getByRole('row', { name: /v1 rev\. 1 1 Current/ })
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, SUITE, '01-rubric');

    // New points: the preview follows as the admin types.
    await page.getByLabel('Points of level 4 of Approach').fill('5');
    await fullMarksReach(page, '9');
    await page.getByText('Same criteria and levels: the 1 review of version 1 will be re-scored with the new points and weights.').waitFor();

    // A problem shows beside its field, named as the server's schema names it, and blocks the save.
    const complexityBottom = page.getByLabel('Points of level 1 of Complexity');
    await complexityBottom.fill('-1');
    const problem = page.getByText('must be at least 0 with positive scoring (negative scoring deducts)');
    await problem.waitFor();
    expect(await complexityBottom.getAttribute('aria-invalid')).toBe('true');
    expect(await complexityBottom.getAttribute('aria-describedby')).toBe(await problem.getAttribute('id'));
    await fullMarksReach(page, '—');
    await expectAccessible(page);
    await screenshot(page, SUITE, '02-problem');
    await page.getByRole('button', { name: 'Save rubric' }).click();
    await page.waitForFunction(() => /criteria-2-levels-0-points$/.test(document.activeElement?.id ?? ''));
    await complexityBottom.fill('0');
    await problem.waitFor({ state: 'detached' });

    // Same criteria and levels: the next revision.
    await page.getByLabel('Note for the history').fill('a clear approach is worth more');
    await page.getByRole('button', { name: 'Save rubric' }).click();
    await page.getByText('Saved as version 1, revision 2 (challenge version 2); 1 review of version 1 re-scored.').waitFor();
    const history = page.getByRole('list', { name: 'Revisions, newest first' });
    await history.getByText('a clear approach is worth more').waitFor();
    await history.getByText('by Demo Admin').waitFor();
    expect(await fullMarks(page)).toBe('9');

    // A level added with the keyboard lands on its points; moving it keeps focus on the move button.
    const addLevel = page.getByRole('group', { name: /^Levels of Why it is correct/ }).getByRole('button', { name: 'Add a level' });
    await addLevel.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /criteria-1-levels-3-points$/.test(document.activeElement?.id ?? ''));
    expect(await page.getByLabel('Points of level 4 of Why it is correct').inputValue()).toBe('3'); // one above the top so far
    await page.keyboard.press('Tab');
    await page.keyboard.type('Also argues the touching case from the sort order.');
    await page.getByText('A new rubric version', { exact: true }).waitFor();
    const moveUp = page.getByRole('button', { name: 'Move level 4 of Why it is correct up' });
    await moveUp.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Move level 3 of Why it is correct up');
    // Moved below level 2 (2 points), 3 points are out of order: the schema says so at the new place.
    await page.getByText('must be above the level before it', { exact: false }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === 'Move level 2 of Why it is correct up');
    await page.getByRole('button', { name: 'Move level 2 of Why it is correct down' }).click();
    await page.getByRole('button', { name: 'Move level 3 of Why it is correct down' }).click();
    expect(await page.getByLabel('What earns it (level 4 of Why it is correct)').inputValue()).toBe('Also argues the touching case from the sort order.');
    await expectAccessible(page);
    await screenshot(page, SUITE, '03-new-level');
    // A new version asks first, naming the review that keeps the old one; the keyboard confirms it.
    await page.getByRole('button', { name: 'Save rubric' }).click();
    const confirm = page.getByRole('dialog', { name: 'Save as a new rubric version?' });
    await confirm.getByText('A new rubric version: 1 existing review keeps the old one, flagged as outdated. Only new reviews use version 2.').waitFor();
    await expectAccessible(page);
    await screenshot(page, SUITE, '04-confirm-version');
    await confirm.getByRole('button', { name: 'Save a new version' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Saved as rubric version 2 (challenge version 3); 1 review keeps an older version, flagged as outdated.').waitFor();
    const versions = page.getByRole('table');
    await versions
      .getByRole('row', { name: /v2 rev\. 1/ })
      .getByText('Current')
      .waitFor();
    await versions
      .getByRole('row', { name: /v1 rev\. 2 1 Outdated/ })
      .getByText(/Outdated/)
      .waitFor();
    await fullMarksReach(page, '10');
    await expectAccessible(page);
    await screenshot(page, SUITE, '05-saved-version');
  });
});
