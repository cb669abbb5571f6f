import fs from 'node:fs';
import path from 'node:path';
import { DOCKER_TIMEOUT_MS, TEST_RUNTIME, leftovers, only, realRunner } from '../test-support/real-runner';
import { RunReportSchema, type CaseInput, type RunJob } from './job.schema';

// Set before any sandbox starts: the host's environment must never reach one.
process.env.ASSAY_SECRET_PROBE = 'leak-me';

jest.setTimeout(DOCKER_TIMEOUT_MS);
const { runner, docker } = realRunner();
afterAll(async () => {
  delete process.env.ASSAY_SECRET_PROBE;
  await runner.close();
});

const FIXTURES = path.join(__dirname, '__fixtures__', 'hostile');
const LANGUAGE_OF: Record<string, RunJob['language']> = { '.py': 'python', '.js': 'javascript', '.cpp': 'cpp' };

/** A stdio job running the fixture `file`, one case per stdin given. */
function hostile(file: string, stdins: Record<string, string> = { main: '' }, limits?: RunJob['limits']): RunJob {
  const cases: CaseInput[] = Object.entries(stdins).map(([name, stdin]) => ({ name, stdin }));
  return { language: LANGUAGE_OF[path.extname(file)]!, mode: 'stdio', code: fs.readFileSync(path.join(FIXTURES, file), 'utf8'), cases, limits };
}

/** A function-mode job calling `solve(1)` in the fixture `file`. */
function hostileFn(file: string): RunJob {
  return { ...hostile(file), mode: 'function', entry: 'solve', cases: [{ name: 'main', args: [1] }] };
}

/**
 * gVisor (ASSAY_RUNTIME=runsc) serves /proc itself and does not honour the
 * agent's undumpable flag there: a case can read the agent's environment and
 * open its stdout. Neither forges a verdict (every line the host accepts
 * carries the job's nonce, which never leaves the agent's memory) and the
 * environment holds no job data; the README lists these differences.
 */
const GVISOR = TEST_RUNTIME === 'runsc';

const statuses = (report: { cases: { name: string; status: string }[] }) => report.cases.map((c) => [c.name, c.status]);

describe('hostile programs: the pre-started interpreter', () => {
  it('cannot read, list or ptrace the process that forks it', async () => {
    const c = only(await runner.run(hostile('attack-parent.py', { main: 'peek' })));
    expect(c.status).toBe('ok');
    expect(c.stdout).not.toMatch(GVISOR ? /mem READ|ATTACHED/ : /READ|ATTACHED/);
    expect(c.stdout).toMatch(/mem denied/);
    if (!GVISOR) expect(c.stdout).toMatch(/fds denied/);
    expect(c.stdout).toMatch(/ptrace denied/);
  });

  it('keeps giving verdicts after a case stops or kills it', async () => {
    const report = await runner.run(hostile('attack-parent.py', { stop: 'stop', next: 'peek', kill: 'kill', last: 'peek' }, { timeMs: 1_000 }));
    expect(report.cases.map((c) => c.name)).toEqual(['stop', 'next', 'kill', 'last']);
    expect(report.cases.find((c) => c.name === 'next')).toMatchObject({ status: 'ok', stdout: expect.stringMatching(/done/) });
    expect(report.cases.find((c) => c.name === 'last')).toMatchObject({ status: 'ok', stdout: expect.stringMatching(/done/) });
    expect(report.containers).toBe(1); // the agent replaces the zygote; the container goes on
  });

  it('never loses the status of a case that kills it and exits at once', async () => {
    const stdins = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`k${i}`, 'kill-exit']));
    const report = await runner.run(hostile('attack-parent.py', stdins));
    expect(report.cases.map((c) => [c.status, c.exitCode, c.signal])).toEqual(Array.from({ length: 6 }, () => ['runtime_error', 3, undefined]));
  });
});

