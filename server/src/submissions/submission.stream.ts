import type { Request, Response } from 'express';
import type { SubmissionEvents } from './submission.events';
import type { SubmissionRow } from './submission.repo';

const DONE = new Set(['done', 'error']);
/** A comment line every 15 s keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

/**
 * Server-sent events for one submission: an `update` event with the view
 * now, then at every status change, and the stream ends once it is done.
 * Subscribes before reading the row, so no change can fall in between.
 */
export async function streamSubmission(
  req: Request,
  res: Response,
  id: string,
  events: SubmissionEvents,
  load: () => Promise<SubmissionRow>,
  present: (row: SubmissionRow) => unknown,
): Promise<void> {
  res.status(200).set({ 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' });
  res.flushHeaders();
  const send = (r: SubmissionRow) => res.write(`event: update\ndata: ${JSON.stringify(present(r))}\n\n`);
  let finished = false;
  let unsubscribe = () => {};
  const end = () => {
    if (finished) return;
    finished = true;
    unsubscribe();
    clearInterval(heartbeat);
    res.end();
  };
  const onUpdate = (r: SubmissionRow) => {
    send(r);
    if (DONE.has(r.status)) end();
  };
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
  req.on('close', end);
  unsubscribe = events.subscribe(id, onUpdate);
  onUpdate(await load());
}
