import type { Logger } from 'pino';
import type { LanguageRegistry } from '../languages/registry';
import type { RunJob } from '../run/job.schema';
import { createRunner, type Runner } from '../run/runner';
import { RUNTIMES, type SandboxRuntime } from '../sandbox/container-spec';
import type { SandboxDocker } from '../sandbox/docker-api';
import { percentile, round1 } from './stats';

/** A generous time limit: a cold start on a busy engine must not turn into a verdict; the limit is not what is measured. */
const JOB: RunJob = { language: 'python', mode: 'stdio', code: 'print("hello")\n', cases: [{ name: 'main', stdin: '' }], limits: { timeMs: 10_000 } };

/** One runtime's figures: a cold and a warm run of a trivial Python program, and throughput. */
export interface RuntimeFigures {
  coldP50Ms: number;
  coldP95Ms: number;
  warmP50Ms: number;
  warmP95Ms: number;
  /** Completed runs per second with 1, 2 and 4 in flight (warm pool of 4). */
  throughputPerSec: Record<'c1' | 'c2' | 'c4', number>;
}

/** runc and runsc side by side; a runtime the engine does not have is null. */
export type RuntimeBenchResult = { runs: number } & Record<SandboxRuntime, RuntimeFigures | null>;

async function timed(runner: Runner): Promise<number> {
  const started = performance.now();
  const report = await runner.run(JOB);
  if (report.cases[0]?.status !== 'ok') throw new Error(`bench run failed: ${JSON.stringify(report.cases[0])}`);
  return performance.now() - started;
}

async function throughput(runner: Runner, inFlight: number, total: number): Promise<number> {
  await runner.settled();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next++ < total) await timed(runner);
    }),
  );
  return round1((total / (performance.now() - started)) * 1000);
}

async function measure(opts: { docker: SandboxDocker; logger: Logger; registry: LanguageRegistry; runs: number }, runtime: SandboxRuntime): Promise<RuntimeFigures> {
  const base = { docker: opts.docker, logger: opts.logger, registry: opts.registry, runtime };
  const cold = createRunner(base);
  const warm = createRunner({ ...base, warm: { python: 4 } });
  const coldMs: number[] = [];
  const warmMs: number[] = [];
  try {
    await timed(cold); // the first run pays image lookups; not counted
    await warm.warmed();
    await timed(warm);
    // Each sample starts on a quiet engine: no refill or removal from the previous one in flight.
    const settle = () => Promise.all([cold.settled(), warm.settled()]);
    for (let i = 0; i < opts.runs; i++) {
      await settle();
      coldMs.push(await timed(cold));
      await settle();
      warmMs.push(await timed(warm));
    }
    const p = (values: number[], q: number) => round1(percentile(values, q));
    return {
      coldP50Ms: p(coldMs, 50),
      coldP95Ms: p(coldMs, 95),
      warmP50Ms: p(warmMs, 50),
      warmP95Ms: p(warmMs, 95),
      throughputPerSec: { c1: await throughput(warm, 1, 20), c2: await throughput(warm, 2, 20), c4: await throughput(warm, 4, 20) },
    };
  } finally {
    await Promise.all([cold.close(), warm.close()]);
  }
}

/**
 * The same trivial Python run under each container runtime the engine has
 * (`runc`, and gVisor's `runsc` once `ensure-docker.sh --with-runsc` ran):
 * cold and warm-pool latency (median and p95 of `runs`) and throughput.
 */
export async function benchRuntimes(opts: {
  docker: SandboxDocker;
  logger: Logger;
  registry: LanguageRegistry;
  runs?: number;
  onProgress?: (line: string) => void;
}): Promise<RuntimeBenchResult> {
  const runs = opts.runs ?? 30;
  const known = (await opts.docker.info()).Runtimes ?? {};
  const result = { runs } as RuntimeBenchResult;
  for (const runtime of RUNTIMES) {
    if (runtime !== 'runc' && !(runtime in known)) {
      opts.onProgress?.(`${runtime}: not registered with the engine (bash scripts/ensure-docker.sh --with-runsc); skipped`);
      result[runtime] = null;
      continue;
    }
    opts.onProgress?.(`${runtime}: ${runs} cold and ${runs} warm runs, then throughput`);
    result[runtime] = await measure({ ...opts, runs }, runtime);
  }
  return result;
}
