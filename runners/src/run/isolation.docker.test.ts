import fs from 'node:fs';
import path from 'node:path';
import { DOCKER_TIMEOUT_MS, TEST_RUNTIME, leftovers, realRunner } from '../test-support/real-runner';
import type { CaseInput, RunJob, RunReport } from './job.schema';

jest.setTimeout(2 * DOCKER_TIMEOUT_MS);
const { runner, docker } = realRunner();
afterAll(() => runner.close());

const FIXTURES = path.join(__dirname, '__fixtures__', 'hostile');
const LANGUAGE_OF: Record<string, RunJob['language']> = { '.py': 'python', '.js': 'javascript', '.cpp': 'cpp' };
const WORDS = ['alpha', 'bravo', 'charlie'];

/** Compiling C++ on a busy 2-core machine can take longer than the default 15 s. */
const SLOW_COMPILE = { compileTimeMs: 60_000 };

/** A stdio job running the fixture `file` with one case per stdin, named by the stdin. */
function job(file: string, stdins: string[], limits: RunJob['limits'] = {}): RunJob {
  const cases: CaseInput[] = stdins.map((stdin, i) => ({ name: `${i}:${stdin.slice(0, 12)}`, stdin }));
  return { language: LANGUAGE_OF[path.extname(file)]!, mode: 'stdio', code: fs.readFileSync(path.join(FIXTURES, file), 'utf8'), cases, limits: { ...SLOW_COMPILE, ...limits } };
}

type Probe = Record<string, { before: string | number; after: string | number }>;

describe.each([
  ['python', 'leak-between-cases.py', ['tmp', 'home', 'workdir', 'devshm', 'mqueue', 'sysv_shm', 'sysv_sem', 'sysv_msg', 'source', 'env'], 0],
  // gVisor has no /dev/mqueue, the only way Node reaches POSIX message queues.
  ['javascript', 'leak-between-cases.js', ['tmp', 'home', 'workdir', 'devshm', ...(TEST_RUNTIME === 'runsc' ? [] : ['mqueue']), 'source', 'env'], 0],
  ['cpp', 'leak-between-cases.cpp', ['tmp', 'home', 'workdir', 'devshm', 'mqueue', 'sysv_shm', 'sysv_sem', 'sysv_msg', 'source', 'binary'], 1],
])('%s: nothing one case leaves is visible to the next', (_language, file, channels, compiles) => {
  let report: RunReport;
  let probes: Probe[];
  beforeAll(async () => {
    report = await runner.run(job(file, WORDS));
    probes = report.cases.map((c) => JSON.parse(c.stdout) as Probe);
  });

  it('runs the three cases in one container, compiling at most once', () => {
    expect(report.cases.map((c) => c.status)).toEqual(['ok', 'ok', 'ok']);
    expect(report).toMatchObject({ containers: 1, compiles });
  });

  it.each(channels)('%s: each case finds it empty, although its own write works', (channel) => {
    expect(probes).toHaveLength(3);
    probes.forEach((probe, i) => {
      const seen = probe[channel]!;
      if (channel === 'sysv_sem') expect([String(seen.before), String(seen.after)]).toEqual(['0', '1']);
      else if (channel === 'binary') expect(seen.after).toBe('replaced');
      else {
        expect(seen.before).toBe('');
        expect(String(seen.after)).toContain(WORDS[i]);
      }
    });
  });
});

describe('a case that breaks something costs only that case', () => {
  it('python: a locked tree deeper than PATH_MAX, 200,000 files, a stopped and a killed zygote; one container', async () => {
    const report = await runner.run(job('break-sandbox.py', ['deep', 'check', 'files', 'check', 'stop', 'check', 'kill', 'check'], { timeMs: 3_000 }));
    expect(report.cases.map((c) => c.status)).toEqual(Array(8).fill('ok'));
    expect(Number(/^depth (\d+)\n$/.exec(report.cases[0]!.stdout)?.[1])).toBeGreaterThan(2_100); // 2 bytes a level: past PATH_MAX
    for (const i of [1, 3, 5, 7]) expect(report.cases[i]!.stdout).toBe("['box'] [] [] fine\n");
    expect(report).toMatchObject({ containers: 1, compiles: 0 });
  });

  it('cpp: the same tree and files, and an orphan left spinning; compiled once, one container', async () => {
    const report = await runner.run(job('break-sandbox.cpp', ['deep', 'check', 'files', 'check', 'orphan', 'check'], { timeMs: 3_000 }));
    expect(report.cases.map((c) => [c.status, c.stdout.replace(/\d+/, 'N')])).toEqual([
      ['ok', 'depth N\n'],
      ['ok', 'left: [] fine\n'],
      ['ok', 'files N\n'],
      ['ok', 'left: [] fine\n'],
      ['ok', 'left a child behind\n'],
      ['ok', 'left: [] fine\n'],
    ]);
    expect(report).toMatchObject({ containers: 1, compiles: 1 });
  });
});

