import type Docker from 'dockerode';
import type { Logger } from 'pino';
import type { LanguageId } from '../languages/language.schema';
import type { SandboxRuntime } from '../sandbox/container-spec';
import type { LanguageRegistry } from '../languages/registry';
import type { RunJob, RunReport } from '../run/job.schema';
import { createRunner, type Runner } from '../run/runner';
import { BENCH_PROGRAMS, benchJob, type BenchProgram, type BenchVariant } from './case-programs';
import { percentile, round1 } from './stats';

/** Cases in the "full" submission; the per-case figure is the slope between 1 and this many. */
export const BENCH_CASES = 10;

/** What `assay bench cases` reports for one language (medians over `runs`, ms). */
export interface CaseCost {
  language: LanguageId;
  /** stdio, the untyped function harness, or typed function mode (`add(a: int, b: int) -> int`). */
  variant: BenchVariant;
  /** Sandbox time of a 10-case submission: the run from a warm container, compile step excluded. */
  tenCasesMs: number;
  /** The same for a 1-case submission. */
  oneCaseMs: number;
  /** (tenCasesMs − oneCaseMs) / 9: what one more case costs, start-up of its process included. */
  perCaseMs: number;
  /** The agent's own figure: mean case time (`timeMs`) over the 10 cases. */
  caseTimeMs: number;
  /** The compile step, once per run (0 for interpreted languages). */
  compileMs: number;
}

/** A run's time inside the sandbox: the whole run minus its compile step, ms. */
export function sandboxMs(report: RunReport): number {
  return report.timeMs - (report.compile?.timeMs ?? 0);
}

/** Slope between a 1-case and a `BENCH_CASES`-case run, ms per case. */
export function perCase(oneMs: number, tenMs: number): number {
  return (tenMs - oneMs) / (BENCH_CASES - 1);
}

async function timed(runner: Runner, job: RunJob): Promise<RunReport> {
  await runner.settled(); // each sample starts on a quiet engine: no pool refill or removal in flight
  const report = await runner.run(job);
  // A function row must return a + b = i + 1: a driver that answers wrongly fast is no figure.
  const wrong = (c: RunReport['cases'][number], i: number) => c.status !== 'ok' || (job.mode === 'function' && c.valueJson !== String(i + 1));
  const bad = report.compile?.ok === false ? report.compile.output : report.cases.find(wrong);
  if (bad || report.cases.length !== job.cases.length) throw new Error(`bench run for ${job.language} failed: ${JSON.stringify(bad ?? report).slice(0, 500)}`);
  return report;
}

/**
 * Per-language cost of a case, for each way of calling the program (stdio,
 * untyped and typed function mode). Each sample takes a container from a
 * warm pool of one (so container start-up is not counted), runs a 1-case
 * and a 10-case submission, and subtracts the compile step; the figures are
 * medians over `runs` samples, taken alternately so load drift hits both.
 * A function-mode row of a language that has no function mode in this
 * checkout is skipped (said through `onProgress`).
 */
export async function benchCaseCosts(opts: {
  docker: Docker;
  logger: Logger;
  registry: LanguageRegistry;
  runs?: number;
  languages?: LanguageId[];
  /** Only these rows (default all: stdio, function, typed). */
  variants?: BenchVariant[];
  /** Container runtime of the sandboxes measured (default runc). */
  runtime?: SandboxRuntime;
  onProgress?: (line: string) => void;
}): Promise<CaseCost[]> {
  const runs = opts.runs ?? 5;
  const say = opts.onProgress ?? (() => undefined);
  const results: CaseCost[] = [];
  const languages = opts.languages ?? [...new Set(BENCH_PROGRAMS.map((p) => p.language))];
  for (const language of languages) {
    const runner = createRunner({ docker: opts.docker, logger: opts.logger, registry: opts.registry, warm: { [language]: 1 }, runtime: opts.runtime });
    try {
      for (const program of BENCH_PROGRAMS.filter((p) => p.language === language && (!opts.variants || opts.variants.includes(p.variant)))) {
        if (program.variant !== 'stdio' && !opts.registry.get(language).function) {
          say(`${language}: no function mode in this checkout; its ${program.variant} row is skipped`);
          continue;
        }
        say(`${language}: ${runs} samples of a 1-case and a ${BENCH_CASES}-case ${program.variant} submission`);
        results.push(await measure(runner, program, runs));
      }
    } finally {
      await runner.close();
    }
  }
  return results;
}

/** One row's medians over `runs` alternating samples of 1 and BENCH_CASES cases. */
async function measure(runner: Runner, program: BenchProgram, runs: number): Promise<CaseCost> {
  await timed(runner, benchJob(program, 1)); // first use pays image lookups and cold caches; not counted
  const one: number[] = [];
  const ten: number[] = [];
  const caseTimes: number[] = [];
  const compiles: number[] = [];
  for (let i = 0; i < runs; i++) {
    one.push(sandboxMs(await timed(runner, benchJob(program, 1))));
    const report = await timed(runner, benchJob(program, BENCH_CASES));
    ten.push(sandboxMs(report));
    caseTimes.push(report.cases.reduce((sum, c) => sum + c.timeMs, 0) / report.cases.length);
    compiles.push(report.compile?.timeMs ?? 0);
  }
  const p50 = (values: number[]) => percentile(values, 50);
  return {
    language: program.language,
    variant: program.variant,
    tenCasesMs: round1(p50(ten)),
    oneCaseMs: round1(p50(one)),
    perCaseMs: round1(perCase(p50(one), p50(ten))),
    caseTimeMs: round1(p50(caseTimes)),
    compileMs: round1(p50(compiles)),
  };
}
