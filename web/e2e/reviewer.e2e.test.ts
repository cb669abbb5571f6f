import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { loginAdmin } from './support/admin-api';
import { screenshot } from './support/browser';
import { startAttempt } from './support/candidate-api';
import { e2eSuite, expectAccessible } from './support/suite';
import { claimItemWith, levelRadio, selectInExplanation, signInAt, signOut } from './review-steps';

jest.setTimeout(300_000);

const SUITE = 'reviewer';
const CANDIDATE = 'debugger@example.com';
const STARTER = fs.readFileSync(`${__dirname}/../../challenges/fix-search-insert/starter/python.py`, 'utf8');
const CODE = STARTER.replace('lo, hi = 0, len(nums) - 1', 'lo, hi = 0, len(nums)');
const EXPLANATION = [
  'The upper bound started at len(nums) - 1, so a target larger than every element could never be placed after the last one.',
  '',
  'Starting hi at len(nums) makes the end of the list a possible answer, and the empty list returns 0.',
].join('\n');

const suite = e2eSuite();

beforeAll(async () => {
  // A finished debug attempt with an explanation, made over HTTP: the reviewer sees its diff against the starter.
  const admin = await loginAdmin(suite.server.url);
  const assessmentId = await admin.createAssessment({ title: 'Debug screen', durationMinutes: 30, languages: ['python'], challengeIds: ['fix-search-insert'] });
  const candidate = await startAttempt(await admin.invite(assessmentId, CANDIDATE));
  await candidate.submit('fix-search-insert', { language: 'python', code: CODE, explanation: EXPLANATION });
  await candidate.finish();
});

async function expectBlind(page: Page) {
  expect((await page.content()).toLowerCase()).not.toContain(CANDIDATE);
}

const radio = (page: Page, criterion: RegExp, level: number) => levelRadio(page, criterion, level);

