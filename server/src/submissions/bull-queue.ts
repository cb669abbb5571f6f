import { Queue, QueueEvents, UnrecoverableError, Worker, type ConnectionOptions } from 'bullmq';
import { isRetryable } from '@assay/runners';
import type { Logger } from 'pino';
import { TooManyRequestsError } from '../http/errors';
import type { Metrics } from '../ops/metrics';
import { AttemptSlots } from './bull-fairness';
import { DEFAULT_RETRY, groupOf, type FairnessPolicy, type JobHandler, type QueueJob, type RetryPolicy } from './fair-order';
import type { RunQueue } from './run-queue';

/** The BullMQ queue every server and worker process shares. */
export const QUEUE_NAME = 'assay-runs';
const DEPTH_REFRESH_MS = 5_000;
/** BullMQ priorities (lower runs first): a live attempt's runs and submits before background work. */
const PRIORITY = { live: 1, background: 2 } as const;
/** How far down the line `position` looks; beyond it a job reports this many ahead. */
const POSITION_SCAN = 1_000;

/** What a job carries: only ids, the database has the rest. */
type RunJobData = QueueJob;

const submissionIdOf = (jobId: string) => jobId.slice(0, jobId.lastIndexOf('_'));

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
 *
 * Semantics under Redis (BullMQ without Pro's groups): the live lane goes
 * before background work by job priority, FIFO within a lane; the cap on
 * one attempt's jobs in flight holds across all workers (`AttemptSlots`); a
 * job of a capped attempt steps back and lets other attempts' jobs pass, so
 * attempts take turns, though not in a strict rotation. Engine faults are
 * retried by BullMQ's own attempts and exponential backoff.
 */
export class BullRunQueue implements RunQueue {
  private readonly queue: Queue<RunJobData>;
  private readonly depthTimer: NodeJS.Timeout;
  private readonly retry: RetryPolicy;
  private readonly listeners = new Set<() => void>();
  private events: QueueEvents | undefined;

  constructor(
    private readonly url: string,
    private readonly opts: { capacity: number; logger: Logger; metrics?: Metrics; retry?: RetryPolicy },
  ) {
    this.queue = new Queue(QUEUE_NAME, { connection: redisConnection(url) });
    this.retry = opts.retry ?? DEFAULT_RETRY;
    this.depthTimer = setInterval(() => void this.reportDepth(), DEPTH_REFRESH_MS);
    this.depthTimer.unref();
  }

  async enqueue(job: QueueJob, { force = false, attempt = 0 }: { force?: boolean; attempt?: number } = {}): Promise<void> {
    if (!force && (await this.full())) throw new TooManyRequestsError('the run queue is full; try again in a few seconds', 5);
    await this.queue.add(
      'run',
      { id: job.id, attemptId: job.attemptId, lane: job.lane },
      {
        jobId: `${job.id}_${attempt}`,
        priority: PRIORITY[job.lane],
        attempts: this.retry.attempts,
        backoff: { type: 'exponential', delay: this.retry.backoffMs },
        removeOnComplete: { count: 1000 },
        removeOnFail: { count: 1000 },
      },
    );
  }

  /**
   * Jobs ahead in BullMQ's line (plain waiting, then prioritized in order).
   * A job stepping back for its attempt's slot or waiting out a retry
   * reports everything waiting as ahead.
   */
  async position(id: string): Promise<number | null> {
    const waiting = await this.queue.getRanges(['wait'], 0, POSITION_SCAN, true);
    const prioritized = await this.queue.getRanges(['prioritized'], 0, POSITION_SCAN, true);
    const line = [...waiting, ...prioritized].map(submissionIdOf);
    const index = line.indexOf(id);
    if (index >= 0) return index;
    const delayed = await this.queue.getRanges(['delayed'], 0, POSITION_SCAN, true);
    return delayed.map(submissionIdOf).includes(id) ? line.length : null;
  }

  onMove(listener: () => void): () => void {
    if (!this.events) {
      this.events = new QueueEvents(QUEUE_NAME, { connection: redisConnection(this.url) });
      const moved = () => this.listeners.forEach((l) => l());
      for (const event of ['waiting', 'active', 'completed', 'failed', 'delayed'] as const) this.events.on(event, moved);
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async full(): Promise<boolean> {
    const counts = await this.queue.getJobCounts('waiting', 'prioritized');
    return (counts.waiting ?? 0) + (counts.prioritized ?? 0) >= this.opts.capacity;
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
    await this.events?.close();
    await this.queue.close();
  }

  private async reportDepth(): Promise<void> {
    try {
      const counts = await this.queue.getJobCounts('waiting', 'prioritized', 'active');
      this.opts.metrics?.queueDepth.set({ state: 'waiting' }, (counts.waiting ?? 0) + (counts.prioritized ?? 0));
      this.opts.metrics?.queueDepth.set({ state: 'running' }, counts.active ?? 0);
    } catch (error) {
      this.opts.logger.warn({ err: error }, 'cannot read the queue depth from Redis');
    }
  }
}

/**
 * A worker taking submission ids from Redis and running them with
 * `process`, in a slot of the job's attempt. A retryable error on a
 * non-final try goes back to BullMQ for its backoff; any other error is
 * unrecoverable (no retry).
 */
export function startBullWorker(url: string, process: JobHandler, opts: { concurrency: number; logger: Logger; fairness: FairnessPolicy }): Worker {
  let slots: AttemptSlots | undefined;
  const worker: Worker<RunJobData> = new Worker<RunJobData>(
    QUEUE_NAME,
    async (job, token) => {
      slots ??= new AttemptSlots(() => worker.getBackend().client, opts.fairness.perAttempt);
      const tried = job.attemptsMade + 1;
      const final = tried >= (job.opts.attempts ?? 1);
      await slots.run(groupOf(job.data), job, token, async () => {
        try {
          await process(job.data.id, { try: tried, final });
        } catch (error) {
          if (final || !isRetryable(error)) throw new UnrecoverableError((error as Error).message);
          throw error;
        }
      });
    },
    { connection: redisConnection(url), concurrency: opts.concurrency },
  );
  worker.on('failed', (job, error) => opts.logger.error({ err: error, submissionId: job?.data.id }, 'submission job failed'));
  return worker;
}

/**
 * Tells this process when a submission another process is running changes
 * state, so its SSE streams move on: `onChange(id)` at start and end of each job.
 */
export function watchBullJobs(url: string, onChange: (id: string) => void): QueueEvents {
  const events = new QueueEvents(QUEUE_NAME, { connection: redisConnection(url) });
  events.on('active', ({ jobId }) => onChange(submissionIdOf(jobId)));
  events.on('completed', ({ jobId }) => onChange(submissionIdOf(jobId)));
  events.on('failed', ({ jobId }) => onChange(submissionIdOf(jobId)));
  return events;
}
