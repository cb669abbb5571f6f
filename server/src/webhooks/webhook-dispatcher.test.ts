import { FakeClock } from '../lib/clock';
import { WebhookDispatcher, type Timers } from './webhook-dispatcher';

/** Timers fired by hand: the dispatcher's waits without waiting. */
class ManualTimers implements Timers {
  pending = new Map<number, { fn: () => void; ms: number }>();
  private next = 0;
  setTimeout(fn: () => void, ms: number) {
    this.next += 1;
    this.pending.set(this.next, { fn, ms });
    return this.next;
  }
  clearTimeout(handle: unknown) {
    this.pending.delete(handle as number);
  }
  fire() {
    const [id, t] = [...this.pending.entries()][0]!;
    this.pending.delete(id);
    t.fn();
  }
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

function dispatcher(due: jest.Mock) {
  const timers = new ManualTimers();
  const d = new WebhookDispatcher({
    repo: { due, claim: jest.fn(), record: jest.fn() },
    send: jest.fn(),
    clock: new FakeClock(),
    timers,
    logger: { warn: jest.fn(), error: jest.fn(), info: jest.fn() },
    pollMs: 5000,
  });
  return { d, timers };
}

describe('WebhookDispatcher rounds', () => {
  it('looks at once on start, then every poll interval, and stops', async () => {
    const due = jest.fn().mockResolvedValue([]);
    const { d, timers } = dispatcher(due);
    expect(timers.pending.size).toBe(0); // built, not started: nothing runs on its own
    d.start();
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([0]);
    timers.fire();
    await settle();
    expect(due).toHaveBeenCalledTimes(1);
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([5000]);
    d.kick(); // a delivery was added: look now instead of in 5 s
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([0]);
    await d.stop();
    expect(timers.pending.size).toBe(0);
    d.kick();
    expect(timers.pending.size).toBe(0);
  });

  it('runs one round at a time: a tick during a round runs once more after it', async () => {
    let release!: (ids: string[]) => void;
    const due = jest.fn(() => new Promise<string[]>((resolve) => (release = resolve)));
    const { d } = dispatcher(due as unknown as jest.Mock);
    const first = d.tick();
    const second = d.tick();
    await settle();
    expect(due).toHaveBeenCalledTimes(1);
    release([]);
    await Promise.all([first, second]);
    await settle();
    expect(due).toHaveBeenCalledTimes(2);
    release([]);
  });
});
