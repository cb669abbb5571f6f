import request from 'supertest';
import { CORRECT_ADD, WRONG_ADD, addChallenge, assessmentWithInvite, startAttempt } from '../test-support/factories';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const MINUTE = 60_000;

describe('GET /api/v1/invites/:token', () => {
  it('describes the assessment behind a fresh link', async () => {
    const { token } = await assessmentWithInvite(t, { durationMinutes: 45, extraMinutes: 10 });
    const res = await request(t.app).get(`/api/v1/invites/${token}`).expect(200);
    expect(res.body).toMatchObject({ state: 'ready', assessment: { title: 'Backend screen', durationMinutes: 45, extraMinutes: 10, challengeCount: 1 } });
  });

  it('answers an unknown link with 404', async () => {
    const res = await request(t.app).get('/api/v1/invites/not-a-real-token-at-all').expect(404);
    expect(res.body.error.message).toMatch(/invite link/);
  });

  it('explains an expired link and refuses to start it', async () => {
    const { token } = await assessmentWithInvite(t);
    t.clock.advance(15 * 24 * 60 * MINUTE);
    const res = await request(t.app).get(`/api/v1/invites/${token}`).expect(200);
    expect(res.body.state).toBe('expired');
    const start = await request(t.app).post(`/api/v1/invites/${token}/start`).expect(409);
    expect(start.body.error.code).toBe('invite_expired');
  });
});

describe('POST /api/v1/invites/:token/start', () => {
  it('fixes the deadline on the server: duration plus extra minutes', async () => {
    const { token } = await assessmentWithInvite(t, { durationMinutes: 30, extraMinutes: 15 });
    const started = t.clock.now().getTime();
    const { attempt } = await startAttempt(t, token);
    expect(new Date(attempt.deadlineAt).getTime()).toBe(started + 45 * MINUTE);
  });

  it('resumes the same attempt when the link is opened again while it runs', async () => {
    const { token } = await assessmentWithInvite(t);
    const first = await startAttempt(t, token);
    const again = await startAttempt(t, token);
    expect(again.attempt.id).toBe(first.attempt.id);
    expect((await request(t.app).get(`/api/v1/invites/${token}`)).body.state).toBe('in_progress');
  });
});

describe('the attempt clock', () => {
  it('reports the remaining time from the server clock', async () => {
    const { token } = await assessmentWithInvite(t, { durationMinutes: 20 });
    const { agent } = await startAttempt(t, token);
    t.clock.advance(5 * MINUTE);
    const res = await agent.get('/api/v1/attempt').expect(200);
    expect(res.body.remainingMs).toBe(15 * MINUTE);
    expect(res.body.serverNow).toBe(t.clock.now().toISOString());
  });

  it('accepts drafts during the grace period and refuses them after with 409', async () => {
    const { token, challenges } = await assessmentWithInvite(t, { durationMinutes: 10 });
    const { agent, csrf } = await startAttempt(t, token);
    const url = `/api/v1/attempt/challenges/${challenges[0]!.id}/draft`;
    t.clock.advance(10 * MINUTE + 10_000); // 10 s into the 15 s grace
    await agent.put(url).set('X-CSRF-Token', csrf).send({ language: 'python', code: 'late but fine' }).expect(200);
    t.clock.advance(6_000);
    const res = await agent.put(url).set('X-CSRF-Token', csrf).send({ language: 'python', code: 'too late' }).expect(409);
    expect(res.body.error).toMatchObject({ code: 'deadline_passed', message: expect.stringMatching(/time is up/) });
  });

  it('moves a running attempt’s deadline when an admin grants extra time', async () => {
    const { token, invite } = await assessmentWithInvite(t, { durationMinutes: 10 });
    const { agent } = await startAttempt(t, token);
    const admin = await loginAs(t, 'admin');
    await admin.agent.patch(`/api/v1/invites/${invite.id}`).set('X-CSRF-Token', admin.csrf).send({ extraMinutes: 5 }).expect(200);
    const res = await agent.get('/api/v1/attempt').expect(200);
    expect(res.body.remainingMs).toBe(15 * MINUTE);
  });

  it('the sweeper finishes expired attempts and submits each latest draft', async () => {
    const { token, challenges } = await assessmentWithInvite(t, { durationMinutes: 10 });
    const { agent, csrf, attempt } = await startAttempt(t, token);
    const url = `/api/v1/attempt/challenges/${challenges[0]!.id}/draft`;
    await agent.put(url).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: WRONG_ADD }).expect(200);
    await agent.put(url).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: CORRECT_ADD, explanation: 'adds' }).expect(200);
    t.clock.advance(10 * MINUTE + 16_000);
    expect(await t.services.finishAttempt.sweep()).toBeGreaterThanOrEqual(1);
    await t.services.queue.idle();
    const res = await agent.get('/api/v1/attempt').expect(200);
    expect(res.body).toMatchObject({ status: 'finished', finishReason: 'deadline', remainingMs: 0 });
    expect(res.body.challenges[0].lastSubmission).toMatchObject({ status: 'done', passed: 3, total: 3 });
    const subs = await t.services.submissionRepo.forAttempt(attempt.id, { kind: 'submit' });
    expect(subs).toHaveLength(1);
    expect(subs[0]!.code).toBe(CORRECT_ADD);
  });
});

