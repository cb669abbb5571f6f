import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'server/bin/assay.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-crash-'));
const children: ChildProcess[] = [];

/** Starts `assay serve --demo` on a free port; resolves with its URL and the demo invite link. */
function startServer(): Promise<{ child: ChildProcess; url: string; invite: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--demo', '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, LOG_LEVEL: 'warn', ASSAY_WARM_POOL: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
      const invite = /candidate\s+(http:\/\/\S+)/.exec(out)?.[1];
      if (url && invite) resolve({ child, url, invite });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${err.slice(-2000)}`)));
  });
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

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
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
