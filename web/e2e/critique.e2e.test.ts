import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { loginAdmin } from './support/admin-api';
import { COMPARE_CHALLENGE, EXPLAIN_CHALLENGE, REVIEW_CHALLENGE } from './support/critique-challenges';
import { ROOT } from './support/server';
import { e2eSuite, expectAccessible } from './support/suite';

jest.setTimeout(300_000);

const SUITE = 'critique';
const suite = e2eSuite();

/** Waits for the autosave of a change just made: "Saving…" (the debounce shows it for 0.8 s), then "Saved". */
async function saved(page: Page): Promise<void> {
  await page.getByText('Saving…').waitFor();
  await page.getByText(/^Saved \d/).waitFor({ timeout: 20_000 });
}

async function open(page: Page, challengeId: string, title: string): Promise<void> {
  await page.getByRole('link', { name: new RegExp(title) }).click();
  await page.waitForURL(new RegExp(`/attempt/${challengeId}$`));
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}

/** Replaces the code in the open Monaco editor (as a paste would) and waits for it to be saved. */
async function setCode(page: Page, code: string): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__assayEditor));
  await page.evaluate((text) => window.__assayEditor!.setValue(text), code);
  await saved(page);
}

const reference = (challenge: string) => fs.readFileSync(path.join(ROOT, 'challenges', challenge, 'reference/python.py'), 'utf8');

