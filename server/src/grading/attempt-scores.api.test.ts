import { ChallengeMetaSchema, KeySchema, type Challenge } from '../challenges/challenge.schema';
import type { AttemptEvent } from '../lib/domain-events';
import { FakeRunner } from '../test-support/fake-runner';
import { CORRECT_ADD, WRONG_ADD, addChallenge, assessmentWithInvite, explainedChallenge, startAttempt } from '../test-support/factories';
import { staffUser, writeReviewItem } from '../test-support/review-rows';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
const runner = new FakeRunner();
const finals: AttemptEvent[] = [];
const submitted: AttemptEvent[] = [];
beforeAll(async () => {
  t = await testApp({ runner });
  t.services.domainEvents.on('attempt.final', (e) => void finals.push(e));
  t.services.domainEvents.on('attempt.submitted', (e) => void submitted.push(e));
});
afterAll(() => t.close());

/** Starts an attempt, submits `code` (with an explanation) to each challenge, finishes, and waits for the judging. */
async function finishedAttempt(challenges: Challenge[], code = CORRECT_ADD, opts: { skip?: string[] } = {}) {
  const { token } = await assessmentWithInvite(t, { challenges });
  const { agent, csrf, attempt } = await startAttempt(t, token);
  for (const c of challenges.filter((c) => !opts.skip?.includes(c.id))) {
    await agent.post(`/api/v1/attempt/challenges/${c.id}/submit`).set('X-CSRF-Token', csrf).send({ language: 'javascript', code, explanation: 'It adds them.' }).expect(202);
  }
  await t.services.queue.idle();
  await agent.post('/api/v1/attempt/finish').set('X-CSRF-Token', csrf).expect(200);
  await t.services.queue.idle();
  return attempt.id;
}

let reviewers: string[] = [];
/** A score item for the attempt's submit of `challengeId`, with one submitted review per `sets` entry (written directly). */
async function reviewItem(attemptId: string, challengeId: string, status: 'open' | 'adjudication' | 'final', sets: Record<string, number>[]) {
  while (reviewers.length < sets.length) reviewers = [...reviewers, await staffUser(t, `Reviewer ${reviewers.length}`)];
  return writeReviewItem(
    t,
    attemptId,
    challengeId,
    status,
    sets.map((levels, i) => ({ reviewerId: reviewers[i]!, levels })),
  );
}

const finalsOf = (attemptId: string) => finals.filter((e) => e.attemptId === attemptId);

