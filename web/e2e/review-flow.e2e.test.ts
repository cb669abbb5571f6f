import crypto from 'node:crypto';
import fs from 'node:fs';
import { screenshot } from './support/browser';
import { startAttempt } from './support/candidate-api';
import { e2eSuite, expectAccessible } from './support/suite';
import { adminHttp, claimItemWith, dataDirWithReviewer, levelRadio, selectInExplanation, signInAt, signOut, webhookReceiver } from './review-steps';

jest.setTimeout(300_000);

const SUITE = 'review-flow';
const CANDIDATE = 'explainer@example.test';
const SECOND = { email: 'second.reviewer@assay.local', name: 'Second Reviewer', password: 'second-reviewer-pass' };
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
  'I sort the intervals by start, then sweep once from left to right:',
  'an interval that starts at or before the end of the last merged one extends it (touching ends merge);',
  'any other interval starts a new merged interval.',
  '',
  'Sorting makes one pass enough, because only the last merged interval can overlap the next one. Time is O(n log n) for the sort, space O(n) for the output.',
].join('\n');

// The demo seeds one reviewer; the second is made the way an operator would, before the server starts.
const dataDir = dataDirWithReviewer(SECOND);
const suite = e2eSuite({ dataDir });
let attemptId: string;
let secret: string;
let hook: Awaited<ReturnType<typeof webhookReceiver>>;