describe('hostile programs: the Node zygote (three or more cases)', () => {
  it('cannot read the memory, environment or open files of the process that forks it', async () => {
    const report = await runner.run(hostile('attack-parent.js', { a: 'peek', b: 'peek', c: 'peek' }));
    for (const c of report.cases) {
      expect(c.status).toBe('ok');
      expect(c.stdout).not.toMatch(GVISOR ? /mem READ/ : /READ/);
      expect(c.stdout).toMatch(/mem denied/);
      if (!GVISOR) expect(c.stdout).toMatch(/environ denied: EACCES\nfds denied/);
    }
  });

  it('keeps giving verdicts after a case stops it, kills it, or kills everything it may (kill -9 -1)', async () => {
    const cases = { stop: 'stop', next: 'peek', kill: 'kill', after: 'peek', all: 'all', last: 'peek' };
    const report = await runner.run(hostile('attack-parent.js', cases, { timeMs: 1_000 }));
    expect(report.cases.map((c) => c.name)).toEqual(Object.keys(cases));
    for (const name of ['next', 'after', 'last']) {
      expect(report.cases.find((c) => c.name === name)).toMatchObject({ status: 'ok', stdout: expect.stringMatching(/done\n$/) });
    }
    // kill(-1) spares the caller: the case outlives the zygote it took down, and its verdict still arrives.
    expect(report.cases.find((c) => c.name === 'all')).toMatchObject({ status: 'ok', stdout: 'killing all\ndone\n' });
    expect(report.containers).toBe(1); // the agent replaces the zygote; the container goes on
  });

  it('never loses the status of a case that kills it and exits at once', async () => {
    const stdins = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`k${i}`, 'kill-exit']));
    const report = await runner.run(hostile('attack-parent.js', stdins));
    expect(report.cases.map((c) => [c.status, c.exitCode, c.signal])).toEqual(Array.from({ length: 6 }, () => ['runtime_error', 3, undefined]));
  });
});

describe('hostile programs: resources', () => {
  it('stops a fork bomb with time_limit, and the next case runs normally', async () => {
    const report = await runner.run(hostile('fork-bomb.cpp', { bomb: 'bomb', after: 'calm' }, { timeMs: 1_000 }));
    // Under gVisor the bomb's host tasks reach the host pids cap and take its own sandbox down first.
    expect(statuses(report)).toEqual([
      ['bomb', GVISOR ? 'runtime_error' : 'time_limit'],
      ['after', 'ok'],
    ]);
    expect(report.cases[1]!.stdout).toBe('calm\n');
    // runc: the agent outlives the bomb, so one container and one compile serve both cases;
    // gVisor: the next case runs in a fresh container, which compiles again.
    expect(report).toMatchObject(GVISOR ? { containers: 2, compiles: 2 } : { containers: 1, compiles: 1 });
  });

  it('caps a thread bomb below the pids limit', async () => {
    const c = only(await runner.run(hostile('thread-bomb.cpp')));
    expect(c.status).toBe('ok');
    const started = Number(/threads started: (\d+)/.exec(c.stdout)?.[1]);
    expect(started).toBeGreaterThan(0);
    expect(started).toBeLessThan(64);
  });

  it('stops a memory bomb with memory_limit', async () => {
    const c = only(await runner.run(hostile('memory-bomb.cpp', undefined, { memoryMb: 128 })));
    expect(c.status).toBe('memory_limit');
  });

  it('stops an endless loop with time_limit', async () => {
    const c = only(await runner.run(hostile('endless-loop.py', undefined, { timeMs: 500 })));
    expect(c.status).toBe('time_limit');
  });

  it('stops a sleeping program with time_limit although it uses no CPU', async () => {
    const c = only(await runner.run(hostile('sleep.py', undefined, { timeMs: 500 })));
    expect(c.status).toBe('time_limit');
    expect(c.timeMs).toBeGreaterThanOrEqual(500);
  });

  it('stops an output flood with output_limit, keeping at most the cap', async () => {
    const c = only(await runner.run(hostile('output-flood.py', undefined, { stdoutBytes: 64 * 1024 })));
    expect(c.status).toBe('output_limit');
    expect(c.stdout.length).toBeLessThanOrEqual(64 * 1024);
  });

  it('ends a /tmp flood with "No space left on device", and the next case has its space back', async () => {
    const report = await runner.run(hostile('disk-flood.py', { flood: 'flood', after: '' }));
    expect(statuses(report)).toEqual([
      ['flood', 'runtime_error'],
      ['after', 'ok'],
    ]);
    expect(report.cases[0]!.stderr).toContain('No space left on device');
    expect(report.cases[1]!.stdout).toBe('wrote 8 MiB\n');
  });

  it('frees a /tmp flood hidden in a locked (chmod 000) directory before the next case', async () => {
    const report = await runner.run(hostile('disk-flood-locked.py', { flood: 'flood', after: '' }));
    expect(report.cases.map((c) => [c.name, c.status, c.stdout])).toEqual([
      ['flood', 'ok', 'flood stopped: No space left on device\n'],
      ['after', 'ok', 'wrote 8 MiB\n'],
    ]);
  });

  it('still feeds the next case its input after a case filled /tmp through its own source file', async () => {
    const input = 'x'.repeat(100_000);
    const report = await runner.run(hostile('disk-flood-own-source.py', { flood: 'flood', after: input }));
    expect(report.cases[0]!.stdout).toMatch(/^flood stopped: (No space left on device|File too large)\n$/);
    expect(report.cases[1]).toMatchObject({ status: 'ok', stdout: 'read 100000 bytes\n' });
  });

  // Two cases run by fork+exec, three by the zygote's forks.
  it.each([[{ spawn: 'spawn', check: 'check' }], [{ spawn: 'spawn', check: 'check', again: 'spawn', last: 'check' }]])(
    'kills a detached child with its case: nothing of it runs during the next case (%o)',
    async (cases) => {
      const report = await runner.run(hostile('detached-child.js', cases));
      expect(statuses(report)).toEqual(Object.keys(cases).map((name) => [name, 'ok']));
      for (const c of report.cases.filter((c) => c.name === 'check' || c.name === 'last')) {
        expect(JSON.parse(c.stdout)).toEqual({ others: [], leak: false });
      }
    },
  );
});

