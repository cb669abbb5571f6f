import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { NotFoundError } from '../http/errors';
import { SubmissionEvents } from './submission.events';
import type { SubmissionRow } from './submission.repo';
import { streamSubmission, type StreamSource } from './submission.stream';

const row = (status: SubmissionRow['status']) => ({ id: 's1', status }) as SubmissionRow;

/** Just what streamSubmission uses of a response, recording what was written. */
function fakeResponse() {
  const written: string[] = [];
  const res = {
    headersSent: false,
    ended: false,
    status: () => res,
    set: () => res,
    flushHeaders: () => void (res.headersSent = true),
    write: (chunk: string) => void written.push(chunk),
    end: () => void (res.ended = true),
  };
  return { res, written };
}

function source(events: SubmissionEvents, load: () => Promise<SubmissionRow>): StreamSource {
  return { events, load, position: async () => null, onMove: () => () => {} };
}

const statuses = (written: string[]) => written.filter((w) => w.startsWith('event: update')).map((w) => JSON.parse(w.split('data: ')[1]!).status);

describe('streamSubmission', () => {
  it('sends the changes that happen while the row is read, in order, and ends at done', async () => {
    const events = new SubmissionEvents();
    const { res, written } = fakeResponse();
    // The row was read as queued; it ran and finished before that read came back.
    const load = async () => {
      events.emit(row('running'));
      events.emit(row('done'));
      return row('queued');
    };
    await streamSubmission(new EventEmitter() as Request, res as unknown as Response, 's1', source(events, load), (r) => ({ status: r.status }));
    await new Promise((r) => setImmediate(r));
    expect(statuses(written)).toEqual(['running', 'done']);
    expect(res.ended).toBe(true);
  });

  it('writes nothing and stops listening when the read fails, so the error is an ordinary response', async () => {
    const events = new SubmissionEvents();
    const { res, written } = fakeResponse();
    const present = jest.fn(() => ({}));
    const failing = source(events, () => Promise.reject(new NotFoundError('submission')));
    await expect(streamSubmission(new EventEmitter() as Request, res as unknown as Response, 's1', failing, present)).rejects.toThrow(NotFoundError);
    events.emit(row('done'));
    await new Promise((r) => setImmediate(r));
    expect(res.headersSent).toBe(false);
    expect(written).toEqual([]);
    expect(present).not.toHaveBeenCalled();
  });
});
