import type { Command } from 'commander';
import { LanguageRegistry, LANGUAGE_IDS, connectDocker, createRunner, removeOrphans } from '@assay/runners';
import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { createLogger } from '../logger';
import { createServices, startDistributedRuns } from '../main';
import { CliError } from './cli-error';

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
      let config;
      try {
        config = loadConfig(process.env);
      } catch (error) {
        if (error instanceof ConfigError) throw new CliError(error.message);
        throw error;
      }
      if (!config.redisUrl) throw new CliError('REDIS_URL: required; the worker takes its jobs from the shared queue');
      if (!config.databaseUrl) throw new CliError('DATABASE_URL: required; workers share PostgreSQL with the server (the embedded database belongs to one process)');
      const logger = createLogger(config.logLevel);
      const docker = await connectDocker();
      await removeOrphans(docker, logger);
      const warm = Object.fromEntries(LANGUAGE_IDS.map((id) => [id, config.warmPool]));
      const runner = createRunner({ docker, logger, registry: LanguageRegistry.load(), warm, concurrency: config.runConcurrency });
      const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      const services = createServices(database, { runner, logger, config: { ...config, publicUrl: config.publicUrl ?? '' } });
      const runs = startDistributedRuns(config.redisUrl, services, logger);
      process.stdout.write(`assay worker running ${config.runConcurrency} at once\n`);
      const stop = () => {
        logger.info('worker shutting down');
        void (async () => {
          await runs.close();
          await services.queue.close();
          await runner.close();
          await database.close();
          process.exit(0);
        })();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