describe('POST /api/v1/attempt/finish', () => {
  it('submits the latest drafts, closes the attempt and refuses further writes', async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent, csrf, attempt } = await startAttempt(t, token);
    const id = challenges[0]!.id;
    await agent.put(`/api/v1/attempt/challenges/${id}/draft`).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: CORRECT_ADD }).expect(200);
    const res = await agent.post('/api/v1/attempt/finish').set('X-CSRF-Token', csrf).expect(200);
    expect(res.body).toMatchObject({ status: 'finished', finishReason: 'candidate' });
    await t.services.queue.idle();
    expect(await t.services.submissionRepo.forAttempt(attempt.id, { kind: 'submit' })).toHaveLength(1);
    const late = await agent.put(`/api/v1/attempt/challenges/${id}/draft`).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: 'x' }).expect(409);
    expect(late.body.error.code).toBe('attempt_finished');
    expect((await request(t.app).get(`/api/v1/invites/${token}`)).body.state).toBe('finished');
  });
});

describe('challenge versions', () => {
  it('keeps the version an attempt started with when the challenge changes', async () => {
    const original = addChallenge();
    const { token } = await assessmentWithInvite(t, { challenges: [original] });
    const { agent } = await startAttempt(t, token);
    await t.services.challenges.save({ ...original, prompt: '# Add\nNew wording.', files: { ...original.files, 'prompt.md': 'changed' } });
    const res = await agent.get(`/api/v1/attempt/challenges/${original.id}`).expect(200);
    expect(res.body.challenge.prompt).toBe(original.prompt);
  });
});

describe('drafts', () => {
  it('keeps code per language and every save as history', async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent, csrf, attempt } = await startAttempt(t, token);
    const id = challenges[0]!.id;
    for (const [language, code] of [
      ['python', 'v1'],
      ['javascript', 'js1'],
      ['python', 'v2'],
    ]) {
      await agent.put(`/api/v1/attempt/challenges/${id}/draft`).set('X-CSRF-Token', csrf).send({ language, code }).expect(200);
    }
    const res = await agent.get(`/api/v1/attempt/challenges/${id}`).expect(200);
    expect(res.body.draft).toMatchObject({ codes: { python: 'v2', javascript: 'js1' }, language: 'python' });
    expect(await t.services.attempts.history(attempt.id, id)).toHaveLength(3);
  });

  it('refuses a language the challenge does not offer here, naming the field', async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent, csrf } = await startAttempt(t, token);
    const res = await agent.put(`/api/v1/attempt/challenges/${challenges[0]!.id}/draft`).set('X-CSRF-Token', csrf).send({ language: 'typescript', code: 'x' }).expect(400);
    expect(res.body.error.message).toMatch(/^body\.language: /);
  });

  it('needs the CSRF token', async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent } = await startAttempt(t, token);
    await agent.put(`/api/v1/attempt/challenges/${challenges[0]!.id}/draft`).send({ language: 'python', code: 'x' }).expect(403);
  });
});

describe('access', () => {
  it('keeps a candidate to their own attempt', async () => {
    const a = await assessmentWithInvite(t);
    const b = await assessmentWithInvite(t);
    const alice = await startAttempt(t, a.token);
    const bob = await startAttempt(t, b.token);
    const posted = await alice.agent
      .post(`/api/v1/attempt/challenges/${a.challenges[0]!.id}/run`)
      .set('X-CSRF-Token', alice.csrf)
      .send({ language: 'javascript', code: CORRECT_ADD })
      .expect(202);
    await t.services.queue.idle();
    await bob.agent.get(`/api/v1/attempt/submissions/${posted.body.id}`).expect(404);
    await bob.agent.get(`/api/v1/attempt/challenges/${a.challenges[0]!.id}`).expect(404);
  });

  it('gives a candidate no staff routes', async () => {
    const { token } = await assessmentWithInvite(t);
    const { agent } = await startAttempt(t, token);
    await agent.get('/api/v1/assessments').expect(401);
  });

  it('gives staff no candidate routes', async () => {
    const { agent } = await loginAs(t, 'admin');
    await agent.get('/api/v1/attempt').expect(401);
  });

  it('lets a reviewer watch but not create assessments', async () => {
    const { agent, csrf } = await loginAs(t, 'reviewer');
    await agent.get('/api/v1/assessments').expect(200);
    const c = addChallenge();
    await t.services.challenges.save(c);
    await agent
      .post('/api/v1/assessments')
      .set('X-CSRF-Token', csrf)
      .send({ title: 'x', durationMinutes: 10, languages: ['python'], challengeIds: [c.id] })
      .expect(403);
  });
});
