import request from 'supertest';
import { CORRECT_ADD, addChallenge, startAttempt } from '../test-support/factories';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
let admin: Awaited<ReturnType<typeof loginAs>>;
const challenge = addChallenge({ id: 'add-numbers' });

beforeAll(async () => {
  t = await testApp();
  admin = await loginAs(t, 'admin');
  await t.services.challenges.save(challenge);
});
afterAll(() => t.close());

const body = { title: 'Screen A', durationMinutes: 90, languages: ['python', 'javascript'], challengeIds: ['add-numbers'] };

describe('POST /api/v1/assessments', () => {
  it('creates an assessment with its challenges in order', async () => {
    const res = await admin.agent.post('/api/v1/assessments').set('X-CSRF-Token', admin.csrf).send(body).expect(201);
    expect(res.body).toMatchObject({ title: 'Screen A', durationMinutes: 90, challenges: [{ id: 'add-numbers', version: 1, kind: 'implement' }], counts: { invited: 0 } });
  });

  it.each([
    [{ ...body, durationMinutes: 0 }, 'body.durationMinutes'],
    [{ ...body, languages: ['cobol'] }, 'body.languages.0'],
    [{ ...body, challengeIds: ['nope'] }, 'body.challengeIds.0'],
    [{ ...body, opensAt: '2026-02-01T00:00:00Z', closesAt: '2026-01-01T00:00:00Z' }, 'body.closesAt'],
    [{ ...body, extra: 1 }, 'body'],
    [{ ...body, reviewsPerItem: 0 }, 'body.reviewsPerItem'],
    [{ ...body, reviewsPerItem: 10 }, 'body.reviewsPerItem'],
    [{ ...body, disagreementPoints: -1 }, 'body.disagreementPoints'],
    [{ ...body, reviewerThreshold: 1.5 }, 'body.reviewerThreshold'],
    [{ ...body, claimMinutes: 241 }, 'body.claimMinutes'],
  ])('refuses %j naming %s', async (bad, field) => {
    const res = await admin.agent.post('/api/v1/assessments').set('X-CSRF-Token', admin.csrf).send(bad).expect(400);
    expect(res.body.error.message.startsWith(field)).toBe(true);
  });

  it('refuses a challenge that offers none of the assessment’s languages', async () => {
    const res = await admin.agent
      .post('/api/v1/assessments')
      .set('X-CSRF-Token', admin.csrf)
      .send({ ...body, languages: ['go'] })
      .expect(400);
    expect(res.body.error.message).toMatch(/none of the assessment's languages/);
  });
});

describe('review settings', () => {
  it('default to 2 reviews, 2 points, 0.7 and 20 minutes, and are kept as sent', async () => {
    const plain = await admin.agent.post('/api/v1/assessments').set('X-CSRF-Token', admin.csrf).send(body).expect(201);
    expect(plain.body).toMatchObject({ reviewsPerItem: 2, disagreementPoints: 2, reviewerThreshold: 0.7, claimMinutes: 20 });
    const settings = { reviewsPerItem: 3, disagreementPoints: 1.5, reviewerThreshold: 0.8, claimMinutes: 45 };
    const put = await admin.agent
      .put(`/api/v1/assessments/${plain.body.id}`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ ...body, ...settings })
      .expect(200);
    expect(put.body).toMatchObject(settings);
    expect((await admin.agent.get(`/api/v1/assessments/${plain.body.id}`).expect(200)).body).toMatchObject(settings);
  });
});

describe('GET and PUT /api/v1/assessments/:id', () => {
  it('reads one back and replaces it', async () => {
    const created = await admin.agent.post('/api/v1/assessments').set('X-CSRF-Token', admin.csrf).send(body).expect(201);
    await admin.agent.get(`/api/v1/assessments/${created.body.id}`).expect(200, created.body);
    const put = await admin.agent
      .put(`/api/v1/assessments/${created.body.id}`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ ...body, title: 'Screen B', durationMinutes: 45 })
      .expect(200);
    expect(put.body).toMatchObject({ id: created.body.id, title: 'Screen B', durationMinutes: 45 });
  });

  it('answers an unknown id with 404', async () => {
    await admin.agent.get('/api/v1/assessments/no-such-id').expect(404);
  });
});

