/**
 * Which line a job waits in: the runs and submits of a live attempt go
 * before background work (the sweeper's submits of ended attempts, work
 * resumed after a restart for an ended attempt, re-grades).
 */
export type Lane = 'live' | 'background';

/** One queued submission as a queue sees it; `attemptId` null is system work (its own group). */
export interface QueueJob {
  id: string;
  attemptId: string | null;
  lane: Lane;
}

/** What a job handler learns about the try it runs: 1-based, and whether no retry follows. */
export interface TryInfo {
  try: number;
  final: boolean;
}

/** Runs one submission; throwing a retryable error on a non-final try asks the queue for another try. */
export type JobHandler = (id: string, info: TryInfo) => Promise<void>;

/**
 * Retries of engine faults, the same in both queues: `attempts` tries in
 * all, the n-th retry after `backoffMs * 2^(n-1)` (BullMQ's exponential backoff).
 */
export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
}

/** Three tries, 2 s then 4 s apart: long enough for a Docker hiccup or an image build to pass. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, backoffMs: 2_000 };

/** How fair scheduling is bounded: one attempt's jobs in flight at once. */
export interface FairnessPolicy {
  perAttempt: number;
}

/** Half the workers at most (at least one), so one attempt never holds every slot. */
export function defaultPerAttempt(concurrency: number): number {
  return Math.max(1, Math.floor(concurrency / 2));
}

/** The group a job's fairness is counted in. */
export function groupOf(job: QueueJob): string {
  return job.attemptId ?? `system:${job.id}`;
}

/** A waiting job with its arrival number (FIFO among equals). */
export interface Waiting {
  job: QueueJob;
  seq: number;
}

/**
 * The order waiting jobs run in: live lane first; then round-robin
 * between attempts, by each job's round (how many of its attempt's jobs
 * are running or wait before it); then arrival. So an attempt with nine
 * queued jobs and one that just queued its first alternate, instead of the
 * second waiting behind all nine.
 */
export function fairOrder(waiting: Iterable<Waiting>, inFlight: (group: string) => number): Waiting[] {
  const seen = new Map<string, number>();
  const ranked = [...waiting]
    .sort((a, b) => a.seq - b.seq)
    .map((w) => {
      const group = groupOf(w.job);
      const before = seen.get(group) ?? 0;
      seen.set(group, before + 1);
      return { w, lane: w.job.lane === 'live' ? 0 : 1, round: inFlight(group) + before };
    });
  ranked.sort((a, b) => a.lane - b.lane || a.round - b.round || a.w.seq - b.w.seq);
  return ranked.map((r) => r.w);
}
