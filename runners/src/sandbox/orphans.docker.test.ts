import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import Docker from 'dockerode';
import pino from 'pino';
import { DOCKER_TIMEOUT_MS } from '../test-support/real-runner';
import { OWNER_LABEL } from './container-spec';
import { removeOrphans } from './orphans';

jest.setTimeout(DOCKER_TIMEOUT_MS);
const docker = new Docker();
const logger = pino({ level: 'silent' });
const FIXTURE = path.join(__dirname, '__fixtures__', 'endless-run.js');

/** A separate Node process running an endless loop in a sandbox with this per-case time limit. */
function startRun(timeMs: number): ChildProcess {
  return spawn(process.execPath, [FIXTURE, String(timeMs)], { stdio: 'ignore' });
}

/** Sandbox containers labelled as owned by `pid` on this host, with their state. */
async function containersOf(pid: number): Promise<{ id: string; state: string }[]> {
  const list = await docker.listContainers({ all: true, filters: { label: [`${OWNER_LABEL}=${os.hostname()}:${pid}`] } });
  return list.map((c) => ({ id: c.Id, state: c.State }));
}

/** Polls until `pid` owns a container in `state`, ms. */
async function waitForState(pid: number, state: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await containersOf(pid)).some((c) => c.state === state)) {
    if (Date.now() > until) throw new Error(`no ${state} container for pid ${pid} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** SIGKILL, then wait until the parent has reaped it (a zombie still answers kill(pid, 0)). */
async function crash(child: ChildProcess): Promise<void> {
  const exited = once(child, 'exit');
  child.kill('SIGKILL');
  await exited;
}

describe('removeOrphans after a crash mid-run', () => {
  let crashed: ChildProcess;
  let live: ChildProcess;
  let removed = 0;

  beforeAll(async () => {
    crashed = startRun(15_000);
    live = startRun(15_000);
    await Promise.all([waitForState(crashed.pid!, 'running'), waitForState(live.pid!, 'running')]);
    await crash(crashed);
    removed = await removeOrphans(docker, logger);
  });

  afterAll(async () => {
    await crash(live);
    await removeOrphans(docker, logger);
  });

  it('removes the running container of a process that was SIGKILLed', async () => {
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await containersOf(crashed.pid!)).toEqual([]);
  });

  it('leaves the running container of a live process alone', async () => {
    expect((await containersOf(live.pid!)).map((c) => c.state)).toEqual(['running']);
  });
});

describe('a crashed run without any cleanup', () => {
  it('has its container stop by itself once the case time limit passes', async () => {
    const child = startRun(1_500);
    await waitForState(child.pid!, 'running');
    await crash(child);
    await waitForState(child.pid!, 'exited', 1_500 + 5_000);
    expect(await removeOrphans(docker, logger)).toBeGreaterThanOrEqual(1);
    expect(await containersOf(child.pid!)).toEqual([]);
  });
});
