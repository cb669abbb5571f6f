import pino from 'pino';
import { createEngine } from './engine';
import { EngineError } from './errors';
import { LanguageRegistry } from './languages/registry';
import { imageRef } from './languages/language.schema';
import type { RunJob } from './run/job.schema';
import { OWNER_LABEL, SANDBOX_LABEL } from './sandbox/container-spec';
import { FakeDocker, okAgent } from './test-support/fake-docker';

const registry = LanguageRegistry.load();
const logger = pino({ level: 'silent' });
const job = (names: string[]): RunJob => ({ language: 'python', mode: 'stdio', code: 'print(input())', cases: names.map((name) => ({ name, stdin: name })) });

function engineOn(docker = new FakeDocker(), config: Parameters<typeof createEngine>[0] = {}) {
  for (const spec of registry.all()) docker.images.add(imageRef(spec));
  return createEngine(config, logger, { docker, registry });
}

describe('createEngine', () => {
  it('runs a job through one box: create → attach → start → job → remove', async () => {
    const docker = new FakeDocker();
    docker.agentSaysReady = false;
    const engine = await engineOn(docker);
    const report = await engine.runner.run(job(['a', 'b']));
    await engine.close();
    expect(report.cases.map((c) => [c.name, c.status, c.stdout])).toEqual([
      ['a', 'ok', 'a\n'],
      ['b', 'ok', 'b\n'],
    ]);
    expect(docker.containers.map((c) => c.events)).toEqual([['create', 'attach', 'start', 'job', 'remove']]);
  });

  it('removes orphaned sandboxes before anything runs', async () => {
    const docker = new FakeDocker();
    docker.listed = [{ Id: 'old', State: 'exited', Labels: { [SANDBOX_LABEL]: '1', [OWNER_LABEL]: 'host:1' } }];
    const engine = await engineOn(docker);
    expect(docker.removedIds).toEqual(['old']);
    await engine.close();
  });

  it('keeps the warm pool for the languages asked for', async () => {
    const docker = new FakeDocker();
    const engine = await engineOn(docker, { warmPool: 2, warmLanguages: ['python', 'go'] });
    await engine.runner.warmed();
    expect(
      docker
        .live()
        .map((c) => c.spec.Labels?.['assay.language'])
        .sort(),
    ).toEqual(['go', 'go', 'python', 'python']);
    await engine.close();
    expect(docker.live().length).toBe(0);
  });

  it('replaces a warm box once its job is over, so no container starts beside the job', async () => {
    const docker = new FakeDocker();
    let finish = () => {};
    const held = new Promise<void>((r) => (finish = r));
    docker.agent = async (one) => (await held, okAgent(one)); // every case waits until the test lets it finish
    const engine = await engineOn(docker, { warmPool: 1, warmLanguages: ['python'] });
    await engine.runner.warmed();
    const created = () => docker.containers.filter((c) => c.events.includes('create')).length;
    const running = engine.runner.run(job(['a', 'b', 'c']));
    await new Promise((r) => setTimeout(r, 50)); // the job is in its box
    expect(created()).toBe(1);
    finish();
    expect((await running).cases).toHaveLength(3);
    await engine.runner.warmed();
    expect(created()).toBe(2);
    await engine.close();
  });

  it('starts every sandbox under the configured runtime', async () => {
    const docker = new FakeDocker();
    docker.runtimes = { runc: {}, runsc: {} };
    const engine = await engineOn(docker, { runtime: 'runsc' });
    await engine.runner.run(job(['a']));
    await engine.close();
    expect(docker.containers[0]!.spec.HostConfig?.Runtime).toBe('runsc');
  });

  it('refuses runsc when the engine does not know it, naming the fix', async () => {
    const failure = engineOn(new FakeDocker(), { runtime: 'runsc' });
    await expect(failure).rejects.toThrow(EngineError);
    await expect(failure).rejects.toThrow(/ensure-docker\.sh --with-runsc/);
  });

  it('turns a box that died with OOMKilled into memory_limit and runs the rest in a fresh box', async () => {
    const docker = new FakeDocker();
    docker.oomOnDeath = true;
    docker.agent = (sent) => (sent.cases[0]!.name === 'hog' ? null : okAgent(sent));
    const engine = await engineOn(docker);
    const report = await engine.runner.run(job(['hog', 'after']));
    await engine.close();
    expect(report.cases.map((c) => [c.name, c.status])).toEqual([
      ['hog', 'memory_limit'],
      ['after', 'ok'],
    ]);
    expect(docker.containers.length).toBe(2);
  });

  it('waits for the engine to record the exit before it reads OOMKilled', async () => {
    const docker = new FakeDocker();
    docker.oomOnDeath = true;
    docker.exitRecordedAfter = 3;
    docker.agent = (sent) => (sent.cases[0]!.name === 'hog' ? null : okAgent(sent));
    const engine = await engineOn(docker);
    const report = await engine.runner.run(job(['hog']));
    await engine.close();
    expect(report.cases.map((c) => c.status)).toEqual(['memory_limit']);
  });

  it('leaves the number of runs in flight to its caller (no limit of its own)', async () => {
    const docker = new FakeDocker();
    const inFlight = 6;
    let arrived = 0;
    let release!: () => void;
    const everyone = new Promise<void>((resolve) => (release = resolve));
    // Each agent answers only once all six jobs are in their boxes at the same time.
    docker.agent = async (sent) => {
      if (++arrived === inFlight) release();
      await everyone;
      return okAgent(sent);
    };
    const engine = await engineOn(docker);
    const reports = await Promise.all(Array.from({ length: inFlight }, (_, i) => engine.runner.run(job([`r${i}`]))));
    await engine.close();
    expect(reports.map((r) => r.cases[0]!.status)).toEqual(Array(inFlight).fill('ok'));
  });
});
