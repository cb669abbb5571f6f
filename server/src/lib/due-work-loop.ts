import type { Logger } from 'pino';
import type { Clock } from './clock';

/** The timer a loop waits with; tests pass one they fire by hand. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Node's timers, unref'd so a waiting loop never keeps the process alive. */
export const systemTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Where due work is kept: a table whose rows carry their next try's time. */
export interface DueWorkSource<T> {
  /** Ids due by `now`, the longest waiting first. */
  due(now: Date, limit: number): Promise<string[]>;
  /** Takes one for a try until `leaseUntil` (one conditional UPDATE); undefined when another process took it. */
  claim(id: string, now: Date, leaseUntil: Date): Promise<T | undefined>;
}

/** How a loop runs; the defaults suit a send with a timeout under a minute. */
export interface DueWorkOptions {
  clock: Clock;
  timers: Timers;
  logger: Pick<Logger, 'error'>;
  /** Named in the log line of a failed round. */
  name: string;
  /** How often due work is looked for (5 s). */
  pollMs?: number;
  /** How long a claim holds an item (longer than one try can take). */
  leaseMs?: number;
  /** Items claimed and handled at once (8). */
  batch?: number;
}

/**
 * Works through due rows of a table: the schedule lives in the database,
 * so a restart loses nothing and several servers can run one each (a row
 * is handled by the server whose claim took it). It wakes every `pollMs`
 * and when work is added (`kick`); `tick` is the whole of one round, which
 * tests call themselves. Webhook deliveries and invite emails both run on it.
 */
export class DueWorkLoop<T> {
  private timer: unknown;
  private running: Promise<void> | null = null;
  private again = false;
  private started = false;

  constructor(
    private readonly source: DueWorkSource<T>,
    private readonly handle: (item: T) => Promise<void>,
    private readonly options: DueWorkOptions,
  ) {}

  /** Starts the rounds (the first at once). */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.schedule(0);
  }

  /** Stops the rounds and waits for the one under way. */
  async stop(): Promise<void> {
    this.started = false;
    if (this.timer !== undefined) this.options.timers.clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Work was added: look soon rather than at the next poll. */
  kick(): void {
    if (this.started) this.schedule(0);
  }

  /** One round: claims and handles everything due now, a batch at a time. Concurrent calls share one round. */
  tick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.round().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.tick();
      }
    });
    return this.running;
  }

  private schedule(ms: number): void {
    const { timers, logger, name } = this.options;
    if (this.timer !== undefined) timers.clearTimeout(this.timer);
    this.timer = timers.setTimeout(() => {
      this.timer = undefined;
      this.tick()
        .catch((error: Error) => logger.error({ err: error }, `${name} round failed`))
        .finally(() => this.started && this.timer === undefined && this.schedule(this.options.pollMs ?? 5000));
    }, ms);
  }

  private async round(): Promise<void> {
    const batch = this.options.batch ?? 8;
    for (;;) {
      const now = this.options.clock.now();
      const ids = await this.source.due(now, batch);
      if (!ids.length) return;
      const lease = new Date(now.getTime() + (this.options.leaseMs ?? 60_000));
      const claimed = (await Promise.all(ids.map((id) => this.source.claim(id, now, lease)))).filter((d) => d !== undefined);
      await Promise.all(claimed.map((item) => this.handle(item)));
      if (ids.length < batch) return;
    }
  }
}
