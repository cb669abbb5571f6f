import { isRetryable } from '@assay/runners';
import type { Logger } from 'pino';
import { TooManyRequestsError } from '../http/errors';
import type { Metrics } from '../ops/metrics';
import { DEFAULT_RETRY, fairOrder, groupOf, type FairnessPolicy, type JobHandler, type QueueJob, type RetryPolicy, type Waiting } from './fair-order';

/** Where submission ids wait for a worker: in-process, or BullMQ on Redis when scaled out. */
export interface RunQueue {
  /**
   * Queues a job; throws 429 when full unless `force` (system work that must
   * not be refused). `attempt` numbers a re-queue after a restart, so a
   * queue that remembers finished jobs does not take it for a duplicate.
   */
  enqueue(job: QueueJob, opts?: { force?: boolean; attempt?: number }): Promise<void>;
  /** How many waiting jobs run before this one; null when it is not waiting (running, retrying, unknown). */
  position(id: string): Promise<number | null>;
  /** Calls `listener` whenever waiting jobs may have moved (a job queued, started or ended). Returns an unsubscribe. */
  onMove(listener: () => void): () => void;
  /** True when another enqueue would be refused. */
  full(): Promise<boolean>;
  /** Resolves when nothing is waiting, running or retrying (tests, shutdown). */
  idle(): Promise<void>;
  /** Stops taking work; waits for running jobs. */
  close(): Promise<void>;
}

/** Options of the in-process queue. */
export interface InProcessOptions {
  concurrency: number;
  capacity: number;
  logger: Logger;
  metrics?: Metrics;
  fairness: FairnessPolicy;
  retry?: RetryPolicy;
}

/**
 * An in-process queue with bounded concurrency and a bounded wait line,
 * fair between attempts (see `fairOrder`; at most `perAttempt` of one
 * attempt's jobs run at once), retrying jobs whose error is retryable. The
 * database is the source of truth: a job lost with the process is queued
 * again at the next start.
 */
export class InProcessQueue implements RunQueue {
  private readonly waiting = new Map<string, Waiting & { try: number }>();
  private readonly known = new Set<string>();
  private readonly retrying = new Map<string, NodeJS.Timeout>();
  private readonly inFlight = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private readonly retry: RetryPolicy;
  private order: string[] | null = null;
  private seq = 0;
  private running = 0;
  private closed = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly handler: JobHandler,
    private readonly opts: InProcessOptions,
  ) {
    this.retry = opts.retry ?? DEFAULT_RETRY;
  }

  async enqueue(job: QueueJob, { force = false } = {}): Promise<void> {
    if (this.closed || this.known.has(job.id)) return;
    if (!force && this.waiting.size >= this.opts.capacity) throw new TooManyRequestsError('the run queue is full; try again in a few seconds', 5);
    this.known.add(job.id);
    this.wait(job, 1);
  }

  async position(id: string): Promise<number | null> {
    this.order ??= fairOrder(this.waiting.values(), (g) => this.inFlight.get(g) ?? 0).map((w) => w.job.id);
    const index = this.order.indexOf(id);
    return index < 0 ? null : index;
  }

  onMove(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async full(): Promise<boolean> {
    return this.waiting.size >= this.opts.capacity;
  }

  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.waiting.clear();
    for (const timer of this.retrying.values()) clearTimeout(timer);
    this.retrying.clear();
    if (this.running) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private wait(job: QueueJob, attempt: number): void {
    this.seq += 1;
    this.waiting.set(job.id, { job, seq: this.seq, try: attempt });
    this.moved();
    this.pump();
  }

  private pump(): void {
    while (!this.closed && this.running < this.opts.concurrency) {
      const next = fairOrder(this.waiting.values(), (g) => this.inFlight.get(g) ?? 0).find((w) => (this.inFlight.get(groupOf(w.job)) ?? 0) < this.opts.fairness.perAttempt);
      if (!next) return;
      const entry = this.waiting.get(next.job.id)!;
      this.waiting.delete(next.job.id);
      this.start(entry.job, entry.try);
    }
  }

  private start(job: QueueJob, attempt: number): void {
    const group = groupOf(job);
    this.running += 1;
    this.inFlight.set(group, (this.inFlight.get(group) ?? 0) + 1);
    this.moved();
    const final = attempt >= this.retry.attempts;
    this.handler(job.id, { try: attempt, final })
      .then(() => this.known.delete(job.id))
      .catch((error: Error) => this.failed(job, attempt, final, error))
      .finally(() => {
        this.running -= 1;
        const left = (this.inFlight.get(group) ?? 1) - 1;
        if (left) this.inFlight.set(group, left);
        else this.inFlight.delete(group);
        this.moved();
        if (this.isIdle()) this.idleWaiters.splice(0).forEach((resolve) => resolve());
        this.pump();
      });
  }

  /** A retryable failure waits out its backoff outside the line, then queues again; anything else is logged and dropped. */
  private failed(job: QueueJob, attempt: number, final: boolean, error: Error): void {
    if (final || this.closed || !isRetryable(error)) {
      this.known.delete(job.id);
      this.opts.logger.error({ err: error, submissionId: job.id, try: attempt }, 'submission job failed');
      return;
    }
    const delay = this.retry.backoffMs * 2 ** (attempt - 1);
    this.opts.logger.warn({ err: error, submissionId: job.id, try: attempt, retryInMs: delay }, 'submission job will be retried');
    const timer = setTimeout(() => {
      this.retrying.delete(job.id);
      this.wait(job, attempt + 1);
    }, delay);
    timer.unref();
    this.retrying.set(job.id, timer);
  }

  private isIdle(): boolean {
    return !this.running && !this.waiting.size && !this.retrying.size;
  }

  private moved(): void {
    this.order = null;
    this.opts.metrics?.queueDepth.set({ state: 'waiting' }, this.waiting.size);
    this.opts.metrics?.queueDepth.set({ state: 'running' }, this.running);
    for (const listener of this.listeners) listener();
  }
}
