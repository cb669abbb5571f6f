import crypto from 'node:crypto';
import { EngineError, InvalidJobError } from '@assay/runners';
import { Queue, type Worker } from 'bullmq';
import pino from 'pino';
import { BullRunQueue, QUEUE_NAME, redisConnection, startBullWorker } from './bull-queue';
import type { JobHandler, Lane, TryInfo } from './fair-order';

// The fair-queue semantics that hold under Redis: the per-attempt cap across
// workers, the live lane first, and retries by BullMQ's attempts + backoff.
const redisUrl = process.env.ASSAY_TEST_REDIS_URL!;
const logger = pino({ level: 'silent' });
jest.setTimeout(30_000);

let queue: BullRunQueue;
let worker: Worker | undefined;
beforeEach(async () => {
  const leftovers = new Queue(QUEUE_NAME, { connection: redisConnection(redisUrl) });
  await leftovers.obliterate({ force: true });
  await leftovers.close();
  queue = new BullRunQueue(redisUrl, { capacity: 100, logger, retry: { attempts: 3, backoffMs: 10 } });
});
afterEach(async () => {
  await worker?.close(true);
  worker = undefined;
  await queue.close();
});

/** Waits for a condition the workers make true (no timing is asserted). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 20));
}

function slowHandler() {
  const started: string[] = [];
  const release: (() => void)[] = [];
  const handler: JobHandler = (id) =>
    new Promise<void>((resolve) => {
      started.push(id);
      release.push(resolve);
    });
  return { started, handler, releaseAll: () => release.splice(0).forEach((r) => r()) };
}

const group = () => crypto.randomBytes(4).toString('hex');
const job = (id: string, attemptId: string, lane: Lane = 'live') => ({ id, attemptId, lane });

describe('BullRunQueue with workers on Redis', () => {
  it('gives a second attempt the free worker while the first has nine slow jobs queued', async () => {
    const [a, b] = [group(), group()];
    const slow = slowHandler();
    for (let i = 1; i <= 9; i += 1) await queue.enqueue(job(`a${i}`, a));
    await queue.enqueue(job('b1', b));
    worker = startBullWorker(redisUrl, slow.handler, { concurrency: 2, logger, fairness: { perAttempt: 1 } });
    await until(() => slow.started.length >= 2);
    expect(slow.started).toEqual(['a1', 'b1']);
    slow.releaseAll();
  });

  it('puts a live attempt’s job before background work queued earlier', async () => {
    await queue.enqueue(job('final1', group(), 'background'));
    await queue.enqueue(job('final2', group(), 'background'));
    await queue.enqueue(job('run1', group(), 'live'));
    expect(await queue.position('run1')).toBe(0);
    expect(await queue.position('final2')).toBe(2);
    const slow = slowHandler();
    worker = startBullWorker(redisUrl, slow.handler, { concurrency: 1, logger, fairness: { perAttempt: 1 } });
    await until(() => slow.started.length >= 1);
    expect(slow.started[0]).toBe('run1');
    slow.releaseAll();
  });

  it('retries a retryable engine fault with BullMQ’s attempts, and never an unretryable one', async () => {
    const tries: Record<string, TryInfo[]> = { flaky: [], invalid: [] };
    worker = startBullWorker(
      redisUrl,
      async (id, info) => {
        tries[id]!.push(info);
        if (id === 'invalid') throw new InvalidJobError('no such language');
        if (info.try < 3) throw new EngineError('docker hiccup');
      },
      { concurrency: 1, logger, fairness: { perAttempt: 1 } },
    );
    await queue.enqueue(job('flaky', group()));
    await queue.enqueue(job('invalid', group()));
    await queue.idle();
    expect(tries.flaky).toEqual([
      { try: 1, final: false },
      { try: 2, final: false },
      { try: 3, final: true },
    ]);
    expect(tries.invalid).toHaveLength(1);
  });
});
