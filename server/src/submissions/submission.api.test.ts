import request from 'supertest';
import { CORRECT_ADD, WRONG_ADD, assessmentWithInvite, startAttempt } from '../test-support/factories';
import { testApp, type TestApp } from '../test-support/test-app';

/** A supertest parser that keeps an event stream's body as text. */
function collectText(r: NodeJS.ReadableStream, done: (error: Error | null, body: string) => void): void {
  let text = '';
  r.on('data', (c: Buffer) => (text += c.toString()));
  r.on('end', () => done(null, text));
}

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('POST /api/v1/attempt/challenges/:id/run and /submit', () => {
  it('runs the public examples with full detail', async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent, csrf } = await startAttempt(t, token);
    const posted = await agent
      .post(`/api/v1/attempt/challenges/${challenges[0]!.id}/run`)
      .set('X-CSRF-Token', csrf)
      .send({ language: 'javascript', code: CORRECT_ADD })
      .expect(202);
    await t.services.queue.idle();
    const res = await agent.get(`/api/v1/attempt/submissions/${posted.body.id}`).expect(200);
    expect(res.body).toMatchObject({ kind: 'run', status: 'done', cases: [{ name: 'p1', verdict: 'ok', passed: true, input: { args: [1, 2] }, expected: '3', actual: '3' }] });
  });

  it('submits against hidden tests and shows counts per group only', async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent, csrf } = await startAttempt(t, token);
    const posted = await agent
      .post(`/api/v1/attempt/challenges/${challenges[0]!.id}/submit`)
      .set('X-CSRF-Token', csrf)
      .send({ language: 'javascript', code: WRONG_ADD })
      .expect(202);
    await t.services.queue.idle();
    const res = await agent.get(`/api/v1/attempt/submissions/${posted.body.id}`).expect(200);
    expect(res.body).toMatchObject({ kind: 'submit', status: 'done', passed: 0, total: 3, verdicts: { wrong_answer: 3 } });
    expect(res.body.groups).toEqual([
      { name: 'basic', passed: 0, total: 2 },
      { name: 'edge', passed: 0, total: 1 },
    ]);
    expect(res.body).not.toHaveProperty('cases');
    const metrics = await request(t.app).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/assay_runs_total\{language="javascript",verdict="ok"\} \d+/);
    expect(metrics.text).toMatch(/assay_run_duration_seconds_count\{language="javascript",kind="submit"\} \d+/);
  });

  it('reports a compile error with the compiler output', async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent, csrf } = await startAttempt(t, token);
    const posted = await agent
      .post(`/api/v1/attempt/challenges/${challenges[0]!.id}/submit`)
      .set('X-CSRF-Token', csrf)
      .send({ language: 'python', code: 'COMPILE_ERROR' })
      .expect(202);
    await t.services.queue.idle();
    const res = await agent.get(`/api/v1/attempt/submissions/${posted.body.id}`).expect(200);
    expect(res.body).toMatchObject({ compile: { ok: false }, passed: 0, verdicts: { compile_error: 3 } });
  });

  it('returns the first submission again for a repeated Idempotency-Key', async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent, csrf, attempt } = await startAttempt(t, token);
    const url = `/api/v1/attempt/challenges/${challenges[0]!.id}/submit`;
    const first = await agent.post(url).set('X-CSRF-Token', csrf).set('Idempotency-Key', 'k-1').send({ language: 'javascript', code: CORRECT_ADD }).expect(202);
    const second = await agent.post(url).set('X-CSRF-Token', csrf).set('Idempotency-Key', 'k-1').send({ language: 'javascript', code: CORRECT_ADD }).expect(202);
    expect(second.body.id).toBe(first.body.id);
    await t.services.queue.idle();
    expect(await t.services.submissionRepo.forAttempt(attempt.id, { kind: 'submit' })).toHaveLength(1);
  });

  it('rate limits runs per attempt', async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent, csrf } = await startAttempt(t, token);
    const url = `/api/v1/attempt/challenges/${challenges[0]!.id}/run`;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await agent.post(url).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: CORRECT_ADD })).status);
    expect(statuses.slice(0, 10).every((s) => s === 202)).toBe(true);
    expect(statuses[10]).toBe(429);
    await t.services.queue.idle();
  });

  it('streams status updates over SSE until the submission is done', async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent, csrf } = await startAttempt(t, token);
    const posted = await agent
      .post(`/api/v1/attempt/challenges/${challenges[0]!.id}/submit`)
      .set('X-CSRF-Token', csrf)
      .send({ language: 'javascript', code: CORRECT_ADD })
      .expect(202);
    const res = await agent.get(`/api/v1/attempt/submissions/${posted.body.id}/events`).buffer(true).parse(collectText);
    expect(res.headers['content-type']).toMatch(/text\/event-stream/);
    const events = String(res.body)
      .split('\n\n')
      .filter((e) => e.startsWith('event: update'));
    const last = JSON.parse(events.at(-1)!.split('data: ')[1]!);
    expect(last).toMatchObject({ status: 'done', passed: 3 });
  });

  it('loads the attempt, its assessment, the challenge and the idempotency key once per request', async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent, csrf } = await startAttempt(t, token);
    const attemptContext = jest.spyOn(t.services.attempts, 'context'); // the attempt and its assessment, one query
    const attemptRow = jest.spyOn(t.services.attempts, 'row');
    const assessmentRow = jest.spyOn(t.services.assessments, 'row');
    const challengeFor = jest.spyOn(t.services.attempts, 'challengeFor'); // the worker loads its own copy later
    const byKey = jest.spyOn(t.services.submissionRepo, 'byIdempotencyKey');
    try {
      await agent
        .post(`/api/v1/attempt/challenges/${challenges[0]!.id}/submit`)
        .set('X-CSRF-Token', csrf)
        .set('Idempotency-Key', 'once')
        .send({ language: 'javascript', code: CORRECT_ADD })
        .expect(202);
      expect(attemptContext).toHaveBeenCalledTimes(1);
      expect(attemptRow).not.toHaveBeenCalled();
      expect(assessmentRow).not.toHaveBeenCalled();
      expect(challengeFor).toHaveBeenCalledTimes(1);
      expect(byKey).toHaveBeenCalledTimes(1);
    } finally {
      await t.services.queue.idle();
      jest.restoreAllMocks();
    }
  });

  it('reads the submission once, with its feedback level, for its SSE stream', async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent, csrf } = await startAttempt(t, token);
    const posted = await agent.post(`/api/v1/attempt/challenges/${challenges[0]!.id}/submit`).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: CORRECT_ADD });
    await t.services.queue.idle();
    const ofAttempt = jest.spyOn(t.services.submissionRepo, 'ofAttempt');
    const byId = jest.spyOn(t.services.submissionRepo, 'byId');
    const attemptContext = jest.spyOn(t.services.attempts, 'context');
    try {
      const res = await agent.get(`/api/v1/attempt/submissions/${posted.body.id}/events`).buffer(true).parse(collectText);
      expect(String(res.body)).toContain('"status":"done"');
      expect(ofAttempt).toHaveBeenCalledTimes(1);
      expect(byId).not.toHaveBeenCalled();
      expect(attemptContext).not.toHaveBeenCalled();
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('does not count a repeated Idempotency-Key against the rate limit', async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent, csrf } = await startAttempt(t, token);
    const url = `/api/v1/attempt/challenges/${challenges[0]!.id}/submit`;
    const send = (key: string) => agent.post(url).set('X-CSRF-Token', csrf).set('Idempotency-Key', key).send({ language: 'javascript', code: CORRECT_ADD });
    for (let i = 0; i < 5; i++) expect((await send(`k${i}`)).status).toBe(202);
    expect((await send('k0')).status).toBe(202);
    expect((await send('k5')).status).toBe(429);
    await t.services.queue.idle();
  });
});
