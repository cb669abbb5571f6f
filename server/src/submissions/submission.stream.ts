import type { Request, Response } from 'express';
import { TooManyRequestsError } from '../http/errors';
import type { SubmissionEvents } from './submission.events';
import type { SubmissionRow } from './submission.repo';

const DONE = new Set(['done', 'error']);
/** A comment line every 15 s keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;
/** Open status streams one attempt may hold at once (in this process): a few tabs, not a flood of connections. */
export const MAX_STREAMS_PER_ATTEMPT = 4;

/** Where a stream gets its updates: status changes, the row now, its place in the queue and queue moves. */
export interface StreamSource {
  events: SubmissionEvents;
  /** The row now, read once after subscribing; may throw (not found, too many streams) before anything is sent. */
  load(): Promise<SubmissionRow>;
  position(row: SubmissionRow): Promise<number | null>;
  onMove(listener: () => void): () => void;
}

/** Counts open streams per attempt; the one over the cap is refused with 429. */
export class StreamSlots {
  private readonly open = new Map<string, number>();

  constructor(private readonly max = MAX_STREAMS_PER_ATTEMPT) {}

  /** Takes a slot for `attemptId` or throws 429; returns its release (safe to call twice). */
  take(attemptId: string): () => void {
    const n = this.open.get(attemptId) ?? 0;
    if (n >= this.max) {
      throw new TooManyRequestsError(
        `this attempt already has ${this.max} open status streams (one per running submission view); close another tab or wait for a submission to finish`,
        5,
      );
    }
    this.open.set(attemptId, n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.open.get(attemptId) ?? 1) - 1;
      if (left) this.open.set(attemptId, left);
      else this.open.delete(attemptId);
    };
  }
}

/**
 * Server-sent events for one submission: an `update` event with the view
 * now, then at every status change and, while it is queued, whenever its
 * place in the line changes; the stream ends once it is done. Subscribes
 * before reading the row (the one read, which also checks access), so no
 * change can fall in between; identical views are not sent twice. Until
 * that read succeeds nothing is written, so its error is an ordinary
 * error response.
 */
export async function streamSubmission(
  req: Request,
  res: Response,
  id: string,
  source: StreamSource,
  present: (row: SubmissionRow, ahead: number | null) => unknown,
  onEnd: () => void = () => {},
): Promise<void> {
  let finished = false;
  let latest: SubmissionRow | undefined;
  let lastSent = '';
  // Changes that arrive while the row is being read wait here, then go out in the order they happened.
  let early: SubmissionRow[] | null = [];
  // Updates are sent one after another, in the order they happened.
  let chain = Promise.resolve();
  const send = (row: SubmissionRow) => {
    chain = chain.then(async () => {
      if (finished) return;
      const data = JSON.stringify(present(row, await source.position(row)));
      if (finished) return;
      if (data !== lastSent) res.write(`event: update\ndata: ${data}\n\n`);
      lastSent = data;
      if (DONE.has(row.status)) end();
    });
  };
  // Called only once the stream is open (after offMove and heartbeat exist).
  const end = () => {
    if (finished) return;
    finished = true;
    unsubscribe();
    offMove();
    clearInterval(heartbeat);
    onEnd();
    res.end();
  };
  const onUpdate = (row: SubmissionRow) => {
    latest = row;
    if (early) early.push(row);
    else send(row);
  };
  const unsubscribe = source.events.subscribe(id, onUpdate);
  let first: SubmissionRow;
  try {
    first = await source.load();
  } catch (error) {
    unsubscribe();
    throw error;
  }
  res.status(200).set({ 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
  res.flushHeaders();
  const offMove = source.onMove(() => {
    if (latest?.status === 'queued') send(latest);
  });
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  req.on('close', end);
  const waited = early;
  early = null;
  for (const row of waited) send(row);
  onUpdate(first);
}
