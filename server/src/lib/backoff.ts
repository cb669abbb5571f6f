/** When a failed send is tried again: doubling from `firstMs` up to `maxMs`, given up `giveUpMs` after the thing was made. */
export interface RetryPolicy {
  firstMs: number;
  maxMs: number;
  giveUpMs: number;
}

/** 30 s, 1 min, 2 min, … capped at an hour, for a day: webhooks and invite emails alike. */
export const DEFAULT_RETRY: RetryPolicy = { firstMs: 30_000, maxMs: 3_600_000, giveUpMs: 86_400_000 };

/** The wait after the n-th failed try (n from 1). */
export function retryDelayMs(tries: number, policy: RetryPolicy = DEFAULT_RETRY): number {
  return Math.min(policy.firstMs * 2 ** Math.min(tries - 1, 30), policy.maxMs);
}

/** The next try's time after a failure at `at`, or null when it would fall past the give-up horizon of a thing made at `createdAt`. */
export function nextTry(tries: number, at: Date, createdAt: Date, policy: RetryPolicy = DEFAULT_RETRY): Date | null {
  const next = new Date(at.getTime() + retryDelayMs(tries, policy));
  return next.getTime() > createdAt.getTime() + policy.giveUpMs ? null : next;
}
