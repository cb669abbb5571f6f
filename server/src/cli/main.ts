import { Command, CommanderError } from 'commander';
import { RunnerError } from '@assay/runners';
import { CliError, EXIT } from './cli-error';
import { registerRunCommand } from './run.command';
import { registerImagesCommand } from './images.command';
import { registerBenchCommand } from './bench.command';
import { registerChallengesCommand } from './challenges.command';
import { registerChallengesImport } from './challenges-import.command';
import { registerChallengesPull } from './challenges-pull.command';
import { registerChallengesPush } from './challenges-push.command';
import { registerServeCommand } from './serve.command';
import { registerAdminCommand } from './admin.command';
import { registerWorkerCommand } from './worker.command';
import { registerStatsCommand } from './stats.command';
import { printHumanError } from './terminal-text';

/** Builds the `assay` program; each command lives in its own module. */
export function buildProgram(): Command {
  const program = new Command('assay').description('Assay: coding-assessment sandbox').showHelpAfterError().exitOverride();
  registerRunCommand(program);
  registerImagesCommand(program);
  registerBenchCommand(program);
  const challenges = registerChallengesCommand(program);
  registerChallengesImport(challenges);
  registerChallengesPush(challenges);
  registerChallengesPull(challenges);
  registerServeCommand(program);
  registerAdminCommand(program);
  registerWorkerCommand(program);
  registerStatsCommand(program);
  return program;
}

/** Entry point used by bin/assay.js. */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    } else if (error instanceof CliError) {
      printHumanError(`assay: ${error.message}\n`);
      process.exitCode = error.exitCode;
    } else if (error instanceof RunnerError) {
      printHumanError(`assay: ${error.message}\n`);
      process.exitCode = error.code === 'invalid_job' ? EXIT.usage : EXIT.engine;
    } else {
      throw error;
    }
  }
}
