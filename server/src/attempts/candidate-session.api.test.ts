import request from 'supertest';
import { assessmentWithInvite, startAttempt } from '../test-support/factories';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('GET /api/v1/attempt/session', () => {
  it('gives a reloaded page the CSRF token of its candidate cookie', async () => {
    const { token } = await assessmentWithInvite(t);
    const { agent, csrf } = await startAttempt(t, token);
    const res = await agent.get('/api/v1/attempt/session').expect(200);
    expect(res.body).toEqual({ csrfToken: csrf });
  });

  it('refuses a caller without a candidate cookie', async () => {
    const res = await request(t.app).get('/api/v1/attempt/session').expect(401);
    expect(res.body.error.code).toBe('unauthorized');
  });
});

describe('one live session per attempt', () => {
  async function startIn(token: string, userAgent: string) {
    const agent = request.agent(t.app);
    const res = await agent.post(`/api/v1/invites/${token}/start`).set('User-Agent', userAgent).expect(200);
    return { agent, csrf: res.body.csrfToken as string, attemptId: res.body.attempt.id as string, challengeId: res.body.attempt.challenges[0].id as string };
  }

  it('a new start from the link ends the earlier session: its next request is a 401 saying the attempt continued elsewhere', async () => {
    const { token } = await assessmentWithInvite(t);
    const first = await startIn(token, 'Browser One');
    const second = await startIn(token, 'Browser Two');
    expect(second.attemptId).toBe(first.attemptId);

    const refused = await first.agent.get('/api/v1/attempt').expect(401);
    expect(refused.body.error.code).toBe('session_replaced');
    expect(refused.body.error.message).toMatch(/continued in another browser/);
    const save = await first.agent
      .put(`/api/v1/attempt/challenges/${first.challengeId}/draft`)
      .set('X-CSRF-Token', first.csrf)
      .send({ language: 'python', code: 'x = 1' })
      .expect(401);
    expect(save.body.error.code).toBe('session_replaced');
    await first.agent.get('/api/v1/attempt/session').expect(401);

    await second.agent.get('/api/v1/attempt').expect(200);
    await second.agent.put(`/api/v1/attempt/challenges/${second.challengeId}/draft`).set('X-CSRF-Token', second.csrf).send({ language: 'python', code: 'x = 2' }).expect(200);
  });

  it('lets the first browser take the attempt back from the link, ending the second', async () => {
    const { token } = await assessmentWithInvite(t);
    const first = await startIn(token, 'Browser One');
    const second = await startIn(token, 'Browser Two');
    const again = await startIn(token, 'Browser One');
    await again.agent.get('/api/v1/attempt').expect(200);
    expect((await second.agent.get('/api/v1/attempt').expect(401)).body.error.code).toBe('session_replaced');
    expect((await first.agent.get('/api/v1/attempt').expect(401)).body.error.code).toBe('session_replaced');
  });

  it('records every session on the attempt for admins: start, end, user agent and address', async () => {
    const { token } = await assessmentWithInvite(t);
    const first = await startIn(token, 'Browser One');
    t.clock.advance(60_000);
    await startIn(token, 'Browser Two');
    const { agent } = await loginAs(t, 'admin');
    const res = await agent.get(`/api/v1/attempts/${first.attemptId}`).expect(200);
    const sessions = res.body.sessions as { startedAt: string; endedAt: string | null; userAgent: string; address: string | null }[];
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toMatchObject({ userAgent: 'Browser One', endedAt: sessions[1]!.startedAt });
    expect(sessions[1]).toMatchObject({ userAgent: 'Browser Two', endedAt: null });
    expect(sessions[0]!.address).toMatch(/127\.0\.0\.1/);
    expect(new Date(sessions[1]!.startedAt).getTime() - new Date(sessions[0]!.startedAt).getTime()).toBe(60_000);
  });

  it('shows the candidate nothing of it: the attempt view names no sessions', async () => {
    const { token } = await assessmentWithInvite(t);
    await startIn(token, 'Browser One');
    const second = await startIn(token, 'Browser Two');
    const res = await second.agent.get('/api/v1/attempt').expect(200);
    expect(JSON.stringify(res.body)).not.toMatch(/Browser One|userAgent/);
  });
});
