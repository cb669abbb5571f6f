import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { startAttempt } from './support/candidate-api';
import { e2eSuite, editorValue, expectAccessible, signIn } from './support/suite';

jest.setTimeout(300_000);

const SUITE = 'admin';
const ID = 'sum-of-squares';
/** A new hidden test, typed on one line so Monaco's auto-indent cannot change it; `expectd` is the typo validation must catch. */
const BROKEN_TEST = '- {name: mixed signs, args: [[-1, 2]], expectd: 5}';
const FIXED_TEST = '- {name: mixed signs, args: [[-1, 2]], expected: 5}';

const suite = e2eSuite();

/** Challenges the demo server imported: every folder of the catalog (the loader skips names starting with `.` or `_`). */
const CATALOG_SIZE = fs
  .readdirSync(path.resolve(__dirname, '../../challenges'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !/^[._]/.test(entry.name)).length;

/** A file of the challenge editor's file tree (its button's name is the file name, then "(changed)" or a problem count). */
const fileButton = (page: Page, name: string) => page.getByRole('navigation', { name: 'Challenge' }).getByRole('button', { name: new RegExp(`^${name.replace('.', '\\.')}`) });

/** Clicks into the open Monaco editor and puts the cursor at the end of the file. */
async function focusEditorEnd(page: Page) {
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('ControlOrMeta+End');
}

describe('an admin authoring a challenge and an assessment', () => {
  it('creates, breaks, fixes, validates and saves a challenge; builds an assessment; invites two candidates; watches attempts', async () => {
    const { page } = suite.browser;

    // Staff pages need a login; afterwards the admin lands where they were going.
    await page.goto(`${suite.server.url}/admin`);
    await page.waitForURL(/\/login\?next=%2Fadmin/);
    await signIn(page, 'admin@assay.local', 'assay-admin-demo');
    await page.waitForURL(/\/admin\/challenges$/);
    await page.getByRole('heading', { name: 'Challenges', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Merge Intervals' }).waitFor();
    await page.getByLabel('Search challenges').fill('roman');
    await page.getByText(`1 of ${CATALOG_SIZE}`).waitFor();
    await screenshot(page, SUITE, '01-challenge-list');
    await expectAccessible(page);
    await page.getByLabel('Search challenges').fill('');

    // New challenge from the template; the details form writes challenge.yaml.
    await page.getByRole('link', { name: 'New challenge' }).click();
    await page.waitForURL(/\/admin\/challenges\/new$/);
    await page.getByLabel('Id', { exact: true }).fill(ID);
    await page.getByLabel('Title').fill('Sum of Squares');
    await page.getByLabel('Difficulty').selectOption('medium');
    await screenshot(page, SUITE, '02-new-challenge-details');
    await expectAccessible(page);
    await fileButton(page, 'challenge.yaml').click();
    await page.waitForFunction(() => window.__assayEditor?.getModel()?.getValue().includes('title: Sum of Squares'));
    expect(await editorValue(page)).toContain(`id: ${ID}\n`);
    expect(await editorValue(page)).toContain('difficulty: medium\n');

    // The prompt has a live Markdown preview.
    await fileButton(page, 'prompt.md').click();
    await page.getByRole('region', { name: 'Preview as candidates see it' }).getByRole('table').waitFor();

    // A hidden test typed into Monaco with a typo: validation names the file and the line.
    await fileButton(page, 'hidden.yaml').click();
    await page.waitForFunction(() => window.__assayEditor?.getModel()?.getValue().includes('name: negatives'));
    await focusEditorEnd(page);
    await page.keyboard.type(BROKEN_TEST, { delay: 40 });
    expect(await editorValue(page)).toContain(BROKEN_TEST);
    await page.getByRole('button', { name: 'Validate', exact: true }).first().click();
    await page.locator('.verdict-bad').getByText('2 problems').waitFor({ timeout: 60_000 });
    await page
      .getByRole('navigation', { name: 'Challenge' })
      .getByRole('button', { name: /hidden\.yaml.*2 problems/ })
      .waitFor();
    await screenshot(page, SUITE, '03-validation-problems');

    await page
      .getByRole('navigation', { name: 'Challenge' })
      .getByRole('button', { name: /hidden\.yaml.*2 problems/ })
      .click();
    await page.getByText('2 problems in this file').waitFor();
    await page
      .getByText(/line 7/)
      .first()
      .waitFor();
    await page.locator('.monaco-editor .squiggly-error').first().waitFor();
    await screenshot(page, SUITE, '04-problem-inline');

    // Fix the line in Monaco, validate: every reference passes every test.
    await focusEditorEnd(page);
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.type(FIXED_TEST, { delay: 40 });
    expect(await editorValue(page)).toContain(FIXED_TEST);
    expect(await editorValue(page)).not.toContain('expectd');
    await page.getByRole('button', { name: 'Validate', exact: true }).first().click();
    await page.getByText('Valid: every reference passes every test').waitFor({ timeout: 90_000 });
    const rows = page.locator('.validation-table tbody tr');
    expect(await rows.count()).toBe(5);
    expect(await page.locator('.validation-table tbody tr.row-pass').count()).toBe(5);
    await page.getByRole('row', { name: /mixed signs.*hidden.*Pass/ }).waitFor();
    await screenshot(page, SUITE, '05-validation-passed');
    await expectAccessible(page);

    // Save: the challenge exists, as version 1.
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(new RegExp(`/admin/challenges/${ID}$`));
    await page.getByText(`Created ${ID}, version 1.`).waitFor();
    await page.getByText('Version 1', { exact: true }).waitFor();
    await screenshot(page, SUITE, '06-saved');

    // An assessment with the new challenge first, then Two Sum (ordered with the arrows).
    await page.getByRole('link', { name: 'Assessments' }).click();
    await page.getByRole('link', { name: 'New assessment' }).first().click();
    await page.waitForURL(/\/admin\/assessments\/new$/);
    await page.getByLabel('Title').fill('Backend screen');
    await page.getByLabel('Duration (minutes)').fill('45');
    await page.getByLabel('Description').fill('Two short functions. Run the examples, then submit.');
    await page.getByRole('button', { name: 'Add Two Sum' }).click();
    await page.getByRole('button', { name: 'Add Sum of Squares' }).click();
    await page.getByRole('button', { name: 'Move Sum of Squares up' }).click();
    await expect(page.locator('.picker-list').first().locator('.picker-name').allTextContents()).resolves.toEqual(['Sum of Squares', 'Two Sum']);
    await screenshot(page, SUITE, '07-new-assessment');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Create assessment' }).click();
    await page.waitForURL(/\/admin\/assessments\/[^/]+$/);
    await page.getByRole('heading', { name: 'Backend screen', level: 1 }).waitFor();
    await page.getByText('Assessment created. Invite candidates below.').waitFor();

    // Bulk invite: two emails pasted, two single-use links shown once, with Copy buttons.
    await page.locator('.segmented label', { hasText: 'Several' }).click();
    expect(await page.getByRole('radio', { name: 'Several' }).isChecked()).toBe(true);
    await page.getByLabel('Candidate emails').fill('ada@example.com\ngrace@example.com');
    await page.getByText('2 emails ready').waitFor();
    await page.getByRole('button', { name: 'Create 2 invite links' }).click();
    await page.getByText('2 new invite links: copy them now').waitFor();
    await page.getByText('Links are shown only once.', { exact: false }).waitFor();
    const links = await page.locator('.issued-url').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(links).toHaveLength(2);
    for (const link of links) expect(link).toMatch(new RegExp(`^${suite.server.url}/invite/[\\w-]{20,}$`));
    await page.getByRole('button', { name: 'Copy the link for ada@example.com' }).waitFor();
    await page.getByRole('row', { name: /grace@example\.com.*Not started/ }).waitFor();
    await screenshot(page, SUITE, '08-invited');
    await expectAccessible(page);

    // No SMTP server here: each invite's email waits in the outbox, its link ready to copy.
    await page.getByRole('row', { name: /grace@example\.com.*In outbox/ }).waitFor();
    await page.getByRole('link', { name: 'Open the outbox' }).click();
    await page.getByRole('heading', { name: 'Invite emails', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Copy text of the email to ada@example.com' }).waitFor();
    const texts = await page.locator('textarea.mail-text').evaluateAll((areas) => areas.map((a) => (a as HTMLTextAreaElement).value));
    expect(texts).toHaveLength(2);
    for (const link of links) expect(texts.some((text) => text.includes(link))).toBe(true);
    await screenshot(page, SUITE, '08b-outbox');
    await expectAccessible(page);
    await page.goBack();
    await page.getByRole('heading', { name: 'Backend screen', level: 1 }).waitFor();

    // Ada starts and submits over HTTP; the live table picks her up within one refresh.
    const ada = await startAttempt(links[0]!);
    await ada.submit(ID, { language: 'python', code: 'def sum_of_squares(nums):\n    return sum(n * n for n in nums)\n' });
    const row = page.getByRole('row', { name: /ada@example\.com/ }).filter({ hasText: 'In progress' });
    await row.waitFor({ timeout: 15_000 });
    await row.getByText('100%').waitFor({ timeout: 15_000 });
    const left1 = await row.locator('td.mono').textContent();
    await page.waitForTimeout(2100);
    const left2 = await row.locator('td.mono').textContent();
    expect(left2).not.toBe(left1); // the time left ticks
    await page.getByRole('row', { name: /ada@example\.com Started/ }).waitFor({ timeout: 15_000 }); // her invite is used now
    await page.getByText('2 invited · 1 started · 0 finished').waitFor({ timeout: 15_000 });
    await page.getByRole('heading', { name: 'Attempts' }).scrollIntoViewIfNeeded();
    await screenshot(page, SUITE, '09-attempts-live');

    // Attempt detail: the timeline, and the submitted code read-only in Monaco.
    await row.getByRole('link', { name: /Details/ }).click();
    await page.waitForURL(/\/admin\/attempts\//);
    await page.getByRole('heading', { name: 'ada@example.com', level: 1 }).waitFor();
    await page.waitForFunction(() => window.__assayEditor?.getModel()?.getValue().includes('def sum_of_squares'));
    await page.getByText('3 of 3 passed').waitFor();
    await screenshot(page, SUITE, '10-attempt-detail');
    await expectAccessible(page);
  });
});
