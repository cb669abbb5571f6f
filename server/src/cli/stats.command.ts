import { Option, type Command } from 'commander';
import { cohenKappa, icc, krippendorffAlpha, type AlphaLevel, type KappaWeights, type RatingTable } from '../stats';
import { CliError, EXIT } from './cli-error';
import { readRatingsCsv } from './ratings-csv';
import { formatAlpha, formatIcc, formatKappa, lastLine } from './stats-format';
import { printHuman } from './terminal-text';

const LEVELS: AlphaLevel[] = ['nominal', 'ordinal', 'interval'];
const WEIGHTS: KappaWeights[] = ['none', 'linear', 'quadratic'];

/**
 * Prints a result: one JSON object with --json, otherwise the human summary
 * and the figure alone on the last line (3 decimals, or `undefined`), so a
 * script can take `tail -n 1`. An undefined figure exits 1: the data cannot
 * show agreement, which a script must not read as a number.
 */
function report(json: boolean, file: string, table: RatingTable, result: object, summary: string, value: number | null): void {
  if (json) process.stdout.write(`${JSON.stringify({ file, raterNames: table.raters, ...result })}\n`);
  else printHuman(`${summary}${lastLine(value)}\n`);
  if (value === null) process.exitCode = EXIT.failed;
}

/** `assay stats alpha|icc|kappa FILE.csv`: inter-rater agreement of a ratings CSV (unit id, then one column per rater). */
export function registerStatsCommand(program: Command): void {
  const stats = program.command('stats').description('inter-rater agreement of a ratings CSV (first column the unit id, then one column per rater; empty = missing)');
  stats
    .command('alpha')
    .description("Krippendorff's alpha; missing ratings allowed")
    .addOption(new Option('--level <level>', 'level of measurement').choices(LEVELS).makeOptionMandatory())
    .option('--json', 'print one JSON object')
    .argument('<file>', 'ratings CSV')
    .action((file: string, options: { level: AlphaLevel; json?: boolean }) => {
      const table = readRatingsCsv(file, options.level === 'nominal' ? 'labels' : 'numbers', `${options.level} alpha`);
      const result = krippendorffAlpha(table, options.level);
      report(!!options.json, file, table, result, formatAlpha(file, result), result.value);
    });
  stats
    .command('icc')
    .description('ICC(2,1) and ICC(2,k): two-way random effects, absolute agreement; units with a missing rating are dropped')
    .option('--average', 'put ICC(2,k), the reliability of the raters’ mean, on the last line instead of ICC(2,1)')
    .option('--json', 'print one JSON object')
    .argument('<file>', 'ratings CSV')
    .action((file: string, options: { average?: boolean; json?: boolean }) => {
      const table = readRatingsCsv(file, 'numbers', 'the ICC');
      const result = icc(table);
      report(!!options.json, file, table, result, formatIcc(file, result), options.average ? result.average : result.single);
    });
  stats
    .command('kappa')
    .description("Cohen's kappa for two raters; weighted for ordinal levels")
    .addOption(new Option('--weights <weights>', 'disagreement weights').choices(WEIGHTS).default('none'))
    .option('--json', 'print one JSON object')
    .argument('<file>', 'ratings CSV with exactly two rater columns')
    .action((file: string, options: { weights: KappaWeights; json?: boolean }) => {
      const table = readRatingsCsv(file, options.weights === 'none' ? 'labels' : 'numbers', `${options.weights}-weighted kappa`);
      if (table.raters.length !== 2) {
        throw new CliError(`${file}:1: Cohen's kappa compares exactly two raters; the header names ${table.raters.length} (${table.raters.join(', ')})`);
      }
      const result = cohenKappa(table, options.weights);
      report(!!options.json, file, table, result, formatKappa(file, result), result.value);
    });
  stats.action(() => {
    throw new CliError('stats: expected a subcommand: alpha, icc or kappa');
  });
}
