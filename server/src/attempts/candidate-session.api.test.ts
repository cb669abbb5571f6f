import request from 'supertest';
import { assessmentWithInvite, startAttempt } from '../test-support/factories';
import { testApp, type TestApp } from '../test-support/test-app';

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