describe('no case learns anything of another case’s input', () => {
  /** The agent's memory as seen by a probe before and after a case whose input is `middle`. */
  async function agentMemory(middle: string): Promise<{ rssKb: number; hwmKb: number }[]> {
    const report = await runner.run(job('agent-memory.py', ['probe', middle, 'probe']));
    expect(report.cases[1]!.stdout).toBe(`read ${middle.length}\n`);
    return [JSON.parse(report.cases[0]!.stdout), JSON.parse(report.cases[2]!.stdout)];
  }

  it("sees the same agent memory whether another case's input is 1 byte or 8 MiB", async () => {
    const tiny = await agentMemory('x');
    const big = await agentMemory('y'.repeat(8 * 1024 * 1024));
    // Holding the 8 MiB input (before or after its case) would add at least 8 MiB.
    for (const i of [0, 1]) {
      expect(Math.abs(big[i]!.rssKb - tiny[i]!.rssKb)).toBeLessThan(2 * 1024);
      expect(Math.abs(big[i]!.hwmKb - tiny[i]!.hwmKb)).toBeLessThan(2 * 1024);
    }
  });
});

describe('accounting covers the whole process tree', () => {
  // One case runs by fork+exec; three or more are forked by the zygote: both paths count the worker.
  it.each([1, 3])("reports a forked worker's time and memory, not only its parent's (%i cases)", async (count) => {
    const report = await runner.run(job('fork-worker.py', Array(count).fill('go'), { timeMs: 10_000 })); // room for a busy machine
    for (const c of report.cases) {
      expect(c).toMatchObject({ status: 'ok', stdout: 'worker done\n' });
      expect(c.memoryKb).toBeGreaterThan(100 * 1024);
      expect(c.timeMs).toBeGreaterThanOrEqual(400);
    }
  });
});

describe('the value channel', () => {
  const fnJob = (file: string, kinds: string[]): RunJob => ({ ...job(file, []), mode: 'function', entry: 'solve', cases: kinds.map((k) => ({ name: k, args: [k] })) });

  it('python: every bad frame is that case’s runtime_error with a reason; the agent and container go on', async () => {
    const kinds = ['raw-deep', 'fine', 'raw-nan', 'raw-infinity', 'raw-binary', 'raw-garbage', 'nan', 'deep', 'big', 'fine'];
    const report = await runner.run(fnJob('fn-bad-values.py', kinds));
    const byKind = Object.fromEntries(report.cases.map((c) => [c.name, c]));
    expect(report.cases.map((c) => [c.name, c.status])).toEqual(kinds.map((k) => [k, k === 'fine' || k === 'big' ? 'ok' : 'runtime_error']));
    expect(byKind['raw-deep']!.stderr).toContain('nested more than 1000 levels deep');
    expect(byKind['raw-nan']!.stderr).toContain('NaN is not a JSON number');
    expect(byKind['raw-infinity']!.stderr).toContain('Infinity is not a JSON number');
    expect(byKind['raw-binary']!.stderr).toContain('not UTF-8');
    expect(byKind['raw-garbage']!.stderr).toContain('not valid JSON');
    expect(byKind.nan!.stderr).toContain('NaN or Infinity');
    expect(byKind.deep!.stderr).toContain('nested too deeply');
    expect(byKind.big!.valueJson).toBe('123456789012345678901234567890');
    expect(report.cases.filter((c) => c.status !== 'ok').every((c) => c.valueJson === undefined)).toBe(true);
    expect(report.cases[1]!.valueJson).toBe('[1,2]');
    expect(report.containers).toBe(1);
  });

  it('javascript: NaN and Infinity are refused, not turned into null; raw bad frames too', async () => {
    const kinds = ['raw-deep', 'nan', 'infinity', 'raw-nan', 'fine'];
    const report = await runner.run(fnJob('fn-bad-values.js', kinds));
    expect(report.cases.map((c) => [c.name, c.status])).toEqual(kinds.map((k) => [k, k === 'fine' ? 'ok' : 'runtime_error']));
    expect(report.cases[1]!.stderr).toContain('NaN, which JSON has no number for');
    expect(report.cases[4]!.valueJson).toBe('[1,2]');
    expect(report.containers).toBe(1);
  });
});

describe('isolation: aftermath', () => {
  it('leaves no container behind', async () => {
    await runner.close();
    expect(await leftovers(docker)).toEqual([]);
  });
});
