import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { apiClientFor, type ChallengeFiles, type ServerOptions } from './api-client';
import { CliError, EXIT } from './cli-error';
import { printHuman } from './terminal-text';

interface PullOptions extends ServerOptions {
  overwrite?: boolean;
  json?: boolean;
}

/**
 * `assay challenges pull --server URL --token T DIR`: writes every
 * challenge's current files to DIR/<id>/, exactly as stored (the server
 * keeps the text of each file verbatim), so pushing a catalog and pulling it
 * gives the same bytes. Everything is fetched before anything is written;
 * a challenge folder that is not empty is refused unless `--overwrite`.
 */
export function registerChallengesPull(challenges: Command): void {
  challenges
    .command('pull <dir>')
    .description("write every challenge's current files from a server to DIR/<id>/")
    .option('--server <url>', 'the Assay server, e.g. https://assay.example.com')
    .option('--token <token>', 'an admin API token (or env ASSAY_TOKEN)')
    .option('--overwrite', 'replace the folders of challenges that are already in DIR (files the server lacks are removed)')
    .option('--json', 'print one JSON object {"pulled": [{"id", "version", "files"}]} as the last line')
    .action(async (dir: string, options: PullOptions) => {
      const client = apiClientFor(options);
      if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new CliError(`${dir}: not a folder`);
      const listed = await client.list();
      if (!options.overwrite) refuseNonEmpty(listed.map((c) => path.join(dir, c.id)));
      const pulled: ChallengeFiles[] = [];
      for (const { id } of listed) pulled.push(await client.files(id));
      for (const challenge of pulled) {
        writeChallenge(path.join(dir, challenge.id), challenge.files);
        if (!options.json) printHuman(`${challenge.id}  v${challenge.version}  ${Object.keys(challenge.files).length} files\n`);
      }
      if (options.json) {
        const out = pulled.map((c) => ({ id: c.id, version: c.version, files: Object.keys(c.files).sort() }));
        process.stdout.write(`${JSON.stringify({ pulled: out })}\n`);
      } else {
        printHuman(`${pulled.length} challenge${pulled.length === 1 ? '' : 's'} pulled into ${dir}\n`);
      }
      process.exitCode = EXIT.ok;
    });
}

/** A usage error naming every target folder that already has something in it. */
function refuseNonEmpty(targets: string[]): void {
  const taken = targets.filter((t) => fs.existsSync(t) && (!fs.statSync(t).isDirectory() || fs.readdirSync(t).length > 0));
  if (taken.length)
    throw new CliError(`${taken.join(', ')}: already there and not empty; pull into an empty folder, or pass --overwrite to replace ${taken.length === 1 ? 'it' : 'them'}`);
}

/** Replaces `target` with exactly these files (paths were checked to stay inside it); the text is written as UTF-8, unchanged. */
function writeChallenge(target: string, files: Record<string, string>): void {
  fs.rmSync(target, { recursive: true, force: true });
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(target, ...rel.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}
