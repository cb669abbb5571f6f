import { screenshot } from './support/browser';
import { loginAdmin } from './support/admin-api';
import { editorAssets } from './support/server';
import { e2eSuite, editorValue, expectAccessible } from './support/suite';

jest.setTimeout(240_000);

const SUITE = 'candidate';
/** A correct Merge Intervals in JavaScript, on one line so Monaco's auto-indent cannot change it. */
const SOLUTION =
  'function mergeIntervals(a){a=a.map(x=>[...x]).sort((p,q)=>p[0]-q[0]);const r=[];for(const x of a){const l=r[r.length-1];if(l&&x[0]<=l[1])l[1]=Math.max(l[1],x[1]);else r.push(x);}return r;}';
const EXPLANATION =
  'I sort the intervals by their start, then sweep once from left to right. Each interval either overlaps the last merged one, which I then extend to the larger end, or starts a new merged interval. Sorting costs O(n log n) time and the sweep O(n); the output needs O(n) space.';

const OFFLINE_EDIT = ' (Written while offline.)';

const suite = e2eSuite({ env: { ASSAY_GRACE_SECONDS: '2', ASSAY_SWEEP_SECONDS: '1' } });

describe('a candidate taking the demo assessment', () => {
  it('opens the invite, starts, solves, runs, submits, explains, reloads, and finishes', async () => {
    const { page, requests } = suite.browser;

    // Landing: the assessment, its rules, Start; no editor code until the page is idle, then the editor is prefetched.
    await page.goto(suite.server.invite);
    await page.getByRole('heading', { name: 'Demo: coding screen' }).waitFor();
    await page.getByText('The timer cannot be paused').waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('assay:editor-prefetch').length > 0);
    const beforePrefetch = await page.evaluate(() => {
      const prefetch = performance.getEntriesByName('assay:editor-prefetch')[0]?.startTime ?? 0;
      return performance
        .getEntriesByType('resource')
        .filter((r) => r.startTime < prefetch)
        .map((r) => new URL(r.name).pathname);
    });
    for (const asset of editorAssets()) expect(beforePrefetch).not.toContain(asset);
    // The prefetch's request goes out after the mark (and networkidle may have come before it): wait for the chunk itself to arrive.
    const [editorChunk] = editorAssets();
    await page.waitForFunction((chunk) => performance.getEntriesByType('resource').some((r) => new URL(r.name).pathname === chunk), editorChunk);
    expect(requests.map((u) => new URL(u).pathname)).toContain(editorChunk);
    await screenshot(page, SUITE, '01-landing');
    await expectAccessible(page);

    // Keyboard only: the skip link comes first, then Tab reaches Start and Enter presses it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Start the assessment'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/attempt\/mean-and-stddev$/);
    // The first challenge's prompt is longer than its column: the scrolling prompt takes focus, so keyboard users can scroll it.
    await page.waitForFunction(() => Boolean(window.__assayEditor));
    await expectAccessible(page);
    await page.getByRole('link', { name: /Merge Intervals/ }).click();
    await page.waitForURL(/\/attempt\/merge-intervals$/);
    await page.getByRole('heading', { name: 'Merge Intervals', level: 1 }).waitFor();
    await page.waitForFunction(() => Boolean(window.__assayEditor));
    expect(await editorValue(page)).toContain('def merge_intervals');

    // Switch to JavaScript (code is kept per language) and type a solution into Monaco.
    await page.getByLabel('Language').selectOption('javascript');
    await page.waitForFunction(() => window.__assayEditor?.getModel()?.getValue().includes('function mergeIntervals'));
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(SOLUTION, { delay: 40 });
    expect(await editorValue(page)).toBe(SOLUTION);
    await page.getByText(/^Saved \d/).waitFor();
    await expectAccessible(page);

    // Run: the three public examples pass, shown as a table.
    await page.getByRole('button', { name: 'Run examples' }).click();
    await page.getByText('3 of 3 examples passed').waitFor({ timeout: 60_000 });
    expect(await page.locator('.results-table tbody tr.row-pass').count()).toBe(3);
    await screenshot(page, SUITE, '02-run-passed');

    // Submit: hidden tests as counts only.
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('All hidden tests passed').waitFor({ timeout: 90_000 });
    await page.locator('.groups').waitFor();
    await page.getByRole('link', { name: /Merge Intervals.*Submitted/ }).waitFor();

    // The explanation this challenge asks for, with a live word count.
    const explanation = page.getByLabel('Explanation (Markdown)');
    await explanation.fill(EXPLANATION);
    await page.getByText(/minimum of 30 reached/).waitFor();
    await page.getByText(/^Saved \d/).waitFor();
    await explanation.scrollIntoViewIfNeeded();
    await screenshot(page, SUITE, '03-submitted-with-explanation');

    // Offline: the edit is kept and saved once the network returns.
    await suite.browser.context.setOffline(true);
    await explanation.press('End');
    await explanation.pressSequentially(OFFLINE_EDIT, { delay: 20 });
    await page.getByText('Offline: kept on this device').waitFor();
    await screenshot(page, SUITE, '03b-offline');
    await suite.browser.context.setOffline(false);
    await page.getByText(/^Saved \d/).waitFor({ timeout: 20_000 });

    // Reload: same challenge, language, code, explanation and results.
    await page.reload();
    await page.waitForFunction(() => Boolean(window.__assayEditor));
    expect(new URL(page.url()).pathname).toBe('/attempt/merge-intervals');
    expect(await page.getByLabel('Language').inputValue()).toBe('javascript');
    expect(await editorValue(page)).toBe(SOLUTION);
    expect(await page.getByLabel('Explanation (Markdown)').inputValue()).toBe(EXPLANATION + OFFLINE_EDIT);
    await page.getByText('All hidden tests passed').waitFor();
    await screenshot(page, SUITE, '04-after-reload');

    // Finish, confirmed in a dialog.
    await page.getByRole('button', { name: 'Finish' }).click();
    const dialog = page.getByRole('dialog', { name: 'Finish the assessment?' });
    await dialog.waitFor();
    await screenshot(page, SUITE, '05-finish-dialog');
    await dialog.getByRole('button', { name: 'Finish now' }).click();
    await page.waitForURL(/\/attempt\/finished$/);
    await page.getByRole('heading', { name: 'Your assessment is submitted' }).waitFor();
    await screenshot(page, SUITE, '06-finished');
    await expectAccessible(page);

    // The used link now explains itself.
    await page.goto(suite.server.invite);
    await page.getByRole('heading', { name: 'This assessment is complete' }).waitFor();
    await screenshot(page, SUITE, '07-link-used');
  });

  it('explains unknown, not yet open and closed invite links', async () => {
    const { page } = suite.browser;
    await page.goto(`${suite.server.url}/invite/this-link-was-never-issued-0000`);
    await page.getByRole('heading', { name: 'We could not find this invite' }).waitFor();
    await screenshot(page, SUITE, '08-unknown-invite');
    await expectAccessible(page);

    const admin = await loginAdmin(suite.server.url);
    const day = 24 * 3600_000;
    const later = await admin.createAssessment({
      title: 'Spring screen',
      durationMinutes: 45,
      languages: ['python'],
      challengeIds: ['two-sum'],
      opensAt: new Date(Date.now() + day).toISOString(),
    });
    await page.goto(await admin.invite(later, 'early@example.test'));
    await page.getByRole('heading', { name: 'This assessment is not open yet' }).waitFor();
    expect(await page.getByRole('button', { name: /Start/ }).count()).toBe(0);

    const past = await admin.createAssessment({
      title: 'Winter screen',
      durationMinutes: 45,
      languages: ['python'],
      challengeIds: ['two-sum'],
      closesAt: new Date(Date.now() - day).toISOString(),
    });
    await page.goto(await admin.invite(past, 'late@example.test'));
    await page.getByRole('heading', { name: 'This assessment has closed' }).waitFor();
    await screenshot(page, SUITE, '09-closed-invite');
  });
});

describe('a candidate who runs out of time', () => {
  it('is warned in the last minute, and at zero the open code is submitted for them', async () => {
    const { page } = suite.browser;
    const admin = await loginAdmin(suite.server.url);
    const id = await admin.createAssessment({ title: 'One-minute screen', durationMinutes: 1, languages: ['python'], challengeIds: ['two-sum'] });
    await page.goto(await admin.invite(id, 'slow@example.test'));
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForURL(/\/attempt\/two-sum$/);
    await page.getByText('One minute left.').waitFor();
    await page.waitForFunction(() => Boolean(window.__assayEditor));
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('def two_sum(nums, target): return [0, 1]', { delay: 40 });
    await screenshot(page, SUITE, '10-last-minute');

    await page.waitForURL(/\/attempt\/finished\?reason=time$/, { timeout: 90_000 });
    await page.getByRole('heading', { name: 'Time is up: your work is submitted' }).waitFor();
    // The server's sweeper closes the attempt after the grace period; the page notices.
    await page.getByText(/Thank you for completing One-minute screen/).waitFor({ timeout: 30_000 });
    await page.locator('.finish-list').getByText('Submitted').waitFor();
    await screenshot(page, SUITE, '11-time-up');
    await expectAccessible(page);
  });
});