describe('AttemptScores on tests alone', () => {
  it('is provisional while the attempt runs, though its submit is judged', async () => {
    const challenge = addChallenge();
    const { token } = await assessmentWithInvite(t, { challenges: [challenge] });
    const { agent, csrf, attempt } = await startAttempt(t, token);
    await agent.post(`/api/v1/attempt/challenges/${challenge.id}/submit`).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: CORRECT_ADD }).expect(202);
    await t.services.queue.idle();
    const result = await t.services.attemptScores.forAttempt(attempt.id);
    expect(result).toMatchObject({ status: 'provisional', finalAt: null, score: { score: 1, missing: [] } });
    expect(result.score.steps.at(-1)).toBe('the attempt is not finished: provisional');
    expect(await t.services.attemptScores.refresh(attempt.id)).toBe(false);
  });

  it('is final as soon as the finished attempt’s submits are judged, and says so once', async () => {
    const challenges = [addChallenge(), addChallenge()];
    const attemptId = await finishedAttempt(challenges, WRONG_ADD);
    const result = await t.services.attemptScores.forAttempt(attemptId);
    expect(result).toMatchObject({ status: 'final', score: { status: 'final', score: 0, missing: [] } });
    expect(result.finalAt).not.toBeNull();
    expect(result.challenges.map((c) => c.challengeId)).toEqual(challenges.map((c) => c.id));
    expect(finalsOf(attemptId)).toHaveLength(1);
    expect(submitted.filter((e) => e.attemptId === attemptId)).toHaveLength(1);
    expect(await t.services.attemptScores.refresh(attemptId)).toBe(false);
    expect(finalsOf(attemptId)).toHaveLength(1);
  });

  it('waits for a final submit still queued at the finish: the worker makes it final once judged', async () => {
    const challenge = addChallenge();
    const { token } = await assessmentWithInvite(t, { challenges: [challenge] });
    const { agent, csrf, attempt } = await startAttempt(t, token);
    let open!: () => void;
    runner.gate = new Promise((resolve) => (open = resolve));
    await agent.post(`/api/v1/attempt/challenges/${challenge.id}/submit`).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: CORRECT_ADD }).expect(202);
    await agent.post('/api/v1/attempt/finish').set('X-CSRF-Token', csrf).expect(200);
    const before = await t.services.attemptScores.forAttempt(attempt.id);
    expect(before).toMatchObject({ status: 'provisional', finalAt: null, score: { missing: [{ challengeId: challenge.id, part: 'tests', reason: 'no judged submission yet' }] } });
    expect(finalsOf(attempt.id)).toHaveLength(0);
    runner.gate = null;
    open();
    await t.services.queue.idle();
    expect(await t.services.attemptScores.forAttempt(attempt.id)).toMatchObject({ status: 'final', score: { score: 1 } });
    expect(finalsOf(attempt.id)).toHaveLength(1);
  });

  it('shows in the assessment’s attempts list: the score and whether it is final', async () => {
    const challenge = explainedChallenge();
    const attemptId = await finishedAttempt([challenge]);
    const admin = await loginAs(t, 'admin');
    const { assessmentId } = await t.services.attempts.row(attemptId);
    const listed = async () => (await admin.agent.get(`/api/v1/assessments/${assessmentId}/attempts`).expect(200)).body[0];
    expect((await listed()).score).toEqual({ value: 0.6, status: 'provisional' });
    await reviewItem(attemptId, challenge.id, 'final', [
      { why: 2, edge: 1 },
      { why: 2, edge: 1 },
    ]);
    await t.services.attemptScores.refresh(attemptId);
    expect((await listed()).score).toEqual({ value: 1, status: 'final' });
  });

  it('scores several attempts in one batch, in the order asked, leaving out unknown ids', async () => {
    const challenge = explainedChallenge();
    const right = await finishedAttempt([challenge]);
    const wrong = await finishedAttempt([challenge], WRONG_ADD);
    await reviewItem(right, challenge.id, 'final', [
      { why: 2, edge: 1 },
      { why: 2, edge: 1 },
    ]);
    // Waiting for adjudication, so the review-workflow test below is never served this item.
    await reviewItem(wrong, challenge.id, 'adjudication', [
      { why: 0, edge: 0 },
      { why: 2, edge: 1 },
    ]);
    const results = await t.services.attemptScores.forAttempts([wrong, 'nope', right]);
    expect(results.map((r) => [r.attemptId, r.status, r.score.score])).toEqual([
      [wrong, 'provisional', 0],
      [right, 'final', 1],
    ]);
    expect(results[1]).toEqual(await t.services.attemptScores.forAttempt(right));
  });

  it('leaves out of the attempts list only the score that cannot be computed (a stored level the rubric does not have)', async () => {
    const challenge = explainedChallenge();
    const { assessment, token } = await assessmentWithInvite(t, { challenges: [challenge] });
    const [second] = await t.services.assessments.invite(assessment.id, { emails: ['second@example.test'], extraMinutes: 0, expiresInDays: 14 });
    const ids: string[] = [];
    for (const link of [token, second!.url!.split('/invite/')[1]!]) {
      const { agent, csrf, attempt } = await startAttempt(t, link);
      await agent
        .post(`/api/v1/attempt/challenges/${challenge.id}/submit`)
        .set('X-CSRF-Token', csrf)
        .send({ language: 'javascript', code: CORRECT_ADD, explanation: 'x' })
        .expect(202);
      await t.services.queue.idle();
      await agent.post('/api/v1/attempt/finish').set('X-CSRF-Token', csrf).expect(200);
      ids.push(attempt.id);
    }
    await t.services.queue.idle();
    await reviewItem(ids[0]!, challenge.id, 'final', [
      { why: 9, edge: 1 },
      { why: 2, edge: 1 },
    ]);
    await reviewItem(ids[1]!, challenge.id, 'final', [
      { why: 2, edge: 1 },
      { why: 2, edge: 1 },
    ]);
    const admin = await loginAs(t, 'admin');
    const list = (await admin.agent.get(`/api/v1/assessments/${assessment.id}/attempts`).expect(200)).body as { id: string; score: unknown }[];
    expect(Object.fromEntries(list.map((a) => [a.id, a.score]))).toEqual({ [ids[0]!]: null, [ids[1]!]: { value: 1, status: 'final' } });
  });

  it('404s an unknown attempt', async () => {
    await expect(t.services.attemptScores.forAttempt('nope')).rejects.toMatchObject({ status: 404 });
  });
});

