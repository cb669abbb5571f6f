import crypto from 'node:crypto';
import request from 'supertest';
import { FakeClock } from '../lib/clock';
import { addChallenge } from '../test-support/factories';
import { loginAs, type TestApp } from '../test-support/test-app';
import { retryDelayMs, systemTimers, WebhookDispatcher } from './webhook-dispatcher';
import { WebhookRepo } from './webhook.repo';
import { httpSender } from './webhook-sender';
import { verifyWebhook } from './webhook-signature';
import { appOver, lastingDatabase, startReceiver, storedAttempt } from './webhook-test-support';

let store: Awaited<ReturnType<typeof lastingDatabase>>;
let t: TestApp;
let admin: Awaited<ReturnType<typeof loginAs>>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const clock = new FakeClock();
let assessmentId: string;
let n = 0;

/** Opens the app over the lasting database; the admin's agent is bound to one app, so it logs in again. */
async function openApp(config = {}) {
  t = appOver(await store.open(), clock, config);
  admin = await loginAs(t, 'admin');
}

beforeAll(async () => {
  store = await lastingDatabase();
  await openApp();
  receiver = await startReceiver();
});
afterAll(async () => {
  await t.close();
  await store.remove();
  await receiver.close();
});

/** A fresh assessment over one challenge, so each test sees only its own endpoints and deliveries. */
beforeEach(async () => {
  n += 1;
  const challenge = addChallenge({ id: `hook-${n}` });
  await t.services.challenges.save(challenge);
  const a = await t.services.assessments.create(
    { title: `Hooks ${n}`, description: '', durationMinutes: 60, languages: ['python'], challengeIds: [challenge.id], opensAt: null, closesAt: null },
    null,
  );
  assessmentId = a.id;
  receiver.received.length = 0;
  receiver.replies.length = 0;
});

const hooks = () => `/api/v1/assessments/${assessmentId}/webhooks`;
const register = async (body: object = { url: receiver.url }) => (await admin.agent.post(hooks()).set('X-CSRF-Token', admin.csrf).send(body).expect(201)).body;
const log = async (endpointId: string) => (await admin.agent.get(`/api/v1/webhooks/${endpointId}/deliveries`).expect(200)).body;

/** An attempt of the current assessment that has just become final, announced as grading announces it. */
async function finalAttempt() {
  const at = clock.now();
  const attempt = await storedAttempt(t, assessmentId, { finalAt: at, versions: { [`hook-${n}`]: 1 } });
  await t.services.domainEvents.emit('attempt.final', { attemptId: attempt.id, assessmentId, at });
  return attempt;
}

describe('webhook endpoints (admin API)', () => {
  it('registers an endpoint and shows its secret only in the answer to the create', async () => {
    const created = await register({ url: receiver.url, events: ['attempt.submitted'] });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.events).toEqual(['attempt.final', 'attempt.submitted']);
    const list = (await admin.agent.get(hooks()).expect(200)).body;
    expect(list).toEqual([{ id: created.id, assessmentId, url: receiver.url, events: ['attempt.final', 'attempt.submitted'], createdAt: created.createdAt }]);
    expect(JSON.stringify(list)).not.toContain(created.secret);
  });

  it.each([
    ['ftp://example.test/x', 'body.url'],
    ['javascript:alert(1)', 'body.url'],
    ['not a url', 'body.url'],
  ])('refuses %s, naming the field', async (url, field) => {
    const res = await admin.agent.post(hooks()).set('X-CSRF-Token', admin.csrf).send({ url }).expect(400);
    expect(res.body.error.message).toMatch(new RegExp(`^${field}`));
  });

  it('refuses an unknown event and an unknown assessment', async () => {
    const res = await admin.agent
      .post(hooks())
      .set('X-CSRF-Token', admin.csrf)
      .send({ url: receiver.url, events: ['attempt.started'] })
      .expect(400);
    expect(res.body.error.message).toMatch(/^body\.events\.0/);
    await admin.agent.post('/api/v1/assessments/nope/webhooks').set('X-CSRF-Token', admin.csrf).send({ url: receiver.url }).expect(404);
  });

  it('removes an endpoint: it leaves the list and hears nothing more, its log stays with retries ended', async () => {
    const created = await register();
    receiver.replies.push(500);
    const before = await finalAttempt();
    await t.services.webhookDispatcher.tick();
    await admin.agent.delete(`/api/v1/webhooks/${created.id}`).set('X-CSRF-Token', admin.csrf).expect(204);
    await admin.agent.delete(`/api/v1/webhooks/${created.id}`).set('X-CSRF-Token', admin.csrf).expect(404);
    expect((await admin.agent.get(hooks()).expect(200)).body).toEqual([]);
    await finalAttempt();
    clock.advance(60_000);
    await t.services.webhookDispatcher.tick();
    expect(receiver.received).toHaveLength(1);
    expect(await log(created.id)).toEqual([
      expect.objectContaining({ attemptId: before.id, status: 'failed', tries: 1, lastStatusCode: 500, lastError: 'the webhook was removed', nextAttemptAt: null }),
    ]);
  });

  it('is for admins only', async () => {
    const created = await register();
    const reviewer = await loginAs(t, 'reviewer');
    await reviewer.agent.get(hooks()).expect(403);
    await reviewer.agent.post(hooks()).set('X-CSRF-Token', reviewer.csrf).send({ url: receiver.url }).expect(403);
    await reviewer.agent.get(`/api/v1/webhooks/${created.id}/deliveries`).expect(403);
    await reviewer.agent.delete(`/api/v1/webhooks/${created.id}`).set('X-CSRF-Token', reviewer.csrf).expect(403);
    await request(t.app).get(hooks()).expect(401);
  });
});

