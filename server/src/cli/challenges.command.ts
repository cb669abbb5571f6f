import type { Command } from 'commander';
import type { ValidationReport } from '../challenges/challenge.validator';
import { formatReport, loadChallengeDir, parseRepeats, validateLoaded } from './catalog-validation';
import { EXIT } from './cli-error';
import { printHuman } from './terminal-text';

interface ValidateOptions {
  json?: boolean;
  repeats: string;
  run: boolean;
}

/**
 * `assay challenges validate [DIR]`: loads a catalog (or one challenge
 * folder) and runs each reference against every test (`--no-run`: the file
 * checks only, no Docker). Exit 0 when all are valid, 1 when any is not, 2
 * when DIR is missing, 3 when the engine fails. Returns the `challenges`
 * command so `import`, `push` and `pull` can be added to it elsewhere.
 */
export function registerChallengesCommand(program: Command): Command {
  const challenges = program.command('challenges').description('author and check the challenge catalog');
  challenges
    .command('validate [dir]')
    .description('check challenge files and run every reference against every test')
    .option('--json', 'print one JSON object {"challenges": [...]} as the last line')
    .option('--repeats <n>', 'runs of each reference; a case must pass all of them', '3')
    .option('--no-run', 'check the files only (schema, references between files); run no code, need no Docker')
    .action(async (dir: string | undefined, options: ValidateOptions) => {
      const repeats = parseRepeats(options.repeats);
      const loaded = loadChallengeDir(dir ?? './challenges');
      const started = performance.now();
      const reports: ValidationReport[] = await validateLoaded(loaded, {
        repeats,
        run: options.run,
        onReport: (report) => {
          if (!options.json) printHuman(formatReport(report));
        },
      });
      const invalid = reports.filter((r) => !r.valid).length;
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ challenges: reports })}\n`);
      } else {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        printHuman(`${reports.length} challenge${reports.length === 1 ? '' : 's'}: ${reports.length - invalid} valid, ${invalid} invalid (${seconds} s)\n`);
      }
      process.exitCode = invalid ? EXIT.failed : EXIT.ok;
    });
  return challenges;
}