describe('a candidate taking one challenge of each kind', () => {
  beforeAll(async () => {
    const admin = await loginAdmin(suite.server.url);
    for (const files of [REVIEW_CHALLENGE, COMPARE_CHALLENGE, EXPLAIN_CHALLENGE]) await admin.createChallenge(files);
    const id = await admin.createAssessment({
      title: 'Critique screen',
      durationMinutes: 60,
      languages: ['python'],
      challengeIds: ['two-sum', 'fix-search-insert', 'e2e-review-largest', 'e2e-compare-largest', 'e2e-explain-largest'],
    });
    const { page } = suite.browser;
    await page.goto(await admin.invite(id, 'critic@example.test'));
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.waitForURL(/\/attempt\/two-sum$/);
  });

  it('implement: writes the code and submits it', async () => {
    const { page } = suite.browser;
    await page.getByRole('heading', { name: 'Two Sum', level: 1 }).waitFor();
    await setCode(page, reference('two-sum'));
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('All hidden tests passed').waitFor({ timeout: 90_000 });
  });

  it('debug: compares the fix with the starter, then submits it', async () => {
    const { page } = suite.browser;
    await open(page, 'fix-search-insert', "Fix the AI's Search Insert Position");
    await setCode(page, reference('fix-search-insert'));
    const toggle = page.getByRole('button', { name: 'Compare with the starter' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(() => Boolean(window.__assayDiffEditor?.getLineChanges()?.length));
    const sides = await page.evaluate(() => [window.__assayDiffEditor!.getOriginalEditor().getValue(), window.__assayDiffEditor!.getModifiedEditor().getValue()]);
    expect(sides[0]).toContain('len(nums) - 1');
    expect(sides[1]).toBe(reference('fix-search-insert'));
    await screenshot(page, SUITE, '01-debug-diff');
    await expectAccessible(page);
    await toggle.click();
    await page.waitForFunction((code) => window.__assayEditor?.getValue() === code, reference('fix-search-insert'));
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('All hidden tests passed').waitFor({ timeout: 90_000 });
  });

  it('review: verdict, flagged lines with comments, a test case that exposes the bug; all kept on reload', async () => {
    const { page } = suite.browser;
    await open(page, 'e2e-review-largest', "Review the AI's Largest Element");
    await page.getByRole('radio', { name: /^Incorrect/ }).check();

    // Keyboard: the caret on line 2, Ctrl+Shift+F flags it. Mouse: a click on line number 5 flags that one.
    await page.waitForFunction(() => Boolean(window.__assayFlagEditor));
    await page.evaluate(() => {
      window.__assayFlagEditor!.focus();
      window.__assayFlagEditor!.setPosition({ lineNumber: 2, column: 5 });
    });
    await page.keyboard.press('Control+Shift+F');
    // The answer is read-only: Tab moves on instead of indenting, so the editor never traps the keyboard.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.monaco-editor')))).toBe(false);
    await page.getByLabel(/^Line 2/).fill('best starts at 0, so a list of negatives returns 0');
    await page.locator('.monaco-editor .line-numbers').getByText('5', { exact: true }).click();
    await page.getByLabel(/^Line 5/).waitFor();
    expect(await page.locator('.flagged-line').count()).toBe(2);
    await page.getByRole('button', { name: 'Remove the flag on line 5' }).click();
    await page.getByLabel(/^Line 5/).waitFor({ state: 'detached' });

    // A test case: a bad expected value is named inline and not saved; fixed, it is.
    await page.getByRole('button', { name: 'Add a test case' }).click();
    await page.getByLabel('Arguments (JSON array)').fill('[[-3, -1, -2]]');
    await page.getByLabel('Expected value (JSON, optional)').fill('minus one');
    await page.getByText(/The expected value is not valid JSON/).waitFor();
    await page.getByLabel('Expected value (JSON, optional)').fill('-1');
    await page.getByLabel('What this case shows (optional)').fill('all negatives: returns 0');
    await saved(page);
    await screenshot(page, SUITE, '02-review');
    await expectAccessible(page);

    // Run my tests: the AI answer returns 0, the correct program -1: the case exposes the bug.
    await page.getByRole('button', { name: 'Run my tests' }).click();
    await page.getByText('1 of 1 test cases expose a bug').waitFor({ timeout: 90_000 });
    await page.getByText('The correct program returns your expected value.').waitFor();
    await page.getByText('Differs from expected').waitFor();
    await screenshot(page, SUITE, '03-review-probe');
    await expectAccessible(page);

    await page.reload();
    await page.getByRole('heading', { name: "Review the AI's Largest Element", level: 1 }).waitFor();
    expect(await page.getByRole('radio', { name: /^Incorrect/ }).isChecked()).toBe(true);
    expect(await page.getByLabel(/^Line 2/).inputValue()).toBe('best starts at 0, so a list of negatives returns 0');
    expect(await page.getByLabel(/^Line 5/).count()).toBe(0);
    expect(await page.getByLabel('Arguments (JSON array)').inputValue()).toBe('[[-3,-1,-2]]');
    expect(await page.getByLabel('Expected value (JSON, optional)').inputValue()).toBe('-1');
    await page.getByText('1 of 1 test cases expose a bug').waitFor();

    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('Submitted; your answers are graded after the assessment').waitFor({ timeout: 90_000 });
  });

  it('compare: A beside B, the preference, ratings and a run on both answers; kept on reload', async () => {
    const { page } = suite.browser;
    await open(page, 'e2e-compare-largest', 'Compare two Largest Element answers');
    await page.waitForFunction(() => Boolean(window.__assayDiffEditor));
    const sides = await page.evaluate(() => [window.__assayDiffEditor!.getOriginalEditor().getValue(), window.__assayDiffEditor!.getModifiedEditor().getValue()]);
    const shownA = sides[0]!.includes('best = 0') ? 'loop' : 'builtin';
    await page.getByRole('radio', { name: 'B is clearly better' }).check();
    await page.getByRole('group', { name: 'Correctness of answer A' }).getByRole('radio', { name: '2' }).check();
    await page.getByRole('group', { name: 'Readability of answer B' }).getByRole('radio', { name: '5' }).check();
    await page.getByRole('button', { name: 'Add a test case' }).click();
    await page.getByLabel('Arguments (JSON array)').fill('[[-5, -4]]');
    await page.getByLabel('Expected value (JSON, optional)').fill('-4');
    await saved(page);
    await screenshot(page, SUITE, '04-compare');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Run my tests' }).click();
    await page.getByText('1 of 1 test cases expose a bug').waitFor({ timeout: 90_000 });
    const rows = page.getByRole('table', { name: 'AI answers on test case t1' }).locator('tbody tr');
    expect(await rows.count()).toBe(2);
    const outputs = await rows.locator('code').allTextContents();
    expect(outputs).toEqual(shownA === 'loop' ? ['0', '-4'] : ['-4', '0']);

    await page.reload();
    await page.getByRole('heading', { name: 'Compare two Largest Element answers', level: 1 }).waitFor();
    expect(await page.getByRole('radio', { name: 'B is clearly better' }).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'Readability of answer B' }).getByRole('radio', { name: '5' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Arguments (JSON array)').inputValue()).toBe('[[-5,-4]]');

    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('Submitted; your answers are graded after the assessment').waitFor({ timeout: 90_000 });
  });

  it('explain: prose only, about the code shown read-only', async () => {
    const { page } = suite.browser;
    await open(page, 'e2e-explain-largest', 'Explain the Largest Element loop');
    expect(await page.locator('.monaco-editor').count()).toBe(0);
    expect(await page.getByLabel('The code, Python').textContent()).toContain('best = 0');
    await page.getByLabel('Explanation (Markdown)').fill('It starts the best value at zero, so a list of negative numbers returns zero instead of its largest element.');
    await saved(page);
    await expectAccessible(page);
    await page.reload();
    expect(await page.getByLabel('Explanation (Markdown)').inputValue()).toContain('starts the best value at zero');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('Submitted; your answers are graded after the assessment').waitFor({ timeout: 90_000 });
    await screenshot(page, SUITE, '05-explain');
  });
});
