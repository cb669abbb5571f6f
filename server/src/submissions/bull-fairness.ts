import type { Job } from 'bullmq';
import { DelayedError } from 'bullmq';

/** How long a slot is held without renewal; a crashed worker's slots free themselves after this (ms). */
export const LEASE_MS = 30_000;
/** How long a job that found its attempt's slots taken waits before it is tried again (ms). */
export const SLOT_WAIT_MS = 500;

/** The part of BullMQ's Redis client the slots use: Lua scripts defined once, run by name. */
export interface ScriptClient {
  defineCommand(name: string, definition: { numberOfKeys: number; lua: string }): void;
  runCommand(name: string, args: (string | number)[]): Promise<unknown>;
}

// Redis's own clock (TIME) decides expiry, so workers on hosts with skewed clocks agree.
const NOW = "local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)";
const ACQUIRE = `${NOW}
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZSCORE', KEYS[1], ARGV[3]) or redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[3])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]))
  return 1
end
return 0`;
const RENEW = `${NOW}
if redis.call('ZADD', KEYS[1], 'XX', 'CH', now + tonumber(ARGV[1]), ARGV[2]) then redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1])) end
return 1`;
const RELEASE = "return redis.call('ZREM', KEYS[1], ARGV[1])";
const SCRIPTS = { assaySlotAcquire: ACQUIRE, assaySlotRenew: RENEW, assaySlotRelease: RELEASE };

/**
 * Per-attempt slots on Redis: at most `perAttempt` jobs of one attempt run
 * at once across every worker process. BullMQ (without Pro's groups) picks
 * jobs by priority and then arrival only, so the cap is enforced when a
 * worker picks a job: if its attempt's slots are taken, the job goes back
 * to the delayed set for `SLOT_WAIT_MS` (BullMQ's DelayedError; it does not
 * count as a try) and the worker takes the next job, usually another
 * attempt's. A slot is a lease that expires unless renewed, so a worker
 * that dies cannot hold an attempt's slot for good.
 */
export class AttemptSlots {
  private ready: Promise<ScriptClient> | undefined;

  constructor(
    private readonly client: () => Promise<ScriptClient>,
    private readonly perAttempt: number,
    private readonly prefix = 'assay-runs:slots:',
  ) {}

  /** Runs `work` in a slot of `group`, or moves the job back to wait for one (throws BullMQ's DelayedError). */
  async run<T>(group: string, job: Job, token: string | undefined, work: () => Promise<T>): Promise<T> {
    const key = this.prefix + group;
    const member = job.id ?? '';
    const redis = await (this.ready ??= this.define());
    const got = await redis.runCommand('assaySlotAcquire', [key, LEASE_MS, this.perAttempt, member]);
    if (Number(got) !== 1) {
      await job.moveToDelayed(Date.now() + SLOT_WAIT_MS, token);
      throw new DelayedError();
    }
    const renew = setInterval(() => void redis.runCommand('assaySlotRenew', [key, LEASE_MS, member]).catch(() => undefined), LEASE_MS / 3);
    renew.unref();
    try {
      return await work();
    } finally {
      clearInterval(renew);
      await redis.runCommand('assaySlotRelease', [key, member]).catch(() => undefined);
    }
  }

  private async define(): Promise<ScriptClient> {
    const redis = await this.client();
    for (const [name, lua] of Object.entries(SCRIPTS)) redis.defineCommand(name, { numberOfKeys: 1, lua });
    return redis;
  }
}
