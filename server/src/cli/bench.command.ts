import type { Command } from 'commander';
import { LanguageRegistry, benchRunner, connectDocker } from '@assay/runners';
import { benchApi } from '../bench/api-bench';
import { createLogger } from '../logger';
import { CliError } from './cli-error';
import { printHuman, printHumanError } from './terminal-text';

/**
 * `assay bench runner|api`: measurements printed for people, with the
 * figures as one JSON object on the last line.
 */
export function registerBenchCommand(program: Command): void {
  program
    .command('bench <what>')
    .description('measure performance; <what> is "runner" (sandbox) or "api" (submit → verdict)')
    .option('--runs <n>', 'samples per measurement', '30')
    .option('--json', 'print only the JSON result line')
    .action(async (what: string, options: { runs: string; json?: boolean }) => {
      if (what !== 'runner' && what !== 'api') throw new CliError(`bench: unknown benchmark "${what}"; expected "runner" or "api"`);
      const runs = Number(options.runs);
      if (!Number.isInteger(runs) || runs < 1) throw new CliError(`--runs: expected a positive whole number, got "${options.runs}"`);
      const deps = { docker: await connectDocker(), logger: createLogger('warn'), registry: LanguageRegistry.load(), runs };
      const say = (line: string) => {
        if (!options.json) printHuman(`${line}\n`);
      };
      if (what === 'runner') {
        const r = await benchRunner({ ...deps, onProgress: options.json ? undefined : (line) => printHumanError(`${line}\n`) });
        say(`bare process  p50 ${r.floorP50Ms} ms  p95 ${r.floorP95Ms} ms`);
        say(`cold sandbox  p50 ${r.coldP50Ms} ms  p95 ${r.coldP95Ms} ms`);
        say(`warm sandbox  p50 ${r.warmP50Ms} ms  p95 ${r.warmP95Ms} ms  (+${r.warmOverheadMs} ms over bare)`);
        say(`throughput    ${r.throughputPerSec.c1}/s at 1, ${r.throughputPerSec.c2}/s at 2, ${r.throughputPerSec.c4}/s at 4 in flight`);
        process.stdout.write(`${JSON.stringify(r)}\n`);
        return;
      }
      const r = await benchApi(deps);
      say(`submit → verdict  p50 ${r.submitP50Ms} ms  p95 ${r.submitP95Ms} ms  (${r.hiddenCases} hidden cases, Python)`);
      say(`bare sandbox run  p50 ${r.sandboxP50Ms} ms  p95 ${r.sandboxP95Ms} ms`);
      process.stdout.write(`${JSON.stringify(r)}\n`);
    });
}
