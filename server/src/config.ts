import net from 'node:net';
import path from 'node:path';
import { RUNTIMES } from '@assay/runners';
import { z } from 'zod';

/** Names Express accepts in a `trust proxy` list for well-known ranges. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** ASSAY_TRUST_PROXY: `true`/`false`, a hop count, or a list of addresses, subnets (CIDR) and range names. */
export const TrustProxySchema = z.union([z.boolean(), z.string()]).transform((raw, ctx): boolean | number | string[] => {
  if (typeof raw === 'boolean') return raw;
  const text = raw.trim().toLowerCase();
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const bad = entries.filter((e) => !PROXY_RANGES.has(e) && !isAddressOrSubnet(e));
  if (!entries.length || bad.length) {
    ctx.addIssue({
      code: 'custom',
      message: `expected true, false, a hop count or addresses/subnets (a.b.c.d/n, loopback, linklocal, uniquelocal); not ${JSON.stringify(bad.join(', ') || raw)}`,
    });
    return z.NEVER;
  }
  return entries;
});

function isAddressOrSubnet(entry: string): boolean {
  const [address, bits, extra] = entry.split('/');
  const family = net.isIP(address ?? '');
  if (!family || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

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
  /**
   * Express's `trust proxy`: which proxies may say who the client is in
   * X-Forwarded-For (the address the login limits count by). `false`
   * (default: the TCP peer is the client), `true` (trust every hop), a hop
   * count such as `1`, or a comma-separated list of addresses and subnets
   * (`10.0.0.0/8, loopback`).
   */
  trustProxy: TrustProxySchema.default(false),
  /**
   * SMTP server invite emails are sent through, as a URL
   * (`smtp://user:pass@host:587`, `smtps://user:pass@host:465`). Unset
   * (default): emails wait in each assessment's outbox for the admin to copy.
   */
  smtpUrl: z
    .string()
    .url()
    .refine((u) => /^smtps?:\/\//i.test(u), 'expected an smtp:// or smtps:// URL')
    .optional(),
  /** The address invite emails come from (the SMTP server must let the server send as it); each assessment sets the display name. Default assay@localhost. */
  mailFrom: z.email().default('assay@localhost'),
  /** When set, GET /metrics needs `Authorization: Bearer <this>`. At least 16 characters. Default unset (open). */
  metricsToken: z.string().min(16, 'at least 16 characters').optional(),
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
  trustProxy: 'ASSAY_TRUST_PROXY',
  metricsToken: 'ASSAY_METRICS_TOKEN',
  smtpUrl: 'ASSAY_SMTP_URL',
  mailFrom: 'ASSAY_MAIL_FROM',
};

/** Values that hold a secret: an error names their length, never their text. */
const SECRET_KEYS = new Set<keyof Config>(['metricsToken', 'smtpUrl']);

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
      const got = SECRET_KEYS.has(key) ? `${String(raw[key]).length} characters` : JSON.stringify(raw[key]); // a secret stays out of logs
      return `  ${ENV_NAMES[key] ?? key}: ${i.message} (got ${got})`;
    });
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.dataDir) };
}
