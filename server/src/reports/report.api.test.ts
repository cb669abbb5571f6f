import request from 'supertest';
import { AttemptReportSchema } from './report.schema';
import { compareChallenge, compareObjective, REVIEW_OBJECTIVE, REVIEW_PROBE, reviewChallenge, storeCritiqueSubmit, storeResponseOrders } from '../test-support/critique-rows';
import { CORRECT_ADD, assessmentWithInvite, explainedChallenge, startAttempt } from '../test-support/factories';
import { staffUser, writeReviewItem } from '../test-support/review-rows';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const EXPLANATION = 'It adds a and b. Negative numbers work too.';

/** A finished attempt on one explained challenge, reviewed by Ada and Grace (final), with spans and comments. */
async function reviewedAttempt() {
  const challenge = explainedChallenge();
  const { token } = await assessmentWithInvite(t, { challenges: [challenge] });
  const { agent, csrf, attempt } = await startAttempt(t, token);
  await agent
    .post(`/api/v1/attempt/challenges/${challenge.id}/submit`)
    .set('X-CSRF-Token', csrf)
    .send({ language: 'javascript', code: CORRECT_ADD, explanation: EXPLANATION })
    .expect(202);
  await t.services.queue.idle();
  await agent.post('/api/v1/attempt/finish').set('X-CSRF-Token', csrf).expect(200);
  await t.services.queue.idle();
  const ada = await staffUser(t, 'Ada Lovelace');
  const grace = await staffUser(t, 'Grace Hopper');
  await writeReviewItem(t, attempt.id, challenge.id, 'final', [
    { reviewerId: ada, levels: { why: 2, edge: 1 }, spans: [{ criterion: 'edge', start: 17, end: 43 }], comments: { edge: 'names negatives' }, comment: 'Clear.' },
    { reviewerId: grace, levels: { why: 1, edge: 1 }, spans: [{ criterion: 'why', start: 0, end: 16 }], comments: { why: 'says what, not why' } },
  ]);
  await t.services.attemptScores.refresh(attempt.id);
  return { attemptId: attempt.id, challenge, ada, grace };
}

