import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { ChallengeRepo } from '../challenges/challenge.repo';
import { loadCatalog, loadChallenge } from '../challenges/challenge.loader';
import { formatProblem } from '../challenges/challenge.problem';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { systemClock } from '../lib/clock';
import { CliError, EXIT } from './cli-error';
import { printHuman } from './terminal-text';

/**
 * `assay challenges import [DIR]`: loads the catalog (or one challenge
 * folder) into the database. A changed challenge becomes a new version; an
 * unchanged one is left alone; a broken one is reported and skipped.
 */
export function registerChallengesImport(challenges: Command): void {
  challenges
    .command('import [dir]')
    .description('load challenges into the database (new versions for changed ones)')
    .option('--data-dir <dir>', 'embedded database folder (env ASSAY_DATA_DIR, default ./data)')
    .option('--json', 'print one JSON object {"imported": [...], "invalid": [...]} as the last line')
    .action(async (dir: string | undefined, options: { dataDir?: string; json?: boolean }) => {
      const root = path.resolve(dir ?? 'challenges');
      if (!fs.existsSync(root)) throw new CliError(`${dir ?? 'challenges'}: no such folder`);
      const loaded = fs.existsSync(path.join(root, 'challenge.yaml')) ? [loadChallenge(root)] : loadCatalog(root);
      const config = loadConfig(process.env, { dataDir: options.dataDir });
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      const imported: { id: string; version: number; created: boolean }[] = [];
      const invalid: { id: string; problems: string[] }[] = [];
      try {
        const repo = new ChallengeRepo(database.db, systemClock);
        for (const item of loaded) {
          if (!item.challenge) {
            invalid.push({ id: item.id, problems: item.problems.map(formatProblem) });
            continue;
          }
          imported.push({ id: item.id, ...(await repo.save(item.challenge)) });
        }
      } finally {
        await database.close();
      }
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ imported, invalid })}\n`);
      } else {
        for (const i of imported) printHuman(`✓ ${i.id}  v${i.version}${i.created ? ' (new)' : ' (unchanged)'}\n`);
        for (const i of invalid) printHuman(`✗ ${i.id}\n${i.problems.map((p) => `    ${p}\n`).join('')}`);
        printHuman(`${imported.length} imported, ${invalid.length} invalid\n`);
      }
      process.exitCode = invalid.length ? EXIT.failed : EXIT.ok;
    });
}
