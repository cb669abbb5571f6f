import path from 'node:path';
import { RUNTIMES } from '@assay/runners';
import { z } from 'zod';

/** Server configuration, parsed once from the environment (and CLI flags layered on top). */
export const ConfigSchema = z.strictObject({
  /** TCP port the HTTP server listens on. Default 3000. */
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to bind. Default 127.0.0.1 (set 0.0.0.0 to serve other hosts). */
  host: z.string().min(1).default('127.0.0.1'),
  /** Folder of the embedded PGlite database. Default ./data. Ignored when databaseUrl is set. */
  dataDir: z.string().min(1).default('./data'),
  /** PostgreSQL connection string; when set, used instead of the embedded database. */
  databaseUrl: z.string().url().optional(),
  /** Redis URL; when set, the run queue is BullMQ instead of in-process. */
  redisUrl: z.string().url().optional(),
  /** Public base URL, used to build invite links. Default http://<host>:<port>. */
  publicUrl: z.string().url().optional(),
  /** Submissions executing at once in this process. Default 2. */
  runConcurrency: z.coerce.number().int().min(1).max(64).default(2),
  /** One attempt's submissions executing at once (across all workers with Redis). Default half of runConcurrency, at least 1. */
  attemptConcurrency: z.coerce.number().int().min(1).max(64).optional(),
  /** Submissions allowed to wait before new ones get 429. Default 200. */
  queueCapacity: z.coerce.number().int().min(1).default(200),
  /** Ready sandbox containers kept per language. Default 1. */
  warmPool: z.coerce.number().int().min(0).max(16).default(1),
  /**
   * Container runtime of every sandbox: `runc` (default) or `runsc` (gVisor:
   * the candidate's system calls meet gVisor's kernel instead of the host's,
   * at about twice the container start-up cost; see README "The sandbox").
   */
  runtime: z.enum(RUNTIMES).default('runc'),
  /** Seconds after the deadline during which a draft or submit is still accepted. Default 15 s. */
  graceSeconds: z.coerce.number().int().min(0).max(600).default(15),
  /** How often the sweeper finalizes expired attempts, in seconds. Default 5 s. */
  sweepSeconds: z.coerce.number().int().min(1).max(3600).default(5),
  /** pino level. Default info. */
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set cookies with Secure (behind HTTPS). Default false. */
  secureCookies: z.stringbool().default(false),
});
export type Config = z.infer<typeof ConfigSchema>;

const ENV_NAMES: Record<keyof Config, string> = {
  port: 'PORT',
  host: 'HOST',
  dataDir: 'ASSAY_DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  redisUrl: 'REDIS_URL',
  publicUrl: 'ASSAY_PUBLIC_URL',
  runConcurrency: 'ASSAY_RUN_CONCURRENCY',
  attemptConcurrency: 'ASSAY_ATTEMPT_CONCURRENCY',
  queueCapacity: 'ASSAY_QUEUE_CAPACITY',
  warmPool: 'ASSAY_WARM_POOL',
  runtime: 'ASSAY_RUNTIME',
  graceSeconds: 'ASSAY_GRACE_SECONDS',
  sweepSeconds: 'ASSAY_SWEEP_SECONDS',
  logLevel: 'LOG_LEVEL',
  secureCookies: 'ASSAY_SECURE_COOKIES',
};

/** A config that failed to parse; the message lists every problem with its variable name. */
export class ConfigError extends Error {}

/**
 * Reads the config from `env`, with `overrides` (CLI flags) on top. Throws
 * ConfigError listing every bad value by its environment variable name.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Record<keyof Config, unknown>> = {}): Config {
  const raw: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(ENV_NAMES)) {
    const value = overrides[key as keyof Config] ?? env[name];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const key = String(i.path[0]) as keyof Config;
      return `  ${ENV_NAMES[key] ?? key}: ${i.message} (got ${JSON.stringify(raw[key])})`;
    });
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.dataDir) };
}
