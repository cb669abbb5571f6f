import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { boundedRunner, createEngine, type Engine, type LanguageId, type Runner } from '@assay/runners';
import { loadCatalog, loadChallenge, type LoadedChallenge } from '../challenges/challenge.loader';
import { formatProblem } from '../challenges/challenge.problem';
import { validateChallenge, type ValidationReport } from '../challenges/challenge.validator';
import { createLogger } from '../logger';
import { cliConfig } from './cli-config';
import { CliError } from './cli-error';

/** How `challenges validate` and `challenges push` check a catalog. */
export interface CatalogCheckOptions {
  /** Runs of each reference; a case must pass all of them. */
  repeats: number;
  /** false: file checks only; no reference runs, so no Docker. */
  run: boolean;
  /** Called with each report as it is ready (human output prints as it goes). */
  onReport?: (report: ValidationReport) => void;
}

/** `--repeats` as a positive whole number, or a usage error naming the flag. */
export function parseRepeats(text: string): number {
  const repeats = Number(text);
  if (!Number.isInteger(repeats) || repeats < 1) throw new CliError(`--repeats: expected a positive whole number, got "${text}"`);
  return repeats;
}

/** One challenge folder (it has challenge.yaml) or a catalog of them; a missing or empty folder is a usage error. */
export function loadChallengeDir(root: string): LoadedChallenge[] {
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) throw new CliError(`${root}: no such folder`);
  if (fs.existsSync(path.join(root, 'challenge.yaml'))) return [loadChallenge(root)];
  const loaded = loadCatalog(root);
  if (!loaded.length) throw new CliError(`${root}: no challenge folders in it`);
  return loaded;
}

/**
 * Validates every loaded challenge, one after the other: the file checks,
 * then (with `run`) every reference against every test on a local engine,
 * started only when some challenge has code to run.
 */
export async function validateLoaded(loaded: LoadedChallenge[], options: CatalogCheckOptions): Promise<ValidationReport[]> {
  const engine = options.run ? await engineFor(loaded, options.repeats) : null;
  // Runs of one challenge start together; as many at once as the machine has cores.
  const runner = engine ? boundedRunner(engine.runner, Math.max(2, os.cpus().length)) : noRunner;
  const reports: ValidationReport[] = [];
  try {
    for (const item of loaded) {
      const report = await validateChallenge(item, runner, { repeats: options.repeats, run: options.run });
      reports.push(report);
      options.onReport?.(report);
    }
  } finally {
    await engine?.close();
  }
  return reports;
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

/** A report as `challenges validate` prints it: a ✓/✗ line, then one indented line per problem (file:line field: message). */
export function formatReport(report: ValidationReport): string {
  const mark = report.valid ? '✓' : '✗';
  const seconds = (report.timeMs / 1000).toFixed(1);
  const detail = report.kind
    ? `${report.kind}  ${report.languages.join(', ')}  ${report.tests.public} public + ${report.tests.hidden} hidden tests  ${seconds} s`
    : `not loaded: ${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}`;
  const lines = [`${mark} ${report.id}  ${detail}`, ...report.problems.map((p) => `    ${formatProblem(p)}`)];
  return `${lines.join('\n')}\n`;
}
