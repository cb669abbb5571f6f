import type { Command } from 'commander';
import type { Challenge } from '../challenges/challenge.schema';
import type { ValidationReport } from '../challenges/challenge.validator';
import { apiClientFor, type ApiClient, type ServerOptions } from './api-client';
import { formatReport, loadChallengeDir, parseRepeats, validateLoaded } from './catalog-validation';
import { EXIT } from './cli-error';
import { checkRoundTrip } from './round-trip-check';
import { printHuman } from './terminal-text';

interface PushOptions extends ServerOptions {
  dryRun?: boolean;
  run: boolean;
  repeats: string;
  json?: boolean;
}

/** What a push did (or, dry, would do) to one challenge. */
export interface PushOutcome {
  id: string;
  result: 'created' | 'new_version' | 'unchanged';
  /** The challenge's current version on the server after the push. */
  version: number;
}

/**
 * `assay challenges push DIR --server URL --token T`: validates the catalog
 * (or one challenge folder) locally as `validate` does, then creates or
 * updates each challenge over the admin API. Nothing is written unless every
 * challenge is valid. Exit 0 pushed, 1 a challenge is invalid, 2 bad input,
 * 3 the server is unreachable or refused.
 */
export function registerChallengesPush(challenges: Command): void {
  challenges
    .command('push <dir>')
    .description('validate a catalog, then create or update its challenges on a server')
    .option('--server <url>', 'the Assay server, e.g. https://assay.example.com')
    .option('--token <token>', 'an admin API token (or env ASSAY_TOKEN)')
    .option('--dry-run', 'compare with the server and print the plan; write nothing')
    .option('--no-run', 'validate the files only, run no reference (no Docker needed)')
    .option('--repeats <n>', 'runs of each reference; a case must pass all of them', '3')
    .option('--json', 'print one JSON object {"dryRun", "validation", "pushed", "ignored"} as the last line')
    .action(async (dir: string, options: PushOptions) => {
      const client = apiClientFor(options);
      const repeats = parseRepeats(options.repeats);
      const loaded = loadChallengeDir(dir);
      const started = performance.now();
      const ignored: { id: string; files: string[] }[] = [];
      const reports = (await validateLoaded(loaded, { repeats, run: options.run })).map((report, i): ValidationReport => {
        const check = checkRoundTrip(loaded[i]!);
        if (check.ignored.length) ignored.push({ id: report.id, files: check.ignored });
        return check.problems.length ? { ...report, valid: false, problems: [...report.problems, ...check.problems] } : report;
      });
      const invalid = reports.filter((r) => !r.valid);
      const say = (text: string) => {
        if (!options.json) printHuman(text);
      };
      invalid.forEach((report) => say(formatReport(report)));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      say(
        `${reports.length} challenge${reports.length === 1 ? '' : 's'} checked${options.run ? '' : ' (files only, no reference run)'}: ${invalid.length} invalid (${seconds} s)\n`,
      );
      const pushed: PushOutcome[] = [];
      if (!invalid.length) {
        for (const note of ignored) say(`  ${note.id}: not part of the challenge format, not pushed: ${note.files.join(', ')}\n`);
        const known = new Map((await client.list()).map((c) => [c.id, c.version]));
        for (const { challenge } of loaded) {
          const outcome = await pushOne(client, challenge!, known.get(challenge!.id), Boolean(options.dryRun));
          pushed.push(outcome);
          say(formatOutcome(outcome));
        }
        say(summary(pushed, Boolean(options.dryRun)));
      }
      if (options.json) process.stdout.write(`${JSON.stringify({ dryRun: Boolean(options.dryRun), validation: reports, pushed, ignored })}\n`);
      process.exitCode = invalid.length ? EXIT.failed : EXIT.ok;
    });
}

/**
 * Creates or updates one challenge; dry, compares its files with the
 * server's current ones instead (the server's own rule: any difference in
 * any file makes a new version).
 */
async function pushOne(client: ApiClient, challenge: Challenge, current: number | undefined, dryRun: boolean): Promise<PushOutcome> {
  const { id, files } = challenge;
  if (current === undefined) {
    const version = dryRun ? 1 : (await client.create(files)).version;
    return { id, result: 'created', version };
  }
  if (dryRun) {
    const remote = await client.files(id);
    return sameFiles(files, remote.files) ? { id, result: 'unchanged', version: remote.version } : { id, result: 'new_version', version: remote.version + 1 };
  }
  const saved = await client.update(id, files);
  return { id, result: saved.created ? 'new_version' : 'unchanged', version: saved.version };
}

function sameFiles(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] === a[k]);
}

function formatOutcome(o: PushOutcome): string {
  const what = o.result === 'created' ? `created (v${o.version})` : o.result === 'new_version' ? `new version ${o.version}` : `unchanged (v${o.version})`;
  return `${o.id}  ${what}\n`;
}

function summary(pushed: PushOutcome[], dryRun: boolean): string {
  const count = (result: PushOutcome['result']) => pushed.filter((p) => p.result === result).length;
  const counts = `${count('created')} created, ${count('new_version')} new version, ${count('unchanged')} unchanged`;
  return dryRun ? `dry run, nothing written: ${counts}\n` : `${counts}\n`;
}