describe('a reviewer scoring one item', () => {
  it('claims the item blind, sees the diff against the starter, and scores it with the keyboard', async () => {
    const { page } = suite.browser;
    await signInAt(page, `${suite.server.url}/review`, 'reviewer@assay.local', 'assay-reviewer-demo');
    await page.getByRole('heading', { name: 'Reviews', level: 1 }).waitFor();
    await screenshot(page, SUITE, '01-start');
    await expectAccessible(page);

    await claimItemWith(page, suite.server.url, 'The upper bound started at len(nums) - 1');
    await page.getByRole('heading', { name: /Fix the AI/, level: 1 }).waitFor();
    await page.getByText(/Your claim expires in \d+ minutes/).waitFor();
    // Debug: Monaco's diff of the candidate's code against the buggy starter.
    await page.getByRole('region', { name: 'The candidate’s changes to the starter' }).waitFor();
    await page.waitForFunction(
      ([original, modified]) => {
        const models = window.__assayDiffEditor?.getModel();
        return models?.original.getValue() === original && models?.modified.getValue() === modified;
      },
      [STARTER, CODE],
    );
    await page.getByText(/\d+ of \d+ hidden tests passed/).waitFor();
    await expectBlind(page);

    // Submit waits for every criterion, and says so.
    const submit = page.getByRole('button', { name: 'Submit scores' });
    expect(await submit.isDisabled()).toBe(true);
    await page.getByText('Pick a level for Identifies the bug and Explains the fix to submit.').waitFor();

    // Keyboard: 3 picks the third level of the current criterion; J moves on; digits typed in a comment stay text.
    await radio(page, /^Identifies the bug/, 1).focus();
    await page.keyboard.press('3');
    expect(await radio(page, /^Identifies the bug/, 3).isChecked()).toBe(true);
    await page.keyboard.press('j');
    await page.keyboard.press('2');
    expect(await radio(page, /^Explains the fix/, 2).isChecked()).toBe(true);
    await page.keyboard.press('k');
    await page.keyboard.press('2');
    expect(await radio(page, /^Identifies the bug/, 2).isChecked()).toBe(true);
    await page.getByLabel('Comment on explains the fix').fill('');
    await page.getByLabel('Comment on explains the fix').pressSequentially('1 j 3');
    expect(await radio(page, /^Identifies the bug/, 2).isChecked()).toBe(true);
    expect(await page.getByLabel('Comment on explains the fix').inputValue()).toBe('1 j 3');
    await page.locator('.rubric-total', { hasText: /^2 of 4 points$/ }).waitFor();
    await page.getByText('Identifies the bug must reach 1 pt: 1 pt, passed').waitFor();
    await page.getByText('Every criterion has a level: ready to submit.').waitFor();

    // A span: select text in the explanation, attach it, see it highlighted with its label and listed; remove another.
    await selectInExplanation(page, 'a target larger than every element');
    await page.getByRole('button', { name: 'Attach to Identifies the bug' }).click();
    await page.locator('mark', { hasText: 'a target larger than every element' }).waitFor();
    await page.locator('.span-tag', { hasText: 'Identifies the bug' }).waitFor();
    await page.getByRole('list', { name: 'Spans for Identifies the bug' }).locator('q', { hasText: 'a target larger than every element' }).waitFor();
    await selectInExplanation(page, 'the empty list returns 0');
    await page.getByRole('button', { name: 'Attach to Explains the fix' }).click();
    await page
      .getByRole('list', { name: 'Spans for Explains the fix' })
      .getByRole('button', { name: /Remove/ })
      .click();
    expect(await page.getByRole('list', { name: 'Spans for Explains the fix' }).count()).toBe(0);

    // The draft saves itself; a reload brings it back from the server.
    await page.getByText(/^Saved at/).waitFor();
    await screenshot(page, SUITE, '02-scoring');
    await expectAccessible(page);
    await page.reload();
    await page.getByRole('region', { name: 'Explanation text' }).waitFor();
    expect(await radio(page, /^Identifies the bug/, 2).isChecked()).toBe(true);
    expect(await radio(page, /^Explains the fix/, 2).isChecked()).toBe(true);
    expect(await page.getByLabel('Comment on explains the fix').inputValue()).toBe('1 j 3');
    await page.locator('mark', { hasText: 'a target larger than every element' }).waitFor();
    await expectBlind(page);

    // Leaving right after an edit (before the autosave delay) still saves it.
    await page.getByLabel('Overall comment').fill('Left at once.');
    await page.getByRole('link', { name: 'Reviews' }).click();
    await page.waitForURL(/\/review$/);
    await page.getByRole('link', { name: /^Continue review/ }).click();
    await page.getByRole('region', { name: 'Explanation text' }).waitFor();
    expect(await page.getByLabel('Overall comment').inputValue()).toBe('Left at once.');

    // Release: the item goes back; the reviewer's list says so.
    await page.getByRole('button', { name: 'Release' }).click();
    await page.waitForURL(/\/review$/);
    // (The demo's own debug item may be listed as released too: claimItemWith gives back items that are not ours.)
    await page
      .getByRole('row', { name: /Fix the AI.*Released/ })
      .first()
      .waitFor();
    expect(await page.getByRole('row', { name: /In progress/ }).count()).toBe(0);
    await screenshot(page, SUITE, '03-released');
    await expectAccessible(page);
  });

  it('may read the challenge list but not open the editor, and signs out', async () => {
    const { page } = suite.browser;
    await page.goto(`${suite.server.url}/admin/challenges`);
    await page.getByRole('heading', { name: 'Challenges', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'New challenge' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Merge Intervals' }).count()).toBe(0);
    await page.goto(`${suite.server.url}/admin/challenges/merge-intervals`);
    await page.getByRole('heading', { name: 'Admins only' }).waitFor();
    await screenshot(page, SUITE, '04-admins-only');

    await signOut(page, /Demo Reviewer/);
    await page.goto(`${suite.server.url}/review`);
    await page.waitForURL(/\/login\?next=%2Freview/);
  });
});
