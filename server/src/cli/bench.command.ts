import type { Command } from 'commander';
import { LanguageRegistry, benchRunner, connectDocker } from '@assay/runners';
import { createLogger } from '../logger';
import { CliError } from './cli-error';

/** `assay bench runner`: sandbox latency and throughput, printed with the figures as the last line. */
export function registerBenchCommand(program: Command): void {
  program
    .command('bench <what>')
    .description('measure performance; <what> is "runner"')
    .option('--runs <n>', 'samples per measurement (at least 30)', '30')
    .option('--json', 'print only the JSON result line')
    .action(async (what: string, options: { runs: string; json?: boolean }) => {
      if (what !== 'runner') throw new CliError(`bench: unknown benchmark "${what}"; expected "runner"`);
      const runs = Number(options.runs);
      if (!Number.isInteger(runs) || runs < 1) throw new CliError(`--runs: expected a positive whole number, got "${options.runs}"`);
      const result = await benchRunner({
        docker: await connectDocker(),
        logger: createLogger('warn'),
        registry: LanguageRegistry.load(),
        runs,
        onProgress: options.json ? undefined : (line) => process.stderr.write(`${line}\n`),
      });
      if (!options.json) {
        process.stdout.write(
          `bare process  p50 ${result.floorP50Ms} ms  p95 ${result.floorP95Ms} ms\n` +
            `cold sandbox  p50 ${result.coldP50Ms} ms  p95 ${result.coldP95Ms} ms\n` +
            `warm sandbox  p50 ${result.warmP50Ms} ms  p95 ${result.warmP95Ms} ms  (+${result.warmOverheadMs} ms over bare)\n` +
            `throughput    ${result.throughputPerSec.c1}/s at 1, ${result.throughputPerSec.c2}/s at 2, ${result.throughputPerSec.c4}/s at 4 in flight\n`,
        );
      }
      process.stdout.write(`${JSON.stringify(result)}\n`);
    });
}
