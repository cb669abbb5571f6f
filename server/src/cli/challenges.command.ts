import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { boundedRunner, createEngine, type Engine, type LanguageId, type Runner } from '@assay/runners';
import { loadCatalog, loadChallenge, type LoadedChallenge } from '../challenges/challenge.loader';
import { formatProblem } from '../challenges/challenge.problem';
import { validateChallenge, type ValidationReport } from '../challenges/challenge.validator';
import { createLogger } from '../logger';
import { cliConfig } from './cli-config';
import { CliError, EXIT } from './cli-error';
import { printHuman } from './terminal-text';

interface ValidateOptions {
  json?: boolean;
  repeats: string;
}

/**
 * `assay challenges validate [DIR]`: loads a catalog (or one challenge
 * folder) and runs each reference against every test. Exit 0 when all are
 * valid, 1 when any is not, 2 when DIR is missing, 3 when the engine fails.
 * Returns the `challenges` command so `challenges import` (which needs the
 * database) can be added to it elsewhere.
 */
export function registerChallengesCommand(program: Command): Command {
  const challenges = program.command('challenges').description('author and check the challenge catalog');
  challenges
    .command('validate [dir]')
    .description('check challenge files and run every reference against every test')
    .option('--json', 'print one JSON object {"challenges": [...]} as the last line')
    .option('--repeats <n>', 'runs of each reference; a case must pass all of them', '3')
    .action(async (dir: string | undefined, options: ValidateOptions) => {
      const root = dir ?? './challenges';
      const repeats = Number(options.repeats);
      if (!Number.isInteger(repeats) || repeats < 1) throw new CliError(`--repeats: expected a positive whole number, got "${options.repeats}"`);
      const loaded = loadAll(root);
      const engine = await engineFor(loaded, repeats);
      // Runs of one challenge start together; as many at once as the machine has cores.
      const runner = engine ? boundedRunner(engine.runner, Math.max(2, os.cpus().length)) : noRunner;
      const started = performance.now();
      const reports: ValidationReport[] = [];
      try {
        for (const item of loaded) {
          const report = await validateChallenge(item, runner, { repeats });
          reports.push(report);
          if (!options.json) printHuman(formatReport(report));
        }
      } finally {
        await engine?.close();
      }
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

/** One challenge folder (it has challenge.yaml) or a catalog of them. */
function loadAll(root: string): LoadedChallenge[] {
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new CliError(`${root}: no such folder`);
  if (fs.existsSync(path.join(root, 'challenge.yaml'))) return [loadChallenge(root)];
  const loaded = loadCatalog(root);
  if (!loaded.length) throw new CliError(`${root}: no challenge folders in it`);
  return loaded;
}

/** The engine with a warm pool for the languages that will run, or null when nothing runs. */
async function engineFor(loaded: LoadedChallenge[], repeats: number): Promise<Engine | null> {
  const languages = new Set<LanguageId>();
  for (const { challenge } of loaded) {
    if (challenge && challenge.meta.kind !== 'explain') challenge.meta.languages.forEach((l) => languages.add(l));
  }
  if (!languages.size) return null;
  return createEngine({ runtime: cliConfig().runtime, warmPool: Math.min(repeats, 3), warmLanguages: [...languages] }, createLogger('warn'));
}

const noRunner: Pick<Runner, 'run'> = {
  run: () => Promise.reject(new Error('no runner: this catalog has no code to run')),
};

function formatReport(report: ValidationReport): string {
  const mark = report.valid ? '✓' : '✗';
  const seconds = (report.timeMs / 1000).toFixed(1);
  const detail = report.kind
    ? `${report.kind}  ${report.languages.join(', ')}  ${report.tests.public} public + ${report.tests.hidden} hidden tests  ${seconds} s`
    : `not loaded: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`;
  const lines = [`${mark} ${report.id}  ${detail}`, ...report.problems.map((p) => `    ${formatProblem(p)}`)];
  return `${lines.join('\n')}\n`;
}
