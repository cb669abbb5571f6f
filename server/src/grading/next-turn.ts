/**
 * Resolves on a later turn of the event loop, after pending I/O callbacks
 * (setImmediate, not a microtask), so other requests are served in between.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** How much judging may happen in one turn of the event loop. */
export interface PaceBudget {
  /** Candidate output compared (characters of stdout and returned JSON) before yielding. */
  bytes: number;
  /** Time spent before yielding, ms (what bytes do not count, such as many tokens per byte). */
  ms: number;
}

/**
 * One case at the default stdout cap (64 KiB) fills the byte budget, so a
 * report of large outputs still yields between every case, as a report of
 * tiny ones (the usual submit) is judged in one turn.
 */
export const DEFAULT_PACE: PaceBudget = { bytes: 64 * 1024, ms: 5 };

/**
 * Yields to the event loop by work done, not per step: each `after(bytes)`
 * counts what the step processed, and once the byte or time budget is
 * spent the next turn is awaited and a new budget starts. Comparisons are
 * linear, so this bounds how long judging holds the loop to one budget plus
 * one case.
 */
export class Pacer {
  private bytes = 0;
  private since: number;

  constructor(
    private readonly budget: PaceBudget = DEFAULT_PACE,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.since = now();
  }

  /** Counts a step of `bytes`; resolves at once while the budget lasts, on a later turn once it is spent. */
  async after(bytes: number): Promise<void> {
    this.bytes += bytes;
    if (this.bytes < this.budget.bytes && this.now() - this.since < this.budget.ms) return;
    await nextTurn();
    this.bytes = 0;
    this.since = this.now();
  }
}
