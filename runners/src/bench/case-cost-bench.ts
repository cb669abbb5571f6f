import type Docker from 'dockerode';
import type { Logger } from 'pino';
import type { LanguageId } from '../languages/language.schema';
import type { SandboxRuntime } from '../sandbox/container-spec';
import type { LanguageRegistry } from '../languages/registry';
import type { CaseInput, RunJob, RunReport } from '../run/job.schema';
import { createRunner, type Runner } from '../run/runner';
import { percentile, round1 } from './stats';

/** Cases in the "full" submission; the per-case figure is the slope between 1 and this many. */
export const BENCH_CASES = 10;

/**
 * One trivial program per language, in function mode where the language has
 * it (the harness is part of what a case costs) and stdio mode otherwise.
 */
const PROGRAMS: Record<LanguageId, { mode: 'function' | 'stdio'; code: string }> = {
  python: { mode: 'function', code: 'def solve(a, b):\n    return a + b\n' },
  javascript: { mode: 'function', code: 'function solve(a, b) {\n  return a + b;\n}\n' },
  typescript: { mode: 'function', code: 'function solve(a: number, b: number): number {\n  return a + b;\n}\n' },
  java: { mode: 'stdio', code: 'public class Main {\n  public static void main(String[] args) {\n    System.out.println(42);\n  }\n}\n' },
  cpp: { mode: 'stdio', code: '#include <cstdio>\nint main() { std::puts("42"); }\n' },
  go: { mode: 'stdio', code: 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println(42) }\n' },
};

/** What `assay bench cases` reports for one language (medians over `runs`, ms). */
export interface CaseCost {
  language: LanguageId;
  mode: 'function' | 'stdio';
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

/** A submission of `count` identical trivial cases for `language`. */
export function benchJob(language: LanguageId, count: number): RunJob {
  const { mode, code } = PROGRAMS[language];
  const cases: CaseInput[] = Array.from({ length: count }, (_, i) => (mode === 'function' ? { name: `c${i}`, args: [i, 1] } : { name: `c${i}`, stdin: '' }));
  // A generous time limit: a loaded machine must slow the figures down, not fail the run.
  const limits = { timeMs: 10_000 };
  return mode === 'function' ? { language, mode, code, entry: 'solve', cases, limits } : { language, mode, code, cases, limits };
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
  const bad = report.compile?.ok === false ? report.compile.output : report.cases.find((c) => c.status !== 'ok');
  if (bad || report.cases.length !== job.cases.length) throw new Error(`bench run for ${job.language} failed: ${JSON.stringify(bad ?? report).slice(0, 500)}`);
  return report;
}

/**
 * Per-language cost of a case. Each sample takes a container from a warm
 * pool of one (so container start-up is not counted), runs a 1-case and a
 * 10-case submission, and subtracts the compile step; the figures are
 * medians over `runs` samples, taken alternately so load drift hits both.
 */
export async function benchCaseCosts(opts: {
  docker: Docker;
  logger: Logger;
  registry: LanguageRegistry;
  runs?: number;
  languages?: LanguageId[];
  /** Container runtime of the sandboxes measured (default runc). */
  runtime?: SandboxRuntime;
  onProgress?: (line: string) => void;
}): Promise<CaseCost[]> {
  const runs = opts.runs ?? 5;
  const say = opts.onProgress ?? (() => undefined);
  const results: CaseCost[] = [];
  for (const language of opts.languages ?? (Object.keys(PROGRAMS) as LanguageId[])) {
    const runner = createRunner({ docker: opts.docker, logger: opts.logger, registry: opts.registry, warm: { [language]: 1 }, runtime: opts.runtime });
    try {
      say(`${language}: ${runs} samples of a 1-case and a ${BENCH_CASES}-case ${PROGRAMS[language].mode} submission`);
      await timed(runner, benchJob(language, 1)); // first use pays image lookups and cold caches; not counted
      const one: number[] = [];
      const ten: number[] = [];
      const caseTimes: number[] = [];
      const compiles: number[] = [];
      for (let i = 0; i < runs; i++) {
        one.push(sandboxMs(await timed(runner, benchJob(language, 1))));
        const report = await timed(runner, benchJob(language, BENCH_CASES));
        ten.push(sandboxMs(report));
        caseTimes.push(report.cases.reduce((sum, c) => sum + c.timeMs, 0) / report.cases.length);
        compiles.push(report.compile?.timeMs ?? 0);
      }
      const p50 = (values: number[]) => percentile(values, 50);
      results.push({
        language,
        mode: PROGRAMS[language].mode,
        tenCasesMs: round1(p50(ten)),
        oneCaseMs: round1(p50(one)),
        perCaseMs: round1(perCase(p50(one), p50(ten))),
        caseTimeMs: round1(p50(caseTimes)),
        compileMs: round1(p50(compiles)),
      });
    } finally {
      await runner.close();
    }
  }
  return results;
}
