import { Queue, QueueEvents, Worker, type ConnectionOptions } from 'bullmq';
import type { Logger } from 'pino';
import { TooManyRequestsError } from '../http/errors';
import type { Metrics } from '../ops/metrics';
import type { RunQueue } from './run-queue';

/** The BullMQ queue every server and worker process shares. */
export const QUEUE_NAME = 'assay-runs';
const DEPTH_REFRESH_MS = 5_000;

/** ioredis options from a redis:// URL (BullMQ needs maxRetriesPerRequest: null for workers). */
export function redisConnection(url: string): ConnectionOptions {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

/**
 * The run queue on Redis (REDIS_URL): ids wait in BullMQ until any worker
 * process (`assay serve` runs one, `assay worker` adds more) takes them.
 * The database stays the source of truth: an id lost from Redis is queued
 * again at the next start.
 */
export class BullRunQueue implements RunQueue {
  private readonly queue: Queue;
  private readonly depthTimer: NodeJS.Timeout;

  constructor(
    url: string,
    private readonly opts: { capacity: number; logger: Logger; metrics?: Metrics },
  ) {
    this.queue = new Queue(QUEUE_NAME, { connection: redisConnection(url) });
    this.depthTimer = setInterval(() => void this.reportDepth(), DEPTH_REFRESH_MS);
    this.depthTimer.unref();
  }

  async enqueue(id: string, { force = false, attempt = 0 }: { force?: boolean; attempt?: number } = {}): Promise<void> {
    if (!force && (await this.full())) throw new TooManyRequestsError('the run queue is full; try again in a few seconds', 5);
    await this.queue.add('run', { id }, { jobId: `${id}_${attempt}`, removeOnComplete: { count: 1000 }, removeOnFail: { count: 1000 } });
  }

  async full(): Promise<boolean> {
    return (await this.queue.getWaitingCount()) >= this.opts.capacity;
  }

  async idle(): Promise<void> {
    for (;;) {
      const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).every((n) => n === 0)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async close(): Promise<void> {
    clearInterval(this.depthTimer);
    await this.queue.close();
  }

  private async reportDepth(): Promise<void> {
    try {
      const counts = await this.queue.getJobCounts('waiting', 'active');
      this.opts.metrics?.queueDepth.set({ state: 'waiting' }, counts.waiting ?? 0);
      this.opts.metrics?.queueDepth.set({ state: 'running' }, counts.active ?? 0);
    } catch (error) {
      this.opts.logger.warn({ err: error }, 'cannot read the queue depth from Redis');
    }
  }
}

/** A worker taking submission ids from Redis and running them with `process`. */
export function startBullWorker(url: string, process: (id: string) => Promise<void>, opts: { concurrency: number; logger: Logger }): Worker {
  const worker = new Worker<{ id: string }>(QUEUE_NAME, (job) => process(job.data.id), { connection: redisConnection(url), concurrency: opts.concurrency });
  worker.on('failed', (job, error) => opts.logger.error({ err: error, submissionId: job?.data.id }, 'submission job failed'));
  return worker;
}

/**
 * Tells this process when a submission another process is running changes
 * state, so its SSE streams move on: `onChange(id)` at start and end of each job.
 */
export function watchBullJobs(url: string, onChange: (id: string) => void): QueueEvents {
  const events = new QueueEvents(QUEUE_NAME, { connection: redisConnection(url) });
  const id = (jobId: string) => jobId.slice(0, jobId.lastIndexOf('_'));
  events.on('active', ({ jobId }) => onChange(id(jobId)));
  events.on('completed', ({ jobId }) => onChange(id(jobId)));
  events.on('failed', ({ jobId }) => onChange(id(jobId)));
  return events;
}
