import type { Agent } from 'supertest';
import { addChallenge, startAttempt } from '../test-support/factories';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
let admin: { agent: Agent; csrf: string };
beforeAll(async () => {
  t = await testApp();
  admin = await loginAs(t, 'admin');
});
afterAll(() => t.close());

/** Passes h1 (basic) only: a distinctive mix of groups and verdicts that `full` would show. */
const HALF_RIGHT = 'module.exports = (a, b) => { if (a === 7001) return a + b; if (a === -9001) throw new Error("boom"); return 0; };';

/** An assessment at a feedback level (omitted: the default), created through the admin API, with one started attempt. */
async function attemptAt(feedback?: 'full' | 'summary' | 'none') {
  const challenge = addChallenge();
  await t.services.challenges.save(challenge);
  const body = { title: 'Screen', durationMinutes: 60, languages: ['javascript'], challengeIds: [challenge.id], ...(feedback ? { feedback } : {}) };
  const created = await admin.agent.post('/api/v1/assessments').set('X-CSRF-Token', admin.csrf).send(body).expect(201);
  const invited = await admin.agent
    .post(`/api/v1/assessments/${created.body.id}/invites`)
    .set('X-CSRF-Token', admin.csrf)
    .send({ emails: [`c${Math.random()}@example.test`] })
    .expect(201);
  const token = String(invited.body.invites[0].url).split('/invite/')[1]!;
  return { ...(await startAttempt(t, token)), challengeId: challenge.id, assessment: created.body };
}

/** Submits HALF_RIGHT and collects everything a candidate can read about it: the POST, the view, the SSE stream, the attempt view and the challenge's submission list (its limits are public). */
async function submitAndRead(a: Awaited<ReturnType<typeof attemptAt>>) {
  const posted = await a.agent
    .post(`/api/v1/attempt/challenges/${a.challengeId}/submit`)
    .set('X-CSRF-Token', a.csrf)
    .send({ language: 'javascript', code: HALF_RIGHT })
    .expect(202);
  const stream = await a.agent
    .get(`/api/v1/attempt/submissions/${posted.body.id}/events`)
    .buffer(true)
    .parse((r, done) => {
      let text = '';
      r.on('data', (c: Buffer) => (text += c.toString()));
      r.on('end', () => done(null, text));
    });
  await t.services.queue.idle();
  const view = (await a.agent.get(`/api/v1/attempt/submissions/${posted.body.id}`).expect(200)).body;
  const attempt = (await a.agent.get('/api/v1/attempt').expect(200)).body;
  const detail = (await a.agent.get(`/api/v1/attempt/challenges/${a.challengeId}`).expect(200)).body;
  const events = String(stream.body)
    .split('\n\n')
    .filter((e) => e.startsWith('event: update'))
    .map((e) => JSON.parse(e.split('data: ')[1]!));
  return {
    id: posted.body.id as string,
    posted: posted.body,
    view,
    attempt,
    detail,
    events,
    raw: [JSON.stringify(posted.body), String(stream.body), JSON.stringify(view), JSON.stringify(attempt), JSON.stringify(detail.submissions)].join('\n'),
  };
}

/** No hidden-case timing at any level: no time field, and no finish time to subtract the start from. */
function expectNoTimings(read: Awaited<ReturnType<typeof submitAndRead>>) {
  expect(read.raw).not.toMatch(/timeMs|runTimeMs|durationMs/i);
  for (const v of [read.posted, read.view, ...read.events]) expect(v.finishedAt).toBeNull();
  expect(read.events.at(-1)).toMatchObject({ status: 'done' });
}

