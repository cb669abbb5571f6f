import os from 'node:os';
import Docker from 'dockerode';
import pino from 'pino';
import { LanguageRegistry } from '../languages/registry';
import { DEFAULT_LIMITS, MAX_LIMITS } from '../run/limits';
import { createRunner, type Runner } from '../run/runner';
import type { CaseInput, RunJob, RunReport } from '../run/job.schema';
import { OWNER_LABEL, type SandboxRuntime } from '../sandbox/container-spec';

/** The runtime the docker suites run under: runc, or runsc in the `runsc` jest project (ASSAY_RUNTIME). */
export const TEST_RUNTIME: SandboxRuntime = process.env.ASSAY_RUNTIME === 'runsc' ? 'runsc' : 'runc';

/**
 * Under gVisor (ptrace platform) a process starts and makes system calls
 * several times slower, so the runsc project gives each case this many times
 * its time limit: the suites check verdicts, not speed (the bench measures that).
 */
const RUNSC_TIME_FACTOR = 3;

/** A runner on the real Docker engine, as the product uses it. */
export function realRunner(opts: { warm?: Record<string, number> } = {}): { runner: Runner; docker: Docker } {
  const docker = new Docker();
  const runner = createRunner({ docker, logger: pino({ level: 'silent' }), registry: LanguageRegistry.load(), warm: opts.warm, runtime: TEST_RUNTIME });
  if (TEST_RUNTIME === 'runc') return { runner, docker };
  const timeMs = (job: RunJob) => Math.min((job.limits?.timeMs ?? DEFAULT_LIMITS.timeMs) * RUNSC_TIME_FACTOR, MAX_LIMITS.timeMs);
  return { runner: { ...runner, run: (job) => runner.run({ ...job, limits: { ...job.limits, timeMs: timeMs(job) } }) }, docker };
}

/** Sandbox containers this test process owns that still exist. */
export async function leftovers(docker: Docker): Promise<string[]> {
  const mine = `${os.hostname()}:${process.pid}`;
  const list = await docker.listContainers({ all: true, filters: { label: [`${OWNER_LABEL}=${mine}`] } });
  return list.map((c) => c.Id);
}

/** Shorthand for a one-case stdio job. */
export function stdio(language: RunJob['language'], code: string, stdin = '', limits?: RunJob['limits']): RunJob {
  return { language, mode: 'stdio', code, cases: [{ name: 'main', stdin }], limits };
}

/** Shorthand for a function-mode job. */
export function fn(language: RunJob['language'], code: string, entry: string, cases: CaseInput[], limits?: RunJob['limits']): RunJob {
  return { language, mode: 'function', code, entry, cases, limits };
}

/** The single case of a report. */
export function only(report: RunReport) {
  expect(report.cases).toHaveLength(1);
  return report.cases[0]!;
}

/**
 * Runs `code` (which reads a word, loops forever on "loop", else prints the
 * word in upper case) on three cases with the runaway in the middle, and
 * checks that its neighbours keep their results.
 */
export async function expectRunawayIsolated(runner: Runner, language: RunJob['language'], code: string, timeMs = 500): Promise<void> {
  const report = await runner.run({
    language,
    mode: 'stdio',
    code,
    limits: { timeMs },
    cases: [
      { name: 'first', stdin: 'a' },
      { name: 'runaway', stdin: 'loop' },
      { name: 'last', stdin: 'b' },
    ],
  });
  expect(report.cases.map((c) => [c.name, c.status, c.stdout])).toEqual([
    ['first', 'ok', 'A\n'],
    ['runaway', 'time_limit', ''],
    ['last', 'ok', 'B\n'],
  ]);
}

/** Jest timeout for suites that start containers, ms. */
export const DOCKER_TIMEOUT_MS = 60_000;
