import { compareChallenge, compareObjective, REVIEW_OBJECTIVE, REVIEW_PROBE, reviewChallenge, storeCritiqueSubmit, storeResponseOrders } from '../test-support/critique-rows';
import { assessmentWithInvite, startAttempt } from '../test-support/factories';
import { writeReviewItem } from '../test-support/review-rows';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** One attempt on `challenge` with a stored critique submit under an open review item. */
async function itemFor(challenge: ReturnType<typeof reviewChallenge>, submit: Parameters<typeof storeCritiqueSubmit>[3], orders: Record<string, string[]> = {}) {
  const { token } = await assessmentWithInvite(t, { challenges: [challenge] });
  const { attempt } = await startAttempt(t, token);
  await storeResponseOrders(t, attempt.id, orders);
  const row = await storeCritiqueSubmit(t, attempt.id, challenge.id, submit);
  await writeReviewItem(t, attempt.id, challenge.id, 'open', []);
  // Out of the queue once looked at, so the next test claims its own item.
  const settle = () => writeReviewItem(t, attempt.id, challenge.id, 'final', []);
  return { attemptId: attempt.id, submissionId: row.id, settle };
}

describe('a review item of the critique kinds: the objective results beside the rubric', () => {
  it('shows a reviewer the verdicts, flagged lines and test cases of a review answer, and nothing that names the candidate', async () => {
    const answers = {
      verdict: 'incorrect' as const,
      flags: [{ line: 2, comment: 'off by one on negatives' }],
      tests: [{ id: 'neg', args: [-2, 1], expected: -1, claim: 'fails on negatives' }],
    };
    const { attemptId, submissionId, settle } = await itemFor(reviewChallenge(), { answers, objective: REVIEW_OBJECTIVE, probe: REVIEW_PROBE });
    const reviewer = await loginAs(t, 'reviewer');
    const { review } = (await reviewer.agent.post('/api/v1/reviews/next').set('X-CSRF-Token', reviewer.csrf).send({}).expect(200)).body;
    const objective = review.item.objective;
    expect(objective).toMatchObject({ kind: 'review', result: { score: 0.889, verdict: { given: 'incorrect', key: 'incorrect', correct: true } } });
    expect(objective.shown).toEqual([expect.objectContaining({ label: 'A', responseId: 'resp-buggy' })]);
    expect(objective.flags).toEqual([{ line: 2, comment: 'off by one on negatives', onKey: true }]);
    expect(objective.cases).toEqual([
      expect.objectContaining({ id: 'neg', claim: 'fails on negatives', expected: '-1', exposes: true, reference: expect.objectContaining({ status: 'matches', output: '-1' }) }),
    ]);
    // (The test's item id is made from the attempt id; real item ids are random.)
    const text = JSON.stringify({ ...review, item: { ...review.item, itemId: '' } });
    for (const secret of [attemptId, submissionId, '@example.test', 'REFERENCE-SECRET']) expect(text).not.toContain(secret);
    await settle();
  });

  it('maps a compare answer’s labels to the responses in the order this candidate saw, with the ratings', async () => {
    const challenge = compareChallenge('cmp-item');
    const answers = { preference: { choice: 'A' as const, strength: 'clearly' as const }, ratings: { A: { correctness: 4 }, B: { correctness: 5 } } };
    const objective = compareObjective(['resp-slow', 'resp-fast'], 'resp-slow', 'clearly', 4);
    await itemFor(challenge, { answers, objective }, { [challenge.id]: ['resp-slow', 'resp-fast'] });
    const reviewer = await loginAs(t, 'reviewer');
    const { review } = (await reviewer.agent.post('/api/v1/reviews/next').set('X-CSRF-Token', reviewer.csrf).send({}).expect(200)).body;
    expect(review.item.challenge.id).toBe('cmp-item');
    expect(review.item.objective).toMatchObject({
      kind: 'compare',
      shown: [expect.objectContaining({ label: 'A', responseId: 'resp-slow' }), expect.objectContaining({ label: 'B', responseId: 'resp-fast' })],
      preference: { choice: 'A', strength: 'clearly', responseId: 'resp-slow' },
      ratings: [
        { label: 'A', responseId: 'resp-slow', ratings: { correctness: 4 } },
        { label: 'B', responseId: 'resp-fast', ratings: { correctness: 5 } },
      ],
      result: { preference: { distance: 4, key: { preferred: 'resp-fast' } } },
    });
  });
});
