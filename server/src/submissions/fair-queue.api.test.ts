import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { CORRECT_ADD, addChallenge, assessmentWithInvite } from '../test-support/factories';
import { FakeRunner } from '../test-support/fake-runner';
import { testApp, type TestApp } from '../test-support/test-app';

// One candidate cannot starve the others: with the default concurrency of 2,
// an attempt with nine slow submissions queued leaves a worker for everyone else.
jest.setTimeout(60_000);

let t: TestApp;
let runner: FakeRunner;
let openGate: () => void;
beforeEach(async () => {
  runner = new FakeRunner();
  runner.gate = new Promise((resolve) => (openGate = resolve));
  t = await testApp({ runner });
});
afterEach(async () => {
  openGate();
  await t.services.queue.idle();
  await t.close();
});

/** Starts an attempt over `token`; returns its cookie header and CSRF token. */
async function candidate(token: string) {
  const res = await request(t.app).post(`/api/v1/invites/${token}/start`).expect(200);
  const cookie = (res.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrf: res.body.csrfToken as string };
}

function post(who: { cookie: string; csrf: string }, challengeId: string, kind: 'run' | 'submit', code: string) {
  return request(t.app)
    .post(`/api/v1/attempt/challenges/${challengeId}/${kind}`)
    .set('Cookie', who.cookie)
    .set('X-CSRF-Token', who.csrf)
    .send({ language: 'javascript', code })
    .expect(202);
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 10));
}

/** Three challenges and two candidates: a hog that queues 3 x 3 submits, and another with one Run. */
async function hogAndOther() {
  const challenges = [addChallenge(), addChallenge(), addChallenge()];
  const hog = await candidate((await assessmentWithInvite(t, { challenges })).token);
  const other = await candidate((await assessmentWithInvite(t, { challenges })).token);
  const queued: string[] = [];
  for (const c of challenges) for (let i = 0; i < 3; i += 1) queued.push((await post(hog, c.id, 'submit', `${CORRECT_ADD} // hog ${c.id} ${i}`)).body.id);
  return { challenges, hog, other, queued };
}

/** Opens an SSE stream over a real socket: resolves once its headers arrive, with the status and the update events to come. */
async function openStream(who: { cookie: string }, id: string) {
  const server = http.createServer(t.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise<{ status: number; updates: Promise<Record<string, unknown>[]>; close(): void }>((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path: `/api/v1/attempt/submissions/${id}/events`, headers: { Cookie: who.cookie } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      const updates = new Promise<Record<string, unknown>[]>((done) =>
        res.on('close', () => {
          server.close();
          done(
            text
              .split('\n\n')
              .filter((e) => e.startsWith('event: update'))
              .map((e) => JSON.parse(e.split('data: ')[1]!)),
          );
        }),
      );
      resolve({ status: res.statusCode!, updates, close: () => req.destroy() });
    });
  });
}

describe('the run queue is fair between attempts', () => {
  it('runs another candidate’s Run beside the hog’s first job, not behind its nine', async () => {
    const { challenges, hog, other, queued } = await hogAndOther();
    await until(() => runner.jobs.length >= 1);
    const run = await post(other, challenges[0]!.id, 'run', `${CORRECT_ADD} // other`);
    await until(() => runner.jobs.length >= 2);
    expect(runner.jobs.map((j) => j.code.includes('// other'))).toEqual([false, true]);
    expect(run.body.queuedAhead).toBeNull();
    const last = await request(t.app)
      .get(`/api/v1/attempt/submissions/${queued.at(-1)}`)
      .set('Cookie', hog.cookie)
      .expect(200);
    expect(last.body).toMatchObject({ status: 'queued', queuedAhead: 7 });
  });

  it('streams "queued, N ahead" as the line moves, then the verdict', async () => {
    const { hog, queued } = await hogAndOther();
    await until(() => runner.jobs.length >= 1);
    const stream = await openStream(hog, queued.at(-1)!);
    openGate();
    const seen = await stream.updates;
    expect(seen[0]).toMatchObject({ status: 'queued', queuedAhead: 7 });
    const aheads = seen.filter((u) => u.status === 'queued').map((u) => u.queuedAhead as number);
    expect(aheads).toEqual([...aheads].sort((a, b) => b - a));
    expect(seen.at(-1)).toMatchObject({ status: 'done', queuedAhead: null, passed: 3 });
  });
});

describe('GET /api/v1/attempt/submissions/:id/events', () => {
  it('refuses a fifth open stream of one attempt with 429 and says why', async () => {
    const { hog, other, queued } = await hogAndOther();
    const open = await Promise.all(queued.slice(0, 4).map((id) => openStream(hog, id)));
    expect(open.map((o) => o.status)).toEqual([200, 200, 200, 200]);
    const refused = await request(t.app).get(`/api/v1/attempt/submissions/${queued[4]}/events`).set('Cookie', hog.cookie).expect(429);
    expect(refused.body.error.message).toMatch(/4 open status streams/);
    open.forEach((o) => o.close());
    await Promise.all(open.map((o) => o.updates));
    // Closing a stream gives its slot back; other attempts were never limited by this one's streams.
    expect((await openStream(hog, queued[4]!)).status).toBe(200);
    expect((await openStream(other, queued[4]!)).status).toBe(404);
  });
});
