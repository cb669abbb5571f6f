import { EngineError, InvalidJobError } from '@assay/runners';
import pino from 'pino';
import type { Lane, TryInfo } from './fair-order';
import { InProcessQueue } from './run-queue';

const logger = pino({ level: 'silent' });

/** A handler whose jobs run until the test releases them, recording the order they started in. */
function slowHandler() {
  const started: string[] = [];
  const release = new Map<string, () => void>();
  let draining = false;
  const handler = (id: string) =>
    new Promise<void>((resolve) => {
      started.push(id);
      if (draining) resolve();
      else release.set(id, resolve);
    });
  /** Lets every job, running or still to start, end at once (before close). */
  const drain = () => {
    draining = true;
    release.forEach((resolve) => resolve());
  };
  return { started, handler, finish: (id: string) => release.get(id)!(), drain };
}

const job = (id: string, attemptId: string, lane: Lane = 'live') => ({ id, attemptId, lane });
const settle = () => new Promise((r) => setImmediate(r));

describe('InProcessQueue: fair between attempts', () => {
  it('keeps a worker for a second attempt while the first has nine jobs queued (cap of one in flight)', async () => {
    const slow = slowHandler();
    const queue = new InProcessQueue(slow.handler, { concurrency: 2, capacity: 50, logger, fairness: { perAttempt: 1 } });
    for (let i = 1; i <= 9; i += 1) await queue.enqueue(job(`a${i}`, 'A'));
    await queue.enqueue(job('b1', 'B'));
    expect(slow.started).toEqual(['a1', 'b1']);
    expect(await queue.position('a2')).toBe(0);
    expect(await queue.position('a9')).toBe(7);
    slow.finish('a1');
    slow.finish('b1');
    await settle();
    expect(slow.started).toEqual(['a1', 'b1', 'a2']);
    slow.drain();
    await queue.close();
  });

  it('takes attempts in turn: a newcomer waits one round, not behind every queued job', async () => {
    const slow = slowHandler();
    const queue = new InProcessQueue(slow.handler, { concurrency: 2, capacity: 50, logger, fairness: { perAttempt: 2 } });
    for (let i = 1; i <= 9; i += 1) await queue.enqueue(job(`a${i}`, 'A'));
    await queue.enqueue(job('b1', 'B'));
    await queue.enqueue(job('c1', 'C'));
    expect(slow.started).toEqual(['a1', 'a2']);
    expect(await queue.position('b1')).toBe(0);
    expect(await queue.position('c1')).toBe(1);
    expect(await queue.position('a3')).toBe(2);
    slow.finish('a1');
    await settle();
    expect(slow.started.at(-1)).toBe('b1');
    slow.drain();
    await queue.close();
  });

  it('runs a live attempt’s jobs before background work queued earlier', async () => {
    const slow = slowHandler();
    const queue = new InProcessQueue(slow.handler, { concurrency: 1, capacity: 50, logger, fairness: { perAttempt: 1 } });
    await queue.enqueue(job('busy', 'X'));
    await queue.enqueue(job('final1', 'Ended', 'background'));
    await queue.enqueue(job('final2', 'Ended2', 'background'));
    await queue.enqueue(job('run1', 'Live'));
    expect(await queue.position('run1')).toBe(0);
    expect(await queue.position('final1')).toBe(1);
    slow.finish('busy');
    await settle();
    expect(slow.started).toEqual(['busy', 'run1']);
    slow.drain();
    await queue.close();
  });

  it('tells listeners when the line moves', async () => {
    const slow = slowHandler();
    const queue = new InProcessQueue(slow.handler, { concurrency: 1, capacity: 50, logger, fairness: { perAttempt: 1 } });
    let moves = 0;
    const off = queue.onMove(() => (moves += 1));
    await queue.enqueue(job('a1', 'A'));
    await queue.enqueue(job('a2', 'A'));
    expect(moves).toBeGreaterThanOrEqual(2);
    off();
    const before = moves;
    slow.finish('a1');
    await settle();
    expect(moves).toBe(before);
    slow.drain();
    await queue.close();
  });
});

describe('InProcessQueue: retries (the same semantics as BullMQ attempts + backoff)', () => {
  const retry = { attempts: 3, backoffMs: 1 };

  it('tries a job whose error is retryable again, telling the handler which try is the last', async () => {
    const tries: TryInfo[] = [];
    const queue = new InProcessQueue(
      async (_id, info) => {
        tries.push(info);
        if (info.try < 3) throw new EngineError('docker hiccup');
      },
      { concurrency: 1, capacity: 10, logger, fairness: { perAttempt: 1 }, retry },
    );
    await queue.enqueue(job('a1', 'A'));
    await queue.idle();
    expect(tries).toEqual([
      { try: 1, final: false },
      { try: 2, final: false },
      { try: 3, final: true },
    ]);
  });

  it('does not retry an error that is not retryable, nor after the final try', async () => {
    let calls = 0;
    const queue = new InProcessQueue(
      async (id) => {
        calls += 1;
        throw id === 'bad' ? new InvalidJobError('no such language') : new EngineError('down for good');
      },
      { concurrency: 1, capacity: 10, logger, fairness: { perAttempt: 1 }, retry },
    );
    await queue.enqueue(job('bad', 'A'));
    await queue.idle();
    expect(calls).toBe(1);
    await queue.enqueue(job('down', 'B'));
    await queue.idle();
    expect(calls).toBe(1 + 3);
  });

  it('ignores the same id queued again while it waits for its retry', async () => {
    let calls = 0;
    let fail = true;
    const queue = new InProcessQueue(
      async () => {
        calls += 1;
        if (fail) {
          fail = false;
          throw new EngineError('once');
        }
      },
      { concurrency: 1, capacity: 10, logger, fairness: { perAttempt: 1 }, retry: { attempts: 2, backoffMs: 5 } },
    );
    await queue.enqueue(job('a1', 'A'));
    await settle();
    await queue.enqueue(job('a1', 'A'));
    await queue.idle();
    expect(calls).toBe(2);
  });
});
