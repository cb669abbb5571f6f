import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Docker from 'dockerode';
import type { Logger } from 'pino';
import type { LanguageRegistry } from '../languages/registry';
import type { RunJob } from '../run/job.schema';
import { createRunner, type Runner } from '../run/runner';
import { percentile, round1 } from './stats';

const PROGRAM = 'print("hello")\n';
const JOB: RunJob = { language: 'python', mode: 'stdio', code: PROGRAM, cases: [{ name: 'main', stdin: '' }] };

export interface RunnerBenchResult {
  runs: number;
  floorP50Ms: number;
  floorP95Ms: number;
  coldP50Ms: number;
  coldP95Ms: number;
  warmP50Ms: number;
  warmP95Ms: number;
  /** warm p50 minus the bare process p50: what the sandbox adds. */
  warmOverheadMs: number;
  /** Completed runs per second with 1, 2 and 4 runs in flight (warm pool of 4). */
  throughputPerSec: Record<'c1' | 'c2' | 'c4', number>;
}

/** Runs `python3 main.py` as a bare host process once, ms. */
function hostRun(python: string, file: string): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(python, [file], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.resume();
    child.stderr.resume();
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${python} exited ${code}`))));
  });
}

async function timed(runner: Runner): Promise<number> {
  const started = performance.now();
  const report = await runner.run(JOB);
  if (report.cases[0]?.status !== 'ok') throw new Error(`bench run failed: ${JSON.stringify(report.cases[0])}`);
  return performance.now() - started;
}

async function throughput(runner: Runner, concurrency: number, total: number): Promise<number> {
  await runner.warmed();
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) await timed(runner);
    }),
  );
  return round1((total / (performance.now() - started)) * 1000);
}

/**
 * Side by side in one process: a bare host Python process, a cold sandbox
 * run (create → start → run → answer), and a warm-pool run (the container
 * was started beforehand), each the median of `runs`; then throughput.
 */
export async function benchRunner(opts: {
  docker: Docker;
  logger: Logger;
  registry: LanguageRegistry;
  runs?: number;
  onProgress?: (line: string) => void;
}): Promise<RunnerBenchResult> {
  const runs = opts.runs ?? 30;
  const say = opts.onProgress ?? (() => undefined);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-'));
  const file = path.join(dir, 'main.py');
  fs.writeFileSync(file, PROGRAM);
  const python = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
  const cold = createRunner({ docker: opts.docker, logger: opts.logger, registry: opts.registry });
  const warm = createRunner({ docker: opts.docker, logger: opts.logger, registry: opts.registry, warm: { python: 4 } });
  const floor: number[] = [];
  const coldMs: number[] = [];
  const warmMs: number[] = [];
  try {
    await timed(cold); // first use pays image lookups; not counted
    await warm.warmed();
    await timed(warm);
    say(`measuring ${runs} runs each: host process, cold sandbox, warm sandbox (interleaved)`);
    // Each sample starts on a quiet engine: no refill or removal from the previous one in flight.
    const settle = () => Promise.all([cold.settled(), warm.settled()]);
    for (let i = 0; i < runs; i++) {
      await settle();
      floor.push(await hostRun(python, file));
      await settle();
      coldMs.push(await timed(cold));
      await settle();
      warmMs.push(await timed(warm));
    }
    say('measuring throughput at concurrency 1, 2 and 4');
    const throughputPerSec = {
      c1: await throughput(warm, 1, 20),
      c2: await throughput(warm, 2, 20),
      c4: await throughput(warm, 4, 20),
    };
    const p = (values: number[], q: number) => round1(percentile(values, q));
    return {
      runs,
      floorP50Ms: p(floor, 50),
      floorP95Ms: p(floor, 95),
      coldP50Ms: p(coldMs, 50),
      coldP95Ms: p(coldMs, 95),
      warmP50Ms: p(warmMs, 50),
      warmP95Ms: p(warmMs, 95),
      warmOverheadMs: round1(percentile(warmMs, 50) - percentile(floor, 50)),
      throughputPerSec,
    };
  } finally {
    await Promise.all([cold.close(), warm.close()]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
