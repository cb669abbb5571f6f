import type { Logger } from 'pino';
import { TooManyRequestsError } from '../http/errors';
import type { Metrics } from '../ops/metrics';

/** Where submission ids wait for a worker: in-process, or BullMQ on Redis when scaled out. */
export interface RunQueue {
  /**
   * Queues an id; throws 429 when full unless `force` (system work that must
   * not be refused). `attempt` numbers a retry, so a queue that remembers
   * finished jobs does not take it for a duplicate.
   */
  enqueue(id: string, opts?: { force?: boolean; attempt?: number }): Promise<void>;
  /** True when another enqueue would be refused. */
  full(): Promise<boolean>;
  /** Resolves when nothing is waiting or running (tests, shutdown). */
  idle(): Promise<void>;
  /** Stops taking work; waits for running jobs. */
  close(): Promise<void>;
}

/**
 * An in-process queue with bounded concurrency and a bounded wait line. The
 * database is the source of truth: a job lost with the process is queued
 * again at the next start.
 */
export class InProcessQueue implements RunQueue {
  private readonly waiting: string[] = [];
  private readonly queued = new Set<string>();
  private running = 0;
  private closed = false;
  private idleWaiters: (() => void)[] = [];
  private handler: ((id: string) => Promise<void>) | undefined;

  constructor(private readonly opts: { concurrency: number; capacity: number; logger: Logger; metrics?: Metrics }) {}

  /**
   * Starts consuming: `handler` runs each id, `concurrency` at once. Like a
   * BullMQ worker, the consumer is started after the producers are wired;
   * ids queued before then wait.
   */
  consume(handler: (id: string) => Promise<void>): void {
    if (this.handler) throw new Error('this queue already has a consumer');
    this.handler = handler;
    this.pump();
  }

  async enqueue(id: string, { force = false } = {}): Promise<void> {
    if (this.closed || this.queued.has(id)) return;
    if (!force && this.waiting.length >= this.opts.capacity) throw new TooManyRequestsError('the run queue is full; try again in a few seconds', 5);
    this.queued.add(id);
    this.waiting.push(id);
    this.report();
    this.pump();
  }

  async full(): Promise<boolean> {
    return this.waiting.length >= this.opts.capacity;
  }

  idle(): Promise<void> {
    if (!this.running && !this.waiting.length) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.waiting.length = 0;
    if (this.running) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    const handler = this.handler;
    if (!handler) return;
    while (this.running < this.opts.concurrency && this.waiting.length) {
      const id = this.waiting.shift()!;
      this.running += 1;
      this.report();
      handler(id)
        .catch((error: Error) => this.opts.logger.error({ err: error, submissionId: id }, 'submission job failed'))
        .finally(() => {
          this.running -= 1;
          this.queued.delete(id);
          this.report();
          if (!this.running && !this.waiting.length) this.idleWaiters.splice(0).forEach((resolve) => resolve());
          if (!this.closed) this.pump();
        });
    }
  }

  private report(): void {
    this.opts.metrics?.queueDepth.set({ state: 'waiting' }, this.waiting.length);
    this.opts.metrics?.queueDepth.set({ state: 'running' }, this.running);
  }
}