describe('invites', () => {
  it('invites many emails at once, each with its own single-use link', async () => {
    const created = await admin.agent.post('/api/v1/assessments').set('X-CSRF-Token', admin.csrf).send(body).expect(201);
    const res = await admin.agent
      .post(`/api/v1/assessments/${created.body.id}/invites`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ emails: ['a@example.test', 'B@example.test', 'a@example.test'], extraMinutes: 30 })
      .expect(201);
    expect(res.body.invites.map((i: { email: string }) => i.email)).toEqual(['a@example.test', 'b@example.test']);
    const [a, b] = res.body.invites;
    expect(a.url).toMatch(/^http:\/\/assay\.test\/invite\/[\w-]{40,}$/);
    expect(a.url).not.toBe(b.url);
    const listed = await admin.agent.get(`/api/v1/assessments/${created.body.id}/invites`).expect(200);
    expect(listed.body).toHaveLength(2);
    expect(listed.body[0]).not.toHaveProperty('url');
  });

  it('names a bad email in a bulk invite', async () => {
    const created = await admin.agent.post('/api/v1/assessments').set('X-CSRF-Token', admin.csrf).send(body).expect(201);
    const res = await admin.agent
      .post(`/api/v1/assessments/${created.body.id}/invites`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ emails: ['ok@example.test', 'not an email'] })
      .expect(400);
    expect(res.body.error.message).toMatch(/^body\.emails\.1: /);
  });

  it('reissues an unused link and the old one stops working', async () => {
    const created = await admin.agent.post('/api/v1/assessments').set('X-CSRF-Token', admin.csrf).send(body).expect(201);
    const inv = await admin.agent
      .post(`/api/v1/assessments/${created.body.id}/invites`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ emails: ['c@example.test'] })
      .expect(201);
    const old = inv.body.invites[0];
    const fresh = await admin.agent.post(`/api/v1/invites/${old.id}/reissue`).set('X-CSRF-Token', admin.csrf).expect(200);
    await request(t.app)
      .get(`/api/v1/invites/${old.url.split('/invite/')[1]}`)
      .expect(404);
    await request(t.app)
      .get(`/api/v1/invites/${fresh.body.url.split('/invite/')[1]}`)
      .expect(200);
  });
});

describe('GET /api/v1/assessments/:id/attempts', () => {
  it('shows each attempt with time left and its tests score so far', async () => {
    const created = await admin.agent.post('/api/v1/assessments').set('X-CSRF-Token', admin.csrf).send(body).expect(201);
    const inv = await admin.agent
      .post(`/api/v1/assessments/${created.body.id}/invites`)
      .set('X-CSRF-Token', admin.csrf)
      .send({ emails: ['d@example.test'] })
      .expect(201);
    const candidate = await startAttempt(t, inv.body.invites[0].url.split('/invite/')[1]);
    await candidate.agent.post('/api/v1/attempt/challenges/add-numbers/submit').set('X-CSRF-Token', candidate.csrf).send({ language: 'javascript', code: CORRECT_ADD }).expect(202);
    await t.services.queue.idle();
    t.clock.advance(30 * 60_000);
    const res = await admin.agent.get(`/api/v1/assessments/${created.body.id}/attempts`).expect(200);
    expect(res.body).toEqual([expect.objectContaining({ email: 'd@example.test', status: 'active', remainingMs: 60 * 60_000, scores: { 'add-numbers': 1 } })]);
    const detail = await admin.agent.get(`/api/v1/attempts/${res.body[0].id}`).expect(200);
    expect(detail.body.submissions[0].result.cases).toHaveLength(3);
    expect(detail.body.attempt.startedAt).toBe(new Date(detail.body.attempt.startedAt).toISOString());
  });

  it('keeps reviewers blind: no attempts, invites or attempt details for them', async () => {
    const created = await admin.agent.post('/api/v1/assessments').set('X-CSRF-Token', admin.csrf).send(body).expect(201);
    const reviewer = await loginAs(t, 'reviewer');
    await reviewer.agent.get(`/api/v1/assessments/${created.body.id}/attempts`).expect(403);
    await reviewer.agent.get(`/api/v1/assessments/${created.body.id}/invites`).expect(403);
    await reviewer.agent.get('/api/v1/attempts/any-id').expect(403);
  });
});