describe('GET /api/v1/attempts/:id/report', () => {
  it('gives an admin the whole report: code, test counts, explanation with named spans, reviews, and the score step by step', async () => {
    const { attemptId, challenge, ada, grace } = await reviewedAttempt();
    const admin = await loginAs(t, 'admin');
    const res = await admin.agent.get(`/api/v1/attempts/${attemptId}/report`).expect(200);
    const report = AttemptReportSchema.parse(res.body);
    expect(report.attempt).toMatchObject({ id: attemptId, assessmentTitle: 'Backend screen', finishReason: 'candidate' });
    expect(report.attempt.email).toMatch(/^cand\d+@example\.test$/);
    expect(report.attempt.finalAt).not.toBeNull();
    // Sets 4/4 and 3/4: rubric 0.875; 0.6 × 1 + 0.4 × 0.875 = 0.95.
    expect(report).toMatchObject({ status: 'final', score: { status: 'final', score: 0.95 } });
    expect(report.score.steps.at(-1)).toBe('attempt = 0.95 = 0.95 (final)');
    expect(report.reviewers).toEqual({ [ada]: 'Ada Lovelace', [grace]: 'Grace Hopper' });

    const [c] = report.challenges;
    expect(c).toMatchObject({ challengeId: challenge.id, title: 'Add two numbers', kind: 'implement', version: 1 });
    expect(c!.submission).toMatchObject({ language: 'javascript', code: CORRECT_ADD, explanation: EXPLANATION, status: 'done' });
    expect(c!.tests).toEqual({
      compile: null,
      passed: 3,
      total: 3,
      groups: [
        { name: 'basic', passed: 2, total: 2 },
        { name: 'edge', passed: 1, total: 1 },
      ],
      verdicts: { ok: 3 },
    });
    expect(c!.criteria.map((k) => [k.id, k.title])).toEqual([
      ['why', 'Why'],
      ['edge', 'Edges'],
    ]);
    expect(c!.spans).toEqual([
      { criterion: 'why', start: 0, end: 16, reviewerId: grace, reviewer: 'Grace Hopper' },
      { criterion: 'edge', start: 17, end: 43, reviewerId: ada, reviewer: 'Ada Lovelace' },
    ]);
    expect(c!.review).toMatchObject({ status: 'final', required: 2, adjudication: null });
    expect(c!.review!.reviews).toEqual([
      expect.objectContaining({ reviewer: 'Ada Lovelace', role: 'reviewer', levels: { why: 2, edge: 1 }, comments: { edge: 'names negatives' }, comment: 'Clear.', reason: null }),
      expect.objectContaining({ reviewer: 'Grace Hopper', levels: { why: 1, edge: 1 }, comments: { why: 'says what, not why' } }),
    ]);
    expect(c!.score.steps).toContain('rubric = mean of 2 sets (1, 0.75) = 0.875');
    expect(c!.score.rubric!.sets.map((s) => s.reviewer)).toEqual([ada, grace]);
  });

  it('marks the scores of a reviewer paused since, and keeps them', async () => {
    const { attemptId, grace } = await reviewedAttempt();
    const admin = await loginAs(t, 'admin');
    await admin.agent.post(`/api/v1/reviewers/${grace}/pause`).set('X-CSRF-Token', admin.csrf).send({ reason: 'misses gold items' }).expect(200);
    const report = (await admin.agent.get(`/api/v1/attempts/${attemptId}/report`).expect(200)).body;
    const sets = report.challenges[0].review.reviews;
    expect(sets.map((r: { reviewer: string; paused: boolean }) => [r.reviewer, r.paused])).toEqual([
      ['Ada Lovelace', false],
      ['Grace Hopper', true],
    ]);
    expect(report.challenges[0].score.rubric.sets).toHaveLength(2);
  });

  it('keeps hidden test data out even of the admin report: counts only', async () => {
    const { attemptId } = await reviewedAttempt();
    const admin = await loginAs(t, 'admin');
    const res = await admin.agent.get(`/api/v1/attempts/${attemptId}/report`).expect(200);
    const text = JSON.stringify(res.body);
    for (const secret of ['14003', '7001', '987654321', 'REFERENCE-SECRET', '"h1"']) expect(text).not.toContain(secret);
  });

  it('shows a report while reviews are missing as provisional, naming what it waits for', async () => {
    const challenge = explainedChallenge();
    const { token } = await assessmentWithInvite(t, { challenges: [challenge] });
    const { agent, csrf, attempt } = await startAttempt(t, token);
    await agent
      .post(`/api/v1/attempt/challenges/${challenge.id}/submit`)
      .set('X-CSRF-Token', csrf)
      .send({ language: 'javascript', code: CORRECT_ADD, explanation: EXPLANATION })
      .expect(202);
    await t.services.queue.idle();
    const admin = await loginAs(t, 'admin');
    const res = await admin.agent.get(`/api/v1/attempts/${attempt.id}/report`).expect(200);
    expect(res.body).toMatchObject({ status: 'provisional', attempt: { finishedAt: null, finalAt: null } });
    expect(res.body.challenges[0]).toMatchObject({ review: null, spans: [], score: { missing: [{ part: 'rubric', reason: '0 of 2 reviews final' }] } });
  });

  it('is for admins only: a reviewer gets 403, nobody 401', async () => {
    const { attemptId } = await reviewedAttempt();
    const reviewer = await loginAs(t, 'reviewer');
    const res = await reviewer.agent.get(`/api/v1/attempts/${attemptId}/report`).expect(403);
    expect(JSON.stringify(res.body)).not.toContain('@example.test');
    await request(t.app).get(`/api/v1/attempts/${attemptId}/report`).expect(401);
  });

  it('shows the objective results of the critique kinds, preferences by response, and whether a pick followed the answer or the position', async () => {
    const review = reviewChallenge();
    const [cmp, swap] = [compareChallenge('rep-cmp'), compareChallenge('rep-cmp-swap', 'rep-cmp')];
    const { token } = await assessmentWithInvite(t, { challenges: [review, cmp, swap] });
    const { attempt } = await startAttempt(t, token);
    await storeResponseOrders(t, attempt.id, { [cmp.id]: ['resp-fast', 'resp-slow'], [swap.id]: ['resp-slow', 'resp-fast'] });
    const flags = [
      { line: 2, comment: 'off by one' },
      { line: 9, comment: 'style' },
    ];
    await storeCritiqueSubmit(t, attempt.id, review.id, {
      answers: { verdict: 'incorrect', flags, tests: [{ id: 'neg', args: [-2, 1], expected: -1, claim: 'fails on negatives' }] },
      objective: REVIEW_OBJECTIVE,
      probe: REVIEW_PROBE,
    });
    // Picked A both times: resp-fast first, then resp-slow (the position, not the answer).
    await storeCritiqueSubmit(t, attempt.id, cmp.id, {
      answers: { preference: { choice: 'A', strength: 'clearly' } },
      objective: compareObjective(['resp-fast', 'resp-slow'], 'resp-fast', 'clearly', 0),
    });
    await storeCritiqueSubmit(t, attempt.id, swap.id, {
      answers: { preference: { choice: 'A', strength: 'slightly' } },
      objective: compareObjective(['resp-slow', 'resp-fast'], 'resp-slow', 'slightly', 3),
    });
    const admin = await loginAs(t, 'admin');
    const report = AttemptReportSchema.parse((await admin.agent.get(`/api/v1/attempts/${attempt.id}/report`).expect(200)).body);
    const byId = (id: string) => report.challenges.find((c) => c.challengeId === id)!;
    expect(byId(review.id).objective).toMatchObject({
      kind: 'review',
      result: { lines: { found: [2] } },
      flags: [
        { line: 2, onKey: true },
        { line: 9, onKey: false },
      ],
    });
    // Staff see what the reference returned on the candidate's case (a candidate never does).
    expect(byId(review.id).objective!.cases[0]).toMatchObject({
      id: 'neg',
      claim: 'fails on negatives',
      exposes: true,
      reference: { status: 'matches', output: '-1' },
      answers: [{ label: 'A', responseId: 'resp-buggy', output: '0', matches: false }],
    });
    expect(byId(review.id).positionBias).toBeNull();
    expect(byId(cmp.id).objective!.preference).toEqual({ choice: 'A', strength: 'clearly', responseId: 'resp-fast' });
    expect(byId(cmp.id).positionBias).toBeNull();
    expect(byId(swap.id).positionBias).toEqual({
      outcome: 'followed_position',
      original: { challengeId: cmp.id, title: 'Compare two adds', choice: { choice: 'A', strength: 'clearly', responseId: 'resp-fast' } },
      probe: { challengeId: swap.id, title: 'Compare again', choice: { choice: 'A', strength: 'slightly', responseId: 'resp-slow' } },
    });
  });

  it('has no objective results for the code kinds', async () => {
    const { attemptId } = await reviewedAttempt();
    const admin = await loginAs(t, 'admin');
    const report = (await admin.agent.get(`/api/v1/attempts/${attemptId}/report`).expect(200)).body;
    expect(report.challenges[0]).toMatchObject({ objective: null, positionBias: null });
  });

  it('404s an unknown attempt', async () => {
    const admin = await loginAs(t, 'admin');
    const res = await admin.agent.get('/api/v1/attempts/nope/report').expect(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
