import pino from 'pino';
import { InProcessQueue } from './run-queue';

const logger = pino({ level: 'silent' });

describe('InProcessQueue', () => {
  it('keeps ids queued before its consumer starts, and runs them once it does', async () => {
    const queue = new InProcessQueue({ concurrency: 1, capacity: 10, logger });
    await queue.enqueue('a');
    await queue.enqueue('b');
    const ran: string[] = [];
    queue.consume(async (id) => void ran.push(id));
    await queue.idle();
    expect(ran).toEqual(['a', 'b']);
  });

  it('takes one consumer only', () => {
    const queue = new InProcessQueue({ concurrency: 1, capacity: 10, logger });
    queue.consume(async () => undefined);
    expect(() => queue.consume(async () => undefined)).toThrow(/already has a consumer/);
  });

  it('refuses with 429 when the wait line is full, unless forced', async () => {
    const queue = new InProcessQueue({ concurrency: 1, capacity: 1, logger });
    await queue.enqueue('a');
    await expect(queue.enqueue('b')).rejects.toMatchObject({ status: 429 });
    await queue.enqueue('c', { force: true });
    expect(await queue.full()).toBe(true);
  });
});