describe('AttemptScores with a rubric part', () => {
  it('stays provisional until the review item is final, then scores the mean of the reviews at the pinned rubric', async () => {
    const challenge = explainedChallenge();
    const attemptId = await finishedAttempt([challenge]);
    expect(await t.services.attemptScores.forAttempt(attemptId)).toMatchObject({
      status: 'provisional',
      score: { score: 0.6, missing: [{ part: 'rubric', reason: '0 of 2 reviews final' }] },
    });

    await reviewItem(attemptId, challenge.id, 'open', [{ why: 2, edge: 1 }]);
    expect(await t.services.attemptScores.refresh(attemptId)).toBe(false);
    expect((await t.services.attemptScores.forAttempt(attemptId)).score.missing).toEqual([{ challengeId: challenge.id, part: 'rubric', reason: '1 of 2 reviews final' }]);

    await reviewItem(attemptId, challenge.id, 'open', [
      { why: 2, edge: 1 },
      { why: 0, edge: 1 },
    ]);
    expect((await t.services.attemptScores.forAttempt(attemptId)).score.missing).toEqual([
      { challengeId: challenge.id, part: 'rubric', reason: 'the review item is not final yet' },
    ]);
    expect(finalsOf(attemptId)).toHaveLength(0);

    await reviewItem(attemptId, challenge.id, 'final', [
      { why: 2, edge: 1 },
      { why: 0, edge: 1 },
    ]);
    expect(await t.services.attemptScores.refresh(attemptId)).toBe(true);
    const result = await t.services.attemptScores.forAttempt(attemptId);
    // Sets: 4/4 and 2/4, mean 0.75; 0.6 × 1 + 0.4 × 0.75 = 0.9.
    expect(result).toMatchObject({ status: 'final', score: { score: 0.9, exact: '9/10' } });
    expect(result.challenges[0]!.rubric).toMatchObject({
      value: 0.75,
      sets: [
        { reviewer: reviewers[0], total: 4 },
        { reviewer: reviewers[1], total: 2 },
      ],
    });
    expect(result.challenges[0]!.steps).toContain('rubric = mean of 2 sets (1, 0.5) = 0.75');
    expect(finalsOf(attemptId)).toHaveLength(1);
  });

  it('waits for adjudication, and the adjudicator’s scores replace the reviews', async () => {
    const challenge = explainedChallenge();
    const attemptId = await finishedAttempt([challenge]);
    await reviewItem(attemptId, challenge.id, 'adjudication', [
      { why: 2, edge: 1 },
      { why: 0, edge: 0 },
    ]);
    expect((await t.services.attemptScores.forAttempt(attemptId)).score.missing[0]!.reason).toBe('the reviewers disagree; waiting for adjudication');
    const adjudicator = await staffUser(t, 'Adjudicator', 'admin');
    const sets = [
      { reviewerId: reviewers[0]!, levels: { why: 2, edge: 1 } },
      { reviewerId: reviewers[1]!, levels: { why: 0, edge: 0 } },
    ];
    await writeReviewItem(t, attemptId, challenge.id, 'final', [...sets, { reviewerId: adjudicator, role: 'adjudicator', levels: { why: 1, edge: 1 }, reason: 'between' }]);
    expect(await t.services.attemptScores.refresh(attemptId)).toBe(true);
    // Adjudicated 3/4: 0.6 + 0.4 × 0.75 = 0.9.
    expect(await t.services.attemptScores.forAttempt(attemptId)).toMatchObject({ status: 'final', score: { score: 0.9 } });
  });

  it('sets final_at and emits attempt.final once, even with two refreshes racing', async () => {
    const challenge = explainedChallenge();
    const attemptId = await finishedAttempt([challenge]);
    await reviewItem(attemptId, challenge.id, 'final', [
      { why: 1, edge: 1 },
      { why: 1, edge: 1 },
    ]);
    const outcomes = await Promise.all([t.services.attemptScores.refresh(attemptId), t.services.attemptScores.refresh(attemptId)]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect(finalsOf(attemptId)).toHaveLength(1);
    const first = (await t.services.attempts.row(attemptId))!.finalAt;
    t.clock.advance(60_000);
    expect(await t.services.attemptScores.refresh(attemptId)).toBe(false);
    expect((await t.services.attempts.row(attemptId))!.finalAt).toEqual(first);
  });

  it('becomes final through the review workflow: two agreeing reviewers submit, the item is final, attempt.final fires once', async () => {
    const challenge = explainedChallenge();
    const attemptId = await finishedAttempt([challenge]);
    for (const levels of [
      { why: 2, edge: 1 },
      { why: 1, edge: 1 },
    ]) {
      const reviewer = await loginAs(t, 'reviewer');
      const next = await reviewer.agent.post('/api/v1/reviews/next').set('X-CSRF-Token', reviewer.csrf).expect(200);
      expect(next.body.review).not.toBeNull();
      expect(finalsOf(attemptId)).toHaveLength(0);
      await reviewer.agent.put(`/api/v1/reviews/${next.body.review.reviewId}`).set('X-CSRF-Token', reviewer.csrf).send({ levels, submit: true }).expect(200);
    }
    // Sets 4/4 and 3/4 (1 apart, within the default 2 points): rubric 0.875; 0.6 + 0.4 × 0.875 = 0.95.
    expect(await t.services.attemptScores.forAttempt(attemptId)).toMatchObject({ status: 'final', score: { score: 0.95 } });
    expect(finalsOf(attemptId)).toHaveLength(1);
  });

  it('is final at once for a challenge the candidate never submitted: tests 0, nothing to review', async () => {
    const skipped = explainedChallenge();
    const attemptId = await finishedAttempt([addChallenge(), skipped], CORRECT_ADD, { skip: [skipped.id] });
    const result = await t.services.attemptScores.forAttempt(attemptId);
    expect(result).toMatchObject({ status: 'final', score: { score: 0.5 } });
    expect(result.challenges[1]!.steps).toContain('rubric: 0 (nothing was submitted)');
    expect(finalsOf(attemptId)).toHaveLength(1);
  });
});

describe('AttemptScores with an objective part', () => {
  /** A compare challenge scored on the objective part alone; its key prefers `r-clean` much. */
  function compareChallenge(): Challenge {
    const base = addChallenge({ kind: 'compare' });
    const meta = ChallengeMetaSchema.parse({ ...base.meta, scoring: { weights: { objective: 1 } } });
    const responses = [
      { id: 'r-clean', language: 'javascript' as const, code: 'module.exports = (a, b) => a + b; // clean' },
      { id: 'r-messy', language: 'javascript' as const, code: 'module.exports = (a, b) => a - -b; // messy' },
    ];
    return { ...base, meta, responses, reference: { javascript: CORRECT_ADD }, key: KeySchema.parse({ preferred: 'r-clean', strength: 'much' }) };
  }

  /**
   * Starts an attempt on `challenge`; `prefer` submits a preference for the
   * named response (by its label in the order shown) and waits for it to be
   * graded, unless it carries test cases (the caller then holds the probe).
   */
  async function compareAttempt(challenge: Challenge) {
    const { token } = await assessmentWithInvite(t, { challenges: [challenge] });
    const { agent, csrf, attempt } = await startAttempt(t, token);
    const detail = (await agent.get(`/api/v1/attempt/challenges/${challenge.id}`).expect(200)).body as { challenge: { responses: { label: string; code: string }[] } };
    const labelOf = (id: string) => detail.challenge.responses.find((r) => r.code === challenge.responses.find((x) => x.id === id)!.code)!.label;
    const prefer = async (id: string, strength: 'slightly' | 'clearly' | 'much', tests?: unknown[]) => {
      const answers = { preference: { choice: labelOf(id), strength }, ...(tests ? { tests } : {}) };
      t.clock.advance(1000); // the fake clock would give every submit the same time, and "last" would be a coin toss
      await agent.post(`/api/v1/attempt/challenges/${challenge.id}/submit`).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: '', answers }).expect(202);
      if (!tests) await t.services.queue.idle();
    };
    const finish = async () => {
      await agent.post('/api/v1/attempt/finish').set('X-CSRF-Token', csrf).expect(200);
      await t.services.queue.idle();
    };
    return { attemptId: attempt.id, prefer, finish };
  }

  it('takes the objective part from the last graded submit, graded against the order the candidate saw', async () => {
    const challenge = compareChallenge();
    const { attemptId, prefer, finish } = await compareAttempt(challenge);
    await prefer('r-messy', 'slightly');
    expect(await t.services.attemptScores.forAttempt(attemptId)).toMatchObject({ status: 'provisional', score: { score: 0, missing: [] } });
    await prefer('r-clean', 'slightly');
    // Two steps off "much", the right answer: half.
    expect((await t.services.attemptScores.forAttempt(attemptId)).challenges[0]).toMatchObject({ score: 0.5, components: expect.arrayContaining([{ part: 'objective', weight: 1, value: 0.5, contribution: 0.5 }]) });
    await prefer('r-clean', 'clearly');
    await finish();
    const result = await t.services.attemptScores.forAttempt(attemptId);
    expect(result).toMatchObject({ status: 'final', score: { score: 1, missing: [] } });
    expect(finalsOf(attemptId)).toHaveLength(1);
  });

  it('scores 0 for a finished attempt that submitted nothing, and is final', async () => {
    const { attemptId, finish } = await compareAttempt(compareChallenge());
    expect((await t.services.attemptScores.forAttempt(attemptId)).score.missing).toEqual([expect.objectContaining({ part: 'objective', reason: 'no graded submission yet' })]);
    await finish();
    expect(await t.services.attemptScores.forAttempt(attemptId)).toMatchObject({ status: 'final', score: { score: 0, missing: [] } });
  });

  it('waits for a submit still being graded: the part is missing until the probe is done', async () => {
    const { attemptId, prefer, finish } = await compareAttempt(compareChallenge());
    let open!: () => void;
    runner.gate = new Promise((resolve) => (open = resolve));
    // A case of the candidate's own makes the submit run the probe, which the gate holds.
    await prefer('r-clean', 'much', [{ id: 'c1', args: [2, 3], expected: 5 }]);
    const held = await t.services.attemptScores.forAttempt(attemptId);
    expect(held.score.missing).toEqual([expect.objectContaining({ part: 'objective', reason: 'no graded submission yet' })]);
    runner.gate = null;
    open();
    await finish();
    expect(await t.services.attemptScores.forAttempt(attemptId)).toMatchObject({ status: 'final', score: { score: 1 } });
  });
});
