import request from 'supertest';
import { CORRECT_ADD, assessmentWithInvite, startAttempt } from '../test-support/factories';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';

// Ids a hostile client picks because a lookup on a plain object finds them on its prototype.
const PROTOTYPE_KEYS = ['constructor', '__proto__', 'hasOwnProperty', 'toString'];

let t: TestApp;
let admin: Awaited<ReturnType<typeof loginAs>>;
let candidate: Awaited<ReturnType<typeof startAttempt>>;
beforeAll(async () => {
  t = await testApp();
  admin = await loginAs(t, 'admin');
  const { token } = await assessmentWithInvite(t);
  candidate = await startAttempt(t, token);
});
afterAll(() => t.close());

describe.each(PROTOTYPE_KEYS)('an id of %j', (id) => {
  const candidateRoutes: [string, string, object | null][] = [
    ['get', `/api/v1/attempt/challenges/${id}`, null],
    ['put', `/api/v1/attempt/challenges/${id}/draft`, { language: 'javascript', code: CORRECT_ADD }],
    ['post', `/api/v1/attempt/challenges/${id}/run`, { language: 'javascript', code: CORRECT_ADD }],
    ['post', `/api/v1/attempt/challenges/${id}/submit`, { language: 'javascript', code: CORRECT_ADD }],
    ['get', `/api/v1/attempt/submissions/${id}`, null],
    ['get', `/api/v1/attempt/submissions/${id}/events`, null],
  ];
  it.each(candidateRoutes)('answers a candidate’s %s %s with 404', async (method, url, body) => {
    const call = (candidate.agent as unknown as Record<string, (u: string) => request.Test>)[method]!(url).set('X-CSRF-Token', candidate.csrf);
    const res = await (body ? call.send(body) : call);
    expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status: 404, code: 'not_found' });
  });

  const staffRoutes: [string, string, object | null][] = [
    ['get', `/api/v1/challenges/${id}`, null],
    ['get', `/api/v1/challenges/${id}/export`, null],
    ['post', `/api/v1/challenges/${id}/validate`, {}],
    ['get', `/api/v1/assessments/${id}`, null],
    ['get', `/api/v1/assessments/${id}/attempts`, null],
    ['get', `/api/v1/assessments/${id}/invites`, null],
    ['get', `/api/v1/attempts/${id}`, null],
    ['patch', `/api/v1/invites/${id}`, { extraMinutes: 5 }],
    ['post', `/api/v1/invites/${id}/reissue`, {}],
    ['delete', `/api/v1/tokens/${id}`, null],
    ['get', `/api/v1/reviews/${id}`, null],
    ['put', `/api/v1/reviews/${id}`, { levels: {} }],
    ['post', `/api/v1/reviews/${id}/release`, {}],
    ['get', `/api/v1/adjudications/${id}`, null],
    ['post', `/api/v1/adjudications/${id}`, { levels: {}, reason: 'x' }],
    ['get', `/api/v1/assessments/${id}/exports/attempts.csv`, null],
    ['get', `/api/v1/assessments/${id}/exports/labels.jsonl`, null],
    ['get', `/api/v1/assessments/${id}/webhooks`, null],
    ['post', `/api/v1/assessments/${id}/webhooks`, { url: 'https://example.test/hook' }],
    ['delete', `/api/v1/webhooks/${id}`, null],
    ['get', `/api/v1/webhooks/${id}/deliveries`, null],
    ['post', `/api/v1/webhook-deliveries/${id}/redeliver`, {}],
  ];
  it.each(staffRoutes)('answers an admin’s %s %s with 404', async (method, url, body) => {
    const call = (admin.agent as unknown as Record<string, (u: string) => request.Test>)[method]!(url).set('X-CSRF-Token', admin.csrf);
    const res = await (body ? call.send(body) : call);
    expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status: 404, code: 'not_found' });
  });

  it('answers an invite token of it with 404, or 400 where the token is malformed', async () => {
    for (const res of [await request(t.app).get(`/api/v1/invites/${id}`), await request(t.app).post(`/api/v1/invites/${id}/start`)]) {
      expect([404, 400]).toContain(res.status);
      expect(res.body.error.code).toBe(res.status === 404 ? 'not_found' : 'validation_failed');
    }
  });
});