beforeAll(async () => {
  // An assessment of one explained challenge (default review settings: 2 reviews, 2 points of disagreement),
  // a customer's receiver registered on it, and a candidate who submits and finishes.
  hook = await webhookReceiver();
  const admin = await adminHttp(suite.server.url);
  const assessment = await admin.post('/api/v1/assessments', {
    title: 'Review flow',
    description: '',
    durationMinutes: 30,
    languages: ['python'],
    challengeIds: ['merge-intervals'],
  });
  secret = (await admin.post(`/api/v1/assessments/${assessment.id}/webhooks`, { url: hook.url })).secret;
  const invite = await admin.post(`/api/v1/assessments/${assessment.id}/invites`, { emails: [CANDIDATE] });
  const candidate = await startAttempt(invite.invites[0].url);
  attemptId = candidate.attemptId;
  await candidate.submit('merge-intervals', { language: 'python', code: CODE, explanation: EXPLANATION });
  await candidate.finish();
});
afterAll(async () => {
  await hook?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('two reviewers disagree, an admin adjudicates, the attempt becomes final', () => {
  it('the first reviewer scores full marks with a span and submits; peers stay hidden', async () => {
    const { page } = suite.browser;
    await signInAt(page, `${suite.server.url}/review`, 'reviewer@assay.local', 'assay-reviewer-demo');
    await claimItemWith(page, suite.server.url, 'I sort the intervals by start');
    expect((await page.content()).toLowerCase()).not.toContain(CANDIDATE);
    expect((await page.content()).toLowerCase()).not.toContain(attemptId);

    await levelRadio(page, /^Approach/, 4).check();
    await levelRadio(page, /^Why it is correct/, 3).check();
    await levelRadio(page, /^Complexity/, 3).check();
    await page.locator('.rubric-total', { hasText: /^7 of 7 points$/ }).waitFor();
    await selectInExplanation(page, 'I sort the intervals by start');
    await page.getByRole('button', { name: 'Attach to Approach' }).click();
    await page.getByLabel('Overall comment').fill('Complete and matches the code.');
    await page.getByRole('button', { name: 'Submit scores' }).click();
    await page.getByText('Submitted · editable until final').waitFor();
    await page.getByRole('button', { name: 'Update submitted scores' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Other reviewers’ scores' }).count()).toBe(0);
    await screenshot(page, SUITE, '01-first-submitted');
    await expectAccessible(page);
    await signOut(page, /Demo Reviewer/);
  });

  it('the second reviewer scores low, submits, and then sees the first set beside theirs', async () => {
    const { page } = suite.browser;
    await signInAt(page, `${suite.server.url}/review`, SECOND.email, SECOND.password);
    await claimItemWith(page, suite.server.url, 'I sort the intervals by start');
    // Blind until they submit: nothing of the first reviewer's scores or spans.
    expect(await page.locator('mark').count()).toBe(0);
    expect(await page.content()).not.toContain('Complete and matches the code.');

    await levelRadio(page, /^Approach/, 2).check();
    await levelRadio(page, /^Why it is correct/, 1).check();
    await levelRadio(page, /^Complexity/, 2).check();
    await page.locator('.rubric-total', { hasText: /^2 of 7 points$/ }).waitFor();
    await selectInExplanation(page, 'only the last merged interval can overlap the next one');
    await page.getByRole('button', { name: 'Attach to Why it is correct' }).click();
    await page.getByRole('button', { name: 'Submit scores' }).click();

    const peers = page.getByRole('table', { name: /Your submitted scores beside/ });
    await peers.waitFor();
    await peers.getByRole('columnheader', { name: /^Reviewer \d$/ }).waitFor();
    await peers.getByText('7 of 7 points').waitFor();
    await peers.getByText('2 of 7 points').waitFor();
    await peers.getByRole('rowheader', { name: /Approach.*differs/ }).waitFor();
    expect(await page.content()).not.toContain('Demo Reviewer</th>');
    await screenshot(page, SUITE, '02-peers');
    await expectAccessible(page);
    await signOut(page, /Second Reviewer/);
  });

  it('an admin sees both sets and their spans side by side and records the final scores with a reason', async () => {
    const { page } = suite.browser;
    await signInAt(page, `${suite.server.url}/review/adjudicate`, 'admin@assay.local', 'assay-admin-demo');
    await page.getByRole('heading', { name: 'Adjudication', level: 1 }).waitFor();
    const row = page.getByRole('row', { name: /Merge Intervals/ });
    await row.getByText('5 pts apart').waitFor();
    await expectAccessible(page);
    await row.getByRole('link', { name: /^Adjudicate item/ }).click();
    await page.waitForURL(/\/review\/adjudicate\/[^/]+$/);

    const sets = page.getByRole('table', { name: 'Every submitted set side by side' });
    await sets.getByRole('columnheader', { name: 'Demo Reviewer' }).waitFor();
    await sets.getByRole('columnheader', { name: 'Second Reviewer' }).waitFor();
    await sets.getByText('Complete and matches the code.').waitFor();
    // Both reviewers' spans, each labelled with who marked it for which criterion.
    await page.locator('mark', { hasText: 'I sort the intervals by start' }).waitFor();
    await page.locator('.span-tag', { hasText: 'Demo Reviewer: Approach' }).waitFor();
    await page.locator('.span-tag', { hasText: 'Second Reviewer: Why it is correct' }).waitFor();

    await levelRadio(page, /^Approach/, 4).check();
    await levelRadio(page, /^Why it is correct/, 2).check();
    await levelRadio(page, /^Complexity/, 3).check();
    expect(await page.getByLabel('Overall comment').count()).toBe(0); // the reason is the adjudicator's comment
    const record = page.getByRole('button', { name: 'Record final scores' });
    expect(await record.isDisabled()).toBe(true);
    await page.getByText('Say why these are the final scores to record them.').waitFor();
    await page.getByLabel(/^Reason/).fill('The argument covers overlap but not touching ends: one point off full marks.');
    await screenshot(page, SUITE, '03-adjudication');
    await expectAccessible(page);
    await page.locator('.rubric-total', { hasText: /^6 of 7 points$/ }).waitFor();
    await record.click();
    await page.getByText('This item is final').waitFor();
    await screenshot(page, SUITE, '04-final');
  });

  it('the report shows the attempt final and how the adjudicated scores were computed', async () => {
    const { page } = suite.browser;
    await page.goto(`${suite.server.url}/admin/attempts/${attemptId}/report`);
    await page.getByText('Final score').first().waitFor();
    await page.getByText(/^Final since/).waitFor();
    const steps = page.locator('.report-steps code');
    await steps.filter({ hasText: 'adjudicated: the adjudicator’s scores replace the reviewers’' }).first().waitFor();
    await steps
      .filter({ hasText: /adjudicator Demo Admin: approach level 3 \(3 pts\).*total 6 of 7/ })
      .first()
      .waitFor();
    await screenshot(page, SUITE, '05-report');
  });

  it('the customer’s receiver gets the final result, signed with the endpoint’s secret', async () => {
    const final = await hook.waitForEvent('attempt.final');
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(final.headers['assay-signature']))!;
    expect(v1).toBe(crypto.createHmac('sha256', secret).update(`${t}.${final.body}`).digest('hex'));
    const body = JSON.parse(final.body);
    expect(body).toMatchObject({ event: 'attempt.final', deliveryId: final.headers['assay-delivery'], result: { attemptId, status: 'final' } });
  });

  it('the first reviewer then sees the item final and can no longer change their scores', async () => {
    const { page } = suite.browser;
    await signOut(page, /Demo Admin/);
    await signInAt(page, `${suite.server.url}/review`, 'reviewer@assay.local', 'assay-reviewer-demo');
    const row = page.getByRole('row', { name: /Merge Intervals/ }).filter({ hasText: 'Submitted' });
    await row.getByText('Final').waitFor();
    await row.getByRole('link', { name: /^View review/ }).click();
    await page.getByText('Submitted · final').waitFor();
    expect(await levelRadio(page, /^Approach/, 4).isDisabled()).toBe(true);
    await page.getByText('These scores can no longer change.').waitFor();
  });
});
