import type { Command } from 'commander';
import readline from 'node:readline/promises';
import { openDatabase } from '../db/client';
import { loadConfig } from '../config';
import { systemClock } from '../lib/clock';
import { NewUserSchema, UserService } from '../users/user.service';
import { UserRepo } from '../users/user.repo';
import { CliError } from './cli-error';
import { printHuman } from './terminal-text';

/** `assay admin create`: the first admin (or any staff account) without going through the API. */
export function registerAdminCommand(program: Command): void {
  const admin = program.command('admin').description('manage staff accounts');
  admin
    .command('create')
    .description('create an admin (or reviewer) account')
    .requiredOption('--email <email>', 'login email')
    .option('--name <name>', 'display name', 'Administrator')
    .option('--role <role>', 'admin or reviewer', 'admin')
    .option('--password <password>', 'password (or env ASSAY_ADMIN_PASSWORD, or asked for)')
    .option('--data-dir <dir>', 'embedded database folder (env ASSAY_DATA_DIR, default ./data)')
    .action(async (options: { email: string; name: string; role: string; password?: string; dataDir?: string }) => {
      const password = options.password ?? process.env.ASSAY_ADMIN_PASSWORD ?? (await ask('Password (10+ characters): '));
      const parsed = NewUserSchema.safeParse({ email: options.email, name: options.name, role: options.role, password });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new CliError(`--${String(issue.path[0])}: ${issue.message}`);
      }
      const config = loadConfig(process.env, { dataDir: options.dataDir });
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const user = await new UserService(new UserRepo(database.db), systemClock).create(parsed.data);
        printHuman(`created ${user.role} ${user.email}\n`);
      } catch (error) {
        throw new CliError((error as Error).message);
      } finally {
        await database.close();
      }
    });
}

async function ask(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) throw new CliError('--password: required when not run in a terminal (or set ASSAY_ADMIN_PASSWORD)');
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(prompt);
  } finally {
    rl.close();
  }
}