describe('hostile programs: the walls of the sandbox', () => {
  it('cannot reach the internet or the Docker host gateway', async () => {
    const c = only(await runner.run(hostile('network-probe.py')));
    expect(c.status).toBe('ok');
    expect(c.stdout).toMatch(/^1\.1\.1\.1 failed: .+\n172\.17\.0\.1 failed: .+\n$/);
  });

  it('cannot write to /etc, /usr, / or the harness', async () => {
    const c = only(await runner.run(hostile('rootfs-write.py')));
    const lines = c.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/ refused: (Read-only file system|Permission denied)$/);
  });

  it('sees only its own small environment, nothing of the host', async () => {
    const c = only(await runner.run(hostile('env-dump.py')));
    expect(c.stdout).not.toContain('leak-me');
    expect(Object.keys(JSON.parse(c.stdout)).sort()).toEqual(['HOME', 'LANG', 'PATH', 'PYTHONDONTWRITEBYTECODE', 'PYTHONUNBUFFERED']);
  });

  it('runs as uid 65534 with no capabilities, no-new-privileges and only a loopback interface', async () => {
    const c = only(await runner.run(hostile('identity.py')));
    expect(JSON.parse(c.stdout)).toEqual({
      uid: ['65534', '65534', '65534', '65534'],
      gid: ['65534', '65534', '65534', '65534'],
      capEff: '0000000000000000',
      capBnd: '0000000000000000',
      noNewPrivs: '1',
      interfaces: ['lo'],
    });
  });

  it('survives kill -9 1 and kill -9 -1: each case gets a verdict and the next one still runs', async () => {
    const report = await runner.run(hostile('kill-init.py', { 'kill 1': '1', 'kill -1': '-1', after: '' }));
    // gVisor delivers kill -9 1 to the agent: that case loses its container (runtime_error), the rest run in a fresh one.
    expect(statuses(report)).toEqual([
      ['kill 1', GVISOR ? 'runtime_error' : 'ok'],
      ['kill -1', 'ok'],
      ['after', 'ok'],
    ]);
    expect(report.cases.map((c) => c.stdout.endsWith('still here\n'))).toEqual([!GVISOR, true, true]);
    if (!GVISOR) expect(report.containers).toBe(1);
  });

  it('returns binary output as valid text with U+FFFD, in a report that is valid JSON', async () => {
    const report = await runner.run(hostile('binary-output.py'));
    const c = only(report);
    expect(c.status).toBe('ok');
    expect(c.stdout).toMatch(/^start \uFFFD+ \uFFFD+ \uFFFD+ end\n$/);
    expect(c.stderr).toBe('\uFFFD\uFFFD not text\n');
    expect(Buffer.from(c.stdout, 'utf8').toString('utf8')).toBe(c.stdout); // no lone surrogates
    expect(RunReportSchema.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);
  });

  it('returns 4 MiB of binary output within a 4 MiB cap as ok, not as a timeout', async () => {
    // 10 s: the point is the verdict at the cap, and on a loaded machine writing 4 MiB can outlast the default limit.
    const c = only(await runner.run(hostile('binary-flood.py', undefined, { stdoutBytes: 4 * 1024 * 1024, timeMs: 10_000 })));
    expect(c.status).toBe('ok');
    expect(c.stdout).toBe('\uFFFD'.repeat(4 * 1024 * 1024));
  });
});

