import type { Command } from 'commander';
import { DEMO_USERS, seedDemo } from '../demo/demo-seed';
import { createLogger } from '../logger';
import { startServer } from '../main';
import { cliConfig } from './cli-config';
import { printHuman } from './terminal-text';

interface ServeOptions {
  port?: string;
  host?: string;
  dataDir?: string;
  demo?: boolean;
}

/** `assay serve`: the API server (embedded PGlite unless DATABASE_URL is set). */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the Assay server')
    .option('--port <port>', 'TCP port (env PORT, default 3000)')
    .option('--host <host>', 'interface to bind (env HOST, default 127.0.0.1)')
    .option('--data-dir <dir>', 'embedded database folder (env ASSAY_DATA_DIR, default ./data)')
    .option('--demo', 'import the catalog and create demo logins, an assessment and an invite link')
    .action(async (options: ServeOptions) => {
      const config = cliConfig({ port: options.port, host: options.host, dataDir: options.dataDir });
      const logger = createLogger(config.logLevel);
      const server = await startServer(config, { logger });
      if (options.demo) {
        const demo = await seedDemo(server.services);
        const lines = [
          '',
          `  Assay is running at ${server.url}`,
          `  API docs:     ${server.url}/api/docs`,
          `  Challenges:   ${demo.imported.length} imported${demo.skipped.length ? `, ${demo.skipped.length} skipped (run \`npx assay challenges validate\`)` : ''}`,
          ...DEMO_USERS.map((u) => `  ${u.role.padEnd(12)}  ${u.email} / ${u.password}`),
          `  candidate     ${demo.inviteUrl}`,
          ...(demo.toReview.length ? [`  to review     ${demo.toReview.length} explanations of a finished demo attempt (log in as the reviewer)`] : []),
          ...(demo.assessments.length ? [`  ready-made    ${demo.assessments.map((a) => a.title).join(', ')} (invite people from the admin pages)`] : []),
          '',
        ];
        printHuman(`${lines.join('\n')}\n`);
      } else {
        printHuman(`Assay is running at ${server.url}\n`);
      }
      const stop = () => {
        logger.info('shutting down');
        server.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