describe('feedback levels on Submit', () => {
  it('full (the default): pass counts per group and verdict kinds, no timings', async () => {
    const a = await attemptAt();
    expect(a.assessment.feedback).toBe('full');
    const read = await submitAndRead(a);
    expect(read.view).toMatchObject({ kind: 'submit', feedback: 'full', passed: 1, total: 3, verdicts: { ok: 1, runtime_error: 1, wrong_answer: 1 } });
    expect(read.view.groups).toEqual([
      { name: 'basic', passed: 1, total: 2 },
      { name: 'edge', passed: 0, total: 1 },
    ]);
    expect(read.attempt.challenges[0].lastSubmission).toMatchObject({ passed: 1, total: 3 });
    expectNoTimings(read);
  });

  it('summary: passed / total only, no groups or verdicts anywhere', async () => {
    const read = await submitAndRead(await attemptAt('summary'));
    expect(read.view).toMatchObject({ kind: 'submit', feedback: 'summary', status: 'done', passed: 1, total: 3, groups: [], verdicts: {} });
    expect(read.events.at(-1)).toMatchObject({ feedback: 'summary', passed: 1, groups: [], verdicts: {} });
    expect(read.raw).not.toMatch(/basic|edge|runtime_error|wrong_answer/);
    expect(read.detail.submissions[0]).toMatchObject({ passed: 1, total: 3 });
    expectNoTimings(read);
  });

  it('none: only "submitted" until the attempt ends, then the summary', async () => {
    const a = await attemptAt('none');
    const read = await submitAndRead(a);
    expect(read.view).toMatchObject({ kind: 'submit', feedback: 'none', status: 'done', passed: null, total: 3, groups: [], verdicts: {} });
    expect(read.events.at(-1)).toMatchObject({ feedback: 'none', passed: null });
    expect(read.attempt.challenges[0].lastSubmission).toMatchObject({ status: 'done', passed: null });
    expect(read.detail.submissions[0]).toMatchObject({ kind: 'submit', passed: null });
    expect(read.raw).not.toMatch(/basic|edge|runtime_error|wrong_answer|"passed":1/);
    expectNoTimings(read);

    await a.agent.post('/api/v1/attempt/finish').set('X-CSRF-Token', a.csrf).expect(200);
    await t.services.queue.idle();
    const after = (await a.agent.get(`/api/v1/attempt/submissions/${read.id}`).expect(200)).body;
    expect(after).toMatchObject({ feedback: 'summary', passed: 1, total: 3, groups: [], verdicts: {} });
    const attempt = (await a.agent.get('/api/v1/attempt').expect(200)).body;
    expect(attempt.challenges[0].lastSubmission).toMatchObject({ passed: 1, total: 3 });
  });

  it('runs of the public examples keep their full detail at every level', async () => {
    const a = await attemptAt('none');
    const posted = await a.agent.post(`/api/v1/attempt/challenges/${a.challengeId}/run`).set('X-CSRF-Token', a.csrf).send({ language: 'javascript', code: HALF_RIGHT }).expect(202);
    await t.services.queue.idle();
    const run = (await a.agent.get(`/api/v1/attempt/submissions/${posted.body.id}`).expect(200)).body;
    expect(run).toMatchObject({ kind: 'run', cases: [{ name: 'p1', verdict: 'wrong_answer' }] });
    expect(typeof run.cases[0].timeMs).toBe('number');
  });
});

describe('the feedback field of assessments', () => {
  it('is set on create, changed on update, and shown to staff', async () => {
    const a = await attemptAt('summary');
    expect(a.assessment.feedback).toBe('summary');
    const { id, title, durationMinutes, languages, challenges } = a.assessment;
    const body = { title, durationMinutes, languages, challengeIds: challenges.map((c: { id: string }) => c.id), feedback: 'none' };
    const updated = await admin.agent.put(`/api/v1/assessments/${id}`).set('X-CSRF-Token', admin.csrf).send(body).expect(200);
    expect(updated.body.feedback).toBe('none');
    expect((await admin.agent.get(`/api/v1/assessments/${id}`).expect(200)).body.feedback).toBe('none');
  });

  it('refuses an unknown level, naming the field', async () => {
    const res = await admin.agent
      .post('/api/v1/assessments')
      .set('X-CSRF-Token', admin.csrf)
      .send({ title: 'x', durationMinutes: 5, languages: ['python'], challengeIds: ['nope'], feedback: 'partial' })
      .expect(400);
    expect(res.body.error.message).toMatch(/^body\.feedback/);
  });
});
