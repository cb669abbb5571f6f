import type { Command } from 'commander';
import { BENCH_CASES, LANGUAGE_IDS, LanguageIdSchema, LanguageRegistry, benchCaseCosts, benchRunner, benchRuntimes, connectDocker, type CaseCost } from '@assay/runners';
import { benchApi } from '../bench/api-bench';
import { createLogger } from '../logger';
import { cliConfig } from './cli-config';
import { CliError } from './cli-error';
import { printHuman, printHumanError } from './terminal-text';

const WHAT = ['runner', 'runtime', 'api', 'cases'] as const;

/** One line per language and variant (stdio, function, typed) of `bench cases`, for people. */
export function formatCaseCost(c: CaseCost): string {
  const compile = c.compileMs ? `  (+ compile ${c.compileMs} ms once)` : '';
  return `${c.language.padEnd(10)} ${c.variant.padEnd(8)} ${BENCH_CASES} cases ${String(c.tenCasesMs).padStart(7)} ms  1 case ${String(c.oneCaseMs).padStart(7)} ms  per case ${String(c.perCaseMs).padStart(6)} ms  (case time ${c.caseTimeMs} ms)${compile}`;
}

/**
 * `assay bench runner|runtime|api|cases`: measurements printed for people,
 * with the figures as one JSON object on the last line.
 */
export function registerBenchCommand(program: Command): void {
  program
    .command('bench <what>')
    .description('measure performance; <what> is "runner" (sandbox), "runtime" (runc vs runsc), "api" (submit → verdict) or "cases" (per-case cost of each language)')
    .option('--runs <n>', 'samples per measurement (default 30; 5 for cases)')
    .option('--lang <language>', 'cases only: just this language')
    .option('--json', 'print only the JSON result line')
    .action(async (what: string, options: { runs?: string; lang?: string; json?: boolean }) => {
      if (!(WHAT as readonly string[]).includes(what)) throw new CliError(`bench: unknown benchmark "${what}"; expected ${WHAT.map((w) => `"${w}"`).join(', ')}`);
      const runs = Number(options.runs ?? (what === 'cases' ? '5' : '30'));
      if (!Number.isInteger(runs) || runs < 1) throw new CliError(`--runs: expected a positive whole number, got "${options.runs}"`);
      const lang = options.lang === undefined ? undefined : LanguageIdSchema.safeParse(options.lang);
      if (lang && !lang.success) throw new CliError(`--lang: expected one of ${LANGUAGE_IDS.join(', ')}, got "${options.lang}"`);
      const deps = { docker: await connectDocker(), logger: createLogger('warn'), registry: LanguageRegistry.load(), runs };
      const progress = options.json ? undefined : (line: string) => printHumanError(`${line}\n`);
      const say = (line: string) => {
        if (!options.json) printHuman(`${line}\n`);
      };
      if (what === 'cases') {
        const costs = await benchCaseCosts({ ...deps, languages: lang ? [lang.data] : undefined, runtime: cliConfig().runtime, onProgress: progress });
        for (const c of costs) say(formatCaseCost(c));
        process.stdout.write(`${JSON.stringify({ cases: costs })}\n`);
        return;
      }
      if (what === 'runner') {
        const r = await benchRunner({ ...deps, onProgress: progress });
        say(`bare process  p50 ${r.floorP50Ms} ms  p95 ${r.floorP95Ms} ms`);
        say(`cold sandbox  p50 ${r.coldP50Ms} ms  p95 ${r.coldP95Ms} ms`);
        say(`warm sandbox  p50 ${r.warmP50Ms} ms  p95 ${r.warmP95Ms} ms  (+${r.warmOverheadMs} ms over bare)`);
        say(`throughput    ${r.throughputPerSec.c1}/s at 1, ${r.throughputPerSec.c2}/s at 2, ${r.throughputPerSec.c4}/s at 4 in flight`);
        process.stdout.write(`${JSON.stringify(r)}\n`);
        return;
      }
      if (what === 'runtime') {
        const r = await benchRuntimes({ ...deps, onProgress: progress });
        for (const [runtime, f] of Object.entries(r)) {
          if (runtime === 'runs') continue;
          if (!f || typeof f === 'number') say(`${runtime.padEnd(6)}  not available`);
          else
            say(
              `${runtime.padEnd(6)}  cold p50 ${f.coldP50Ms} ms (p95 ${f.coldP95Ms})  warm p50 ${f.warmP50Ms} ms (p95 ${f.warmP95Ms})  ${f.throughputPerSec.c1}/${f.throughputPerSec.c2}/${f.throughputPerSec.c4} runs/s at 1/2/4`,
            );
        }
        process.stdout.write(`${JSON.stringify(r)}\n`);
        return;
      }
      const r = await benchApi(deps);
      say(`submit → verdict  p50 ${r.submitP50Ms} ms  p95 ${r.submitP95Ms} ms  (${r.hiddenCases} hidden cases, Python)`);
      say(`bare sandbox run  p50 ${r.sandboxP50Ms} ms  p95 ${r.sandboxP95Ms} ms`);
      say(`server's share    p50 ${r.serverP50Ms} ms  p95 ${r.serverP95Ms} ms  (each submit minus its time in the runner)`);
      say(`process CPU       p50 ${r.cpuP50Ms} ms  p95 ${r.cpuP95Ms} ms  (POST to done; ${r.statements} SQL statements)`);
      process.stdout.write(`${JSON.stringify(r)}\n`);
    });
}