describe('deliveries to a real receiver', () => {
  it('POSTs the result once per endpoint, signed as the README says, with the event and delivery id', async () => {
    const { id: endpointId, secret } = await register();
    const attempt = await finalAttempt();
    await t.services.domainEvents.emit('attempt.final', { attemptId: attempt.id, assessmentId, at: clock.now() }); // heard twice, sent once
    await t.services.webhookDispatcher.tick();

    expect(receiver.received).toHaveLength(1);
    const [got] = receiver.received;
    const [delivery] = await log(endpointId);
    expect(got!.headers['content-type']).toBe('application/json');
    expect(got!.headers['assay-event']).toBe('attempt.final');
    expect(got!.headers['assay-delivery']).toBe(delivery.id);
    // The documented check, written out: HMAC-SHA256 over "<t>.<raw body>" with the secret, hex.
    const signature = String(got!.headers['assay-signature']);
    const [, t0, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(signature)!;
    expect(Number(t0)).toBe(Math.floor(clock.now().getTime() / 1000));
    expect(v1).toBe(crypto.createHmac('sha256', secret).update(`${t0}.${got!.body}`).digest('hex'));
    expect(verifyWebhook(secret, signature, got!.body, Number(t0))).toBe(true);
    expect(verifyWebhook(secret, signature, got!.body.replace('attempt.final', 'attempt.fin4l'), Number(t0))).toBe(false);
    expect(verifyWebhook('whsec_other', signature, got!.body, Number(t0))).toBe(false);
    expect(verifyWebhook(secret, signature, got!.body, Number(t0) + 301)).toBe(false); // too old: a replay

    const body = JSON.parse(got!.body);
    expect(body).toMatchObject({ event: 'attempt.final', deliveryId: delivery.id, time: clock.now().toISOString() });
    expect(body.result).toMatchObject({ attemptId: attempt.id, assessmentId, email: attempt.email, status: 'final' });
    expect(body.result.challenges.map((c: { challengeId: string }) => c.challengeId)).toEqual([`hook-${n}`]);
    expect(delivery).toMatchObject({ status: 'delivered', tries: 1, lastStatusCode: 200, lastError: null, nextAttemptAt: null, attemptId: attempt.id, redeliveryOf: null });
    expect(delivery.deliveredAt).toBe(clock.now().toISOString());
  });

  it('is sent once when two servers look at the same time: the claim is one conditional UPDATE', async () => {
    const { id: endpointId } = await register();
    await finalAttempt();
    const server = () =>
      new WebhookDispatcher({ repo: new WebhookRepo(t.services.database.db), send: httpSender(), clock, timers: systemTimers, logger: { warn() {}, error() {}, info() {} } });
    await Promise.all([server().tick(), server().tick(), t.services.webhookDispatcher.tick()]);
    expect(receiver.received).toHaveLength(1);
    expect((await log(endpointId))[0]).toMatchObject({ status: 'delivered', tries: 1 });
  });

  it('sends what grading announces: an attempt whose score it finds final', async () => {
    const { id: endpointId } = await register();
    const attempt = await storedAttempt(t, assessmentId, { versions: { [`hook-${n}`]: 1 } }); // finished, tests only, nothing submitted: final at 0
    expect(await t.services.attemptScores.refresh(attempt.id)).toBe(true);
    await t.services.webhookDispatcher.tick();
    expect(receiver.received).toHaveLength(1);
    const body = JSON.parse(receiver.received[0]!.body);
    expect(body.result).toMatchObject({ attemptId: attempt.id, status: 'final', finalAt: clock.now().toISOString(), score: { score: 0, status: 'final' } });
    expect((await log(endpointId))[0]).toMatchObject({ status: 'delivered', attemptId: attempt.id });
  });

  it('sends attempt.submitted only to endpoints that asked for it', async () => {
    const plain = await register();
    const both = await register({ url: receiver.url, events: ['attempt.submitted'] });
    const attempt = await storedAttempt(t, assessmentId, { versions: { [`hook-${n}`]: 1 } });
    await t.services.domainEvents.emit('attempt.submitted', { attemptId: attempt.id, assessmentId, at: clock.now() });
    await t.services.webhookDispatcher.tick();
    expect(receiver.received.map((r) => r.headers['assay-event'])).toEqual(['attempt.submitted']);
    expect(await log(plain.id)).toEqual([]);
    expect((await log(both.id)).map((d: { event: string }) => d.event)).toEqual(['attempt.submitted']);
  });

  it('retries a 500 after 30 s, then records the success', async () => {
    const { id: endpointId } = await register();
    receiver.replies.push(500);
    await finalAttempt();
    await t.services.webhookDispatcher.tick();
    let [delivery] = await log(endpointId);
    expect(delivery).toMatchObject({ status: 'pending', tries: 1, lastStatusCode: 500, nextAttemptAt: new Date(clock.now().getTime() + 30_000).toISOString() });
    expect(delivery.lastError).toMatch(/^HTTP 500: no luck x+$/);
    expect(delivery.lastError.length).toBeLessThan(300); // the answer's body is read only in part and shown shorter

    await t.services.webhookDispatcher.tick(); // not due yet
    expect(receiver.received).toHaveLength(1);
    clock.advance(30_000);
    await t.services.webhookDispatcher.tick();
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]!.body).toBe(receiver.received[0]!.body);
    [delivery] = await log(endpointId);
    expect(delivery).toMatchObject({ status: 'delivered', tries: 2, lastStatusCode: 200, lastError: null });
  });

  it('keeps the retry across a restart: a failed delivery is retried by the next server over the same database', async () => {
    const { id: endpointId } = await register();
    receiver.replies.push(503);
    const attempt = await finalAttempt();
    await t.services.webhookDispatcher.tick();
    expect((await log(endpointId))[0]).toMatchObject({ status: 'pending', tries: 1, lastStatusCode: 503 });

    await t.close(); // the server is gone, and its memory with it
    // While it was down, another attempt became final: no one heard the event.
    const missedAt = clock.now();
    await openApp();
    const missed = await storedAttempt(t, assessmentId, { finalAt: missedAt, versions: { [`hook-${n}`]: 1 } });
    clock.advance(30_000);
    expect(await t.services.webhooks.catchUp()).toBe(1);
    await t.services.webhookDispatcher.tick();

    const bodies = receiver.received.slice(1).map((r) => JSON.parse(r.body).result.attemptId);
    expect(bodies.sort()).toEqual([attempt.id, missed.id].sort());
    const deliveries = await log(endpointId);
    expect(deliveries.map((d: { status: string }) => d.status)).toEqual(['delivered', 'delivered']);
    expect(deliveries.find((d: { attemptId: string }) => d.attemptId === attempt.id).tries).toBe(2);
    expect(await t.services.webhooks.catchUp()).toBe(0);
  });

  it('redelivers a delivery as a new one pointing at the first, with the same body and its own delivery id', async () => {
    const { id: endpointId } = await register();
    await finalAttempt();
    await t.services.webhookDispatcher.tick();
    const [first] = await log(endpointId);
    const res = await admin.agent.post(`/api/v1/webhook-deliveries/${first.id}/redeliver`).set('X-CSRF-Token', admin.csrf).expect(201);
    expect(res.body).toMatchObject({ status: 'pending', tries: 0, redeliveryOf: first.id, event: 'attempt.final', attemptId: first.attemptId });
    await t.services.webhookDispatcher.tick();
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[1]!.headers['assay-delivery']).toBe(res.body.id);
    expect(receiver.received[1]!.body).toBe(receiver.received[0]!.body);
    const deliveries = await log(endpointId);
    expect(deliveries.map((d: { id: string; status: string }) => [d.id, d.status]).sort()).toEqual(
      [
        [first.id, 'delivered'],
        [res.body.id, 'delivered'],
      ].sort(),
    );
    const reviewer = await loginAs(t, 'reviewer');
    await reviewer.agent.post(`/api/v1/webhook-deliveries/${first.id}/redeliver`).set('X-CSRF-Token', reviewer.csrf).expect(403);
    await admin.agent.post('/api/v1/webhook-deliveries/nope/redeliver').set('X-CSRF-Token', admin.csrf).expect(404);
  });

  it('backs off doubling to an hour and gives up a day after the delivery was made', async () => {
    const { id: endpointId } = await register();
    const made = clock.now().getTime();
    await finalAttempt();
    let tries = 0;
    for (;;) {
      receiver.replies.push(500);
      await t.services.webhookDispatcher.tick();
      tries += 1;
      const [d] = await t.services.webhooks.deliveries(endpointId); // a day on, the admin's session has expired
      expect(d!.tries).toBe(tries);
      if (d!.status === 'failed') {
        expect(d!.nextAttemptAt).toBeNull();
        break;
      }
      expect(new Date(d!.nextAttemptAt!).getTime() - clock.now().getTime()).toBe(retryDelayMs(tries));
      clock.set(new Date(d!.nextAttemptAt!));
    }
    // Waits of 30 s, 1, 2, 4, 8, 16, 32 min (63.5 min in all), then hourly: the last try is the one whose next would pass 24 h.
    expect([1, 2, 7, 8, 30].map((k) => retryDelayMs(k))).toEqual([30_000, 60_000, 1_920_000, 3_600_000, 3_600_000]);
    expect(tries).toBe(7 + 23);
    expect(clock.now().getTime() - made).toBeLessThanOrEqual(86_400_000);
    expect(clock.now().getTime() + 3_600_000 - made).toBeGreaterThan(86_400_000);
    expect(receiver.received).toHaveLength(tries);
  });

  it('gives a receiver that never answers the timeout, and tries again later', async () => {
    await t.close();
    await openApp({ webhooks: { timeoutMs: 200 } });
    const { id: endpointId } = await register();
    receiver.replies.push('hang');
    await finalAttempt();
    await t.services.webhookDispatcher.tick();
    expect((await log(endpointId))[0]).toMatchObject({ status: 'pending', tries: 1, lastStatusCode: null, lastError: 'no answer within 0.2 s' });
  });
});

it('catches up a missed attempt.submitted for endpoints that take it, and no attempt.final for an attempt not final', async () => {
  const plain = await register();
  const both = await register({ url: receiver.url, events: ['attempt.submitted'] });
  const early = await storedAttempt(t, assessmentId, { versions: { [`hook-${n}`]: 1 } }); // finished before the endpoints existed
  clock.advance(3_600_000);
  const attempt = await storedAttempt(t, assessmentId, { versions: { [`hook-${n}`]: 1 } }); // finished since, never announced
  expect(await t.services.webhooks.catchUp()).toBe(1);
  expect(await t.services.webhooks.catchUp()).toBe(0);
  expect(await log(plain.id)).toEqual([]);
  expect(await log(both.id)).toEqual([expect.objectContaining({ event: 'attempt.submitted', attemptId: attempt.id, status: 'pending' })]);
  expect(early.id).not.toBe(attempt.id);
});
