import request from 'supertest';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

describe('POST /api/v1/auth/login', () => {
  it('sets an httpOnly SameSite session cookie and returns the user and a CSRF token', async () => {
    await t.services.users.create({ email: 'ada@example.test', name: 'Ada', role: 'admin', password: 'correct horse battery' });
    const res = await request(t.app).post('/api/v1/auth/login').send({ email: 'ADA@example.test', password: 'correct horse battery' }).expect(200);
    expect(res.body.user).toEqual({ id: expect.any(String), email: 'ada@example.test', name: 'Ada', role: 'admin' });
    expect(res.body.csrfToken).toEqual(expect.any(String));
    expect(JSON.stringify(res.body)).not.toContain('scrypt');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/assay_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('refuses a wrong password with 401 and the error envelope', async () => {
    const res = await request(t.app).post('/api/v1/auth/login').send({ email: 'ada@example.test', password: 'nope' }).expect(401);
    expect(res.body).toEqual({ error: { code: 'unauthorized', message: 'email or password is wrong' } });
  });

  it('names the bad field on invalid input', async () => {
    const res = await request(t.app).post('/api/v1/auth/login').send({ email: 'not-an-email', password: 'x' }).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.message).toMatch(/^body\.email: /);
  });

  it('refuses unknown fields', async () => {
    const res = await request(t.app).post('/api/v1/auth/login').send({ email: 'ada@example.test', password: 'x', admin: true }).expect(400);
    expect(res.body.error.message).toMatch(/body/);
    expect(JSON.stringify(res.body.error.details)).toContain('admin');
  });

  it('answers malformed JSON with 400 invalid_json', async () => {
    const res = await request(t.app).post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"email": ').expect(400);
    expect(res.body.error.code).toBe('invalid_json');
  });

  it('rate limits repeated failures for one account', async () => {
    await t.services.users.create({ email: 'bob@example.test', name: 'Bob', role: 'reviewer', password: 'correct horse battery' });
    let last = 0;
    for (let i = 0; i < 11; i++) {
      last = (
        await request(t.app)
          .post('/api/v1/auth/login')
          .send({ email: 'bob@example.test', password: `wrong-${i}` })
      ).status;
    }
    expect(last).toBe(429);
    t.clock.advance(15 * 60_000);
    await request(t.app).post('/api/v1/auth/login').send({ email: 'bob@example.test', password: 'correct horse battery' }).expect(200);
  });
});

describe('sessions and CSRF', () => {
  it('GET /api/v1/auth/me needs a session', async () => {
    await request(t.app).get('/api/v1/auth/me').expect(401);
    const { agent } = await loginAs(t, 'reviewer');
    const me = await agent.get('/api/v1/auth/me').expect(200);
    expect(me.body.role).toBe('reviewer');
  });

  it('refuses a state-changing request without the CSRF header', async () => {
    const { agent, csrf } = await loginAs(t, 'admin');
    const res = await agent.post('/api/v1/tokens').send({ name: 'ci' }).expect(403);
    expect(res.body.error.message).toMatch(/X-CSRF-Token/);
    await agent.post('/api/v1/tokens').set('X-CSRF-Token', csrf).send({ name: 'ci' }).expect(201);
  });

  it('gives the CSRF token back after a reload through GET /api/v1/auth/session', async () => {
    const { agent, csrf } = await loginAs(t, 'admin');
    const res = await agent.get('/api/v1/auth/session').expect(200);
    expect(res.body).toMatchObject({ csrfToken: csrf, user: { role: 'admin' } });
  });

  it('forgets sessions once they expire', async () => {
    const { agent } = await loginAs(t, 'reviewer');
    t.clock.advance(13 * 3600_000);
    expect(await t.services.sessions.purgeExpired()).toBeGreaterThan(0);
    await agent.get('/api/v1/auth/me').expect(401);
  });

  it('ends the session on logout', async () => {
    const { agent, csrf } = await loginAs(t, 'admin');
    await agent.post('/api/v1/auth/logout').set('X-CSRF-Token', csrf).expect(204);
    await agent.get('/api/v1/auth/me').expect(401);
  });
});

describe('API tokens', () => {
  it('authenticates with Bearer, needs no CSRF, and stops working once revoked', async () => {
    const { agent, csrf } = await loginAs(t, 'admin');
    const minted = await agent.post('/api/v1/tokens').set('X-CSRF-Token', csrf).send({ name: 'automation' }).expect(201);
    expect(minted.body.token).toMatch(/^assay_/);
    const bearer = `Bearer ${minted.body.token}`;
    await request(t.app).get('/api/v1/auth/me').set('Authorization', bearer).expect(200);
    await request(t.app).post('/api/v1/tokens').set('Authorization', bearer).send({ name: 'second' }).expect(201);
    await request(t.app).delete(`/api/v1/tokens/${minted.body.id}`).set('Authorization', bearer).expect(204);
    await request(t.app).get('/api/v1/auth/me').set('Authorization', bearer).expect(401);
  });

  it('is for admins only', async () => {
    const { agent, csrf } = await loginAs(t, 'reviewer');
    await agent.post('/api/v1/tokens').set('X-CSRF-Token', csrf).send({ name: 'x' }).expect(403);
  });
});

describe('operations', () => {
  it('serves /healthz, /readyz, /metrics and the OpenAPI document', async () => {
    await request(t.app).get('/healthz').expect(200, { status: 'ok' });
    const ready = await request(t.app).get('/readyz').expect(200);
    expect(ready.body.checks.database).toBe('ok');
    const metrics = await request(t.app).get('/metrics').expect(200);
    expect(metrics.text).toContain('assay_http_request_duration_seconds');
    const spec = await request(t.app).get('/api/openapi.json').expect(200);
    expect(spec.body.paths['/api/v1/auth/login'].post.requestBody).toBeDefined();
    await request(t.app).get('/api/docs').expect(200).expect('Content-Type', /html/);
  });

  it('answers unknown API routes with a JSON 404 and echoes the request id', async () => {
    const res = await request(t.app).get('/api/v1/nope').set('X-Request-Id', 'req-123').expect(404);
    expect(res.body.error.code).toBe('not_found');
    expect(res.headers['x-request-id']).toBe('req-123');
  });
});