describe('hostile programs: compile-time bombs', () => {
  it.each(['include-dev-zero.cpp', 'include-dev-random.cpp'])('ends %s as compile_error within the compile limit', async (file) => {
    const report = await runner.run(hostile(file, undefined, { compileTimeMs: 5_000 }));
    expect(report.compile?.ok).toBe(false);
    expect(report.compile!.timeMs).toBeLessThanOrEqual(5_000 + 500);
    expect(report.cases).toEqual([]);
  });

  it('ends a template recursion bomb as compile_error naming the depth limit', async () => {
    const report = await runner.run(hostile('template-bomb.cpp'));
    expect(report.compile?.ok).toBe(false);
    expect(report.compile?.output).toContain('template instantiation depth exceeds');
  });

  it('stops a compile-time evaluation that would take minutes at the compile limit', async () => {
    const report = await runner.run(hostile('constexpr-bomb.cpp', undefined, { compileTimeMs: 2_000 }));
    expect(report.compile?.ok).toBe(false);
    expect(report.compile?.output).toContain('compilation exceeded 2000 ms');
  });
});

describe('hostile programs: forged verdicts', () => {
  it('keeps a failing program failing when it prints lines shaped like agent verdicts', async () => {
    const report = await runner.run(hostile('forge-agent-lines.py', { first: '', second: '' }));
    expect(statuses(report)).toEqual([
      ['first', 'runtime_error'],
      ['second', 'runtime_error'],
    ]);
    expect(report.cases[0]!.stdout).toContain('"status": "ok"');
  });

  it("cannot write to the agent's stdout through /proc/1/fd/1", async () => {
    const c = only(await runner.run(hostile('write-agent-stdout.py')));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 1 });
    if (!GVISOR) expect(c.stdout).toBe('refused: Permission denied\n');
  });

  it("cannot read the agent's environment or ptrace it; its command line shows only the image entrypoint", async () => {
    const c = only(await runner.run(hostile('peek-at-agent.py')));
    // /proc/PID/cmdline is world-readable by kernel design; the job never travels on it.
    if (GVISOR) {
      expect(c.stdout).not.toMatch(/leak-me|nonce|cases/);
      expect(c.stdout).toMatch(/ptrace refused/);
      return;
    }
    expect(c.stdout).toBe(
      '/proc/1/environ refused: Permission denied\n' + '/proc/1/cmdline read: python3 -I -S /opt/assay/agent.py\n' + 'ptrace refused: Operation not permitted\n',
    );
  });

  it.each(['fn-exit-early.py', 'fn-exit-early.js'])('reports %s (exit status 0 before returning) as runtime_error, not ok', async (file) => {
    const c = only(await runner.run(hostileFn(file)));
    expect(c).toMatchObject({ status: 'runtime_error', exitCode: 0, stdout: 'leaving before returning\n' });
    expect(c.valueJson).toBeUndefined();
  });

  it.each(['fn-fake-value.py', 'fn-fake-value.js'])('keeps %s (fake value frame, then a crash) a runtime_error without a value', async (file) => {
    const c = only(await runner.run(hostileFn(file)));
    expect(c.status).toBe('runtime_error');
    expect(c.valueJson).toBeUndefined();
    expect(c.stderr).toContain('crashed after forging a value');
  });
});

describe('hostile programs: aftermath', () => {
  it('leaves no container behind', async () => {
    await runner.close();
    expect(await leftovers(docker)).toEqual([]);
  });
});
