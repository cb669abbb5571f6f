import type { Command } from 'commander';
import { createEngine } from '@assay/runners';
import { openDatabase } from '../db/client';
import { createLogger } from '../logger';
import { createServices, startDistributedRuns } from '../main';
import { cliConfig } from './cli-config';
import { CliError } from './cli-error';
import { printHuman } from './terminal-text';

/**
 * `assay worker`: runs submissions from the shared BullMQ queue on this
 * host's Docker engine. Needs REDIS_URL (the queue) and DATABASE_URL (the
 * embedded database belongs to the one process that opened it).
 */
export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('run submissions from the shared queue (needs REDIS_URL and DATABASE_URL)')
    .action(async () => {
      const config = cliConfig();
      if (!config.redisUrl) throw new CliError('REDIS_URL: required; the worker takes its jobs from the shared queue');
      if (!config.databaseUrl) throw new CliError('DATABASE_URL: required; workers share PostgreSQL with the server (the embedded database belongs to one process)');
      const logger = createLogger(config.logLevel);
      const engine = await createEngine({ runtime: config.runtime, warmPool: config.warmPool }, logger);
      const { runner } = engine;
      const database = await openDatabase({
        databaseUrl: config.databaseUrl,
        dataDir: config.dataDir,
        onConnectionLost: (error) => logger.warn({ err: error }, 'database connection lost; the pool reconnects'),
      });
      const services = createServices(database, { runner, logger, config: { ...config, publicUrl: config.publicUrl ?? '' } });
      const runs = startDistributedRuns(config.redisUrl, services, logger);
      printHuman(`assay worker running ${config.runConcurrency} at once\n`);
      const stop = () => {
        logger.info('worker shutting down');
        void (async () => {
          await runs.close();
          await services.queue.close();
          await engine.close();
          await database.close();
          process.exit(0);
        })();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
