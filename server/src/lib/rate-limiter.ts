import type { Clock } from './clock';

/**
 * Fixed-window counter per key, in memory. `take(key)` answers whether one
 * more event fits and, if not, how many seconds until it will.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Clock,
  ) {}

  take(key: string): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.clock.now().getTime();
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      if (this.windows.size > 10_000) this.prune(now);
      return { ok: true };
    }
    if (w.count < this.limit) {
      w.count += 1;
      return { ok: true };
    }
    return { ok: false, retryAfterSeconds: Math.ceil((w.start + this.windowMs - now) / 1000) };
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
  }
}
