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
  const candidateRoutes: [string, string, object?][] = [
    ['get', `/api/v1/attempt/challenges/${id}`],
    ['put', `/api/v1/attempt/challenges/${id}/draft`, { language: 'javascript', code: CORRECT_ADD }],
    ['post', `/api/v1/attempt/challenges/${id}/run`, { language: 'javascript', code: CORRECT_ADD }],
    ['post', `/api/v1/attempt/challenges/${id}/submit`, { language: 'javascript', code: CORRECT_ADD }],
    ['get', `/api/v1/attempt/submissions/${id}`],
    ['get', `/api/v1/attempt/submissions/${id}/events`],
  ];
  it.each(candidateRoutes)('answers a candidate’s %s %s with 404', async (method, url, body) => {
    const call = (candidate.agent as unknown as Record<string, (u: string) => request.Test>)[method]!(url).set('X-CSRF-Token', candidate.csrf);
    const res = await (body ? call.send(body) : call);
    expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status: 404, code: 'not_found' });
  });

  const staffRoutes: [string, string, object?][] = [
    ['get', `/api/v1/challenges/${id}`],
    ['get', `/api/v1/challenges/${id}/export`],
    ['post', `/api/v1/challenges/${id}/validate`, {}],
    ['get', `/api/v1/assessments/${id}`],
    ['get', `/api/v1/assessments/${id}/attempts`],
    ['get', `/api/v1/assessments/${id}/invites`],
    ['get', `/api/v1/attempts/${id}`],
    ['patch', `/api/v1/invites/${id}`, { extraMinutes: 5 }],
    ['post', `/api/v1/invites/${id}/reissue`, {}],
    ['delete', `/api/v1/tokens/${id}`],
    ['get', `/api/v1/reviews/items/${id}`],
  ];
  it.each(staffRoutes)('answers an admin’s %s %s with 404', async (method, url, body) => {
    const call = (admin.agent as unknown as Record<string, (u: string) => request.Test>)[method]!(url).set('X-CSRF-Token', admin.csrf);
    const res = await (body ? call.send(body) : call);
    expect({ status: res.status, code: res.body?.error?.code }).toEqual({ status: 404, code: 'not_found' });
  });

  it('answers GET /api/v1/invites/:token with 404', async () => {
    const res = await request(t.app).get(`/api/v1/invites/${id}`);
    expect(res.status).toBe(404);
    expect((await request(t.app).post(`/api/v1/invites/${id}/start`)).status).toBe(404);
  });
});
