import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { ROOT, startDemoServer, type DemoServer } from '../test-support/demo-server';

jest.setTimeout(180_000);

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-crash-'));
const servers: DemoServer[] = [];

/** `assay serve --demo` on the shared data folder. */
async function startServer(): Promise<DemoServer> {
  const server = await startDemoServer({ dataDir });
  servers.push(server);
  return server;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('a server killed mid-run', () => {
  it('runs the accepted submission after a restart, and the verdict arrives', async () => {
    const first = await startServer();
    const token = first.invite.split('/invite/')[1]!;
    const agent = request.agent(first.url);
    const started = await agent.post(`/api/v1/invites/${token}/start`).expect(200);
    const csrf = started.body.csrfToken as string;
    const challengeId = started.body.attempt.challenges[0].id as string;
    // The reference, slowed down so the run is surely in flight when the server dies.
    const reference = fs.readFileSync(path.join(ROOT, 'challenges', challengeId, 'reference', 'python.py'), 'utf8');
    const code = `import time\ntime.sleep(0.4)\n${reference}`;
    const posted = await agent.post(`/api/v1/attempt/challenges/${challengeId}/submit`).set('X-CSRF-Token', csrf).send({ language: 'python', code }).expect(202);
    const id = posted.body.id as string;
    await until('the run to start', async () => ((await agent.get(`/api/v1/attempt/submissions/${id}`)).body.status === 'running' ? true : undefined));
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));

    const second = await startServer();
    const again = request.agent(second.url);
    const cookie = (started.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    const done = await until('the verdict', async () => {
      const res = await again.get(`/api/v1/attempt/submissions/${id}`).set('Cookie', cookie);
      return res.body.status === 'done' ? res.body : undefined;
    });
    expect(done.kind).toBe('submit');
    expect(done.total).toBeGreaterThan(0);
    expect(done.passed).toBe(done.total);
  });
});
