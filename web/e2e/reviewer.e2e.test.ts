import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { startAttempt } from './support/candidate-api';
import { e2eSuite, expectAccessible, signIn } from './support/suite';

jest.setTimeout(240_000);

const SUITE = 'reviewer';
const CANDIDATE = 'candidate@assay.local';
const CODE = [
  'def merge_intervals(intervals):',
  '    merged = []',
  '    for start, end in sorted(intervals):',
  '        if merged and start <= merged[-1][1]:',
  '            merged[-1][1] = max(merged[-1][1], end)',
  '        else:',
  '            merged.append([start, end])',
  '    return merged',
  '',
].join('\n');
const EXPLANATION = [
  'I **sort the intervals by start**, then sweep once from left to right:',
  '',
  '- an interval that starts at or before the end of the last merged one extends it (touching ends merge);',
  '- any other interval starts a new merged interval.',
  '',
  'Sorting makes one pass enough, because only the last merged interval can overlap the next one. Time is `O(n log n)` for the sort, space `O(n)` for the output.',
].join('\n');

const suite = e2eSuite();
let submissionId: string;

beforeAll(async () => {
  // A finished attempt with an explained submission, made over HTTP as a candidate would.
  const candidate = await startAttempt(suite.server.invite);
  submissionId = await candidate.submit('merge-intervals', { language: 'python', code: CODE, explanation: EXPLANATION });
  await candidate.finish();
});

async function expectBlind(page: Page) {
  expect((await page.content()).toLowerCase()).not.toContain(CANDIDATE);
}

describe('a reviewer working the queue', () => {
  it('signs in, sees the item without who wrote it, and opens it with prompt, code, counts, explanation and rubric', async () => {
    const { page } = suite.browser;

    await page.goto(`${suite.server.url}/review`);
    await page.waitForURL(/\/login\?next=%2Freview/);
    await signIn(page, 'reviewer@assay.local', 'assay-reviewer-demo');
    await page.waitForURL(/\/review$/);

    // The blind queue: challenge, language, when, explanation length; no candidate.
    await page.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
    const row = page.getByRole('row', { name: /Merge Intervals/ });
    await row.waitFor();
    await row.getByText('Python 3').waitFor();
    await row.getByText(/^\d+ words$/).waitFor();
    await expectBlind(page);
    await screenshot(page, SUITE, '01-queue');
    await expectAccessible(page);

    // The item.
    await row.getByRole('link', { name: /^Review item/ }).click();
    await page.waitForURL(new RegExp(`/review/${submissionId}$`));
    await page.getByRole('heading', { name: 'Merge Intervals', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Prompt' }).getByText('Two intervals overlap when they share at least one point').waitFor();
    await page.waitForFunction((code) => window.__assayEditor?.getModel()?.getValue() === code, CODE);
    await page.getByText('11 of 11 hidden tests passed').waitFor();
    await page.getByText('The candidate was asked:').waitFor();
    await page.locator('.explanation-body strong', { hasText: 'sort the intervals by start' }).waitFor();
    await page.locator('.explanation-body li').first().waitFor();
    await expectBlind(page);
    await screenshot(page, SUITE, '02-item');

    // The rubric as a form: levels as radio buttons per criterion, a comment each, a running total.
    const approach = page.getByRole('group', { name: /Approach/ });
    await approach.getByRole('radio', { name: /Clear sort-then-sweep description/ }).check();
    await page
      .getByRole('group', { name: /Why it is correct/ })
      .getByRole('radio', { name: /^2/ })
      .check();
    await page.getByLabel('Comment on approach').fill('Matches the code exactly.');
    await page.getByText('5 / 7 points so far').waitFor();
    await page
      .getByRole('group', { name: /Complexity/ })
      .getByRole('radio', { name: /^2/ })
      .check();
    await page.getByText('7 / 7 points').waitFor();
    const submit = page.getByRole('button', { name: 'Submit scores' });
    expect(await submit.isDisabled()).toBe(true);
    await page.getByText('Scoring opens with the rubric release').waitFor();
    await page.getByRole('button', { name: 'Submit scores' }).scrollIntoViewIfNeeded();
    await screenshot(page, SUITE, '03-rubric');
    await expectBlind(page);
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

    // Sign out from the account menu; staff pages then ask for a login again.
    await page.getByRole('button', { name: /Demo Reviewer/ }).click();
    await page.getByText('reviewer@assay.local').waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login$/);
    await page.goto(`${suite.server.url}/review`);
    await page.waitForURL(/\/login\?next=%2Freview/);
  });
});
