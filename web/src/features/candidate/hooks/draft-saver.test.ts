import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { ApiError } from '../../../lib/api-client';
import { DraftSaver, type SaveStatus } from './draft-saver';

type Saved = { challengeId: string; code: string; language: string; answers?: unknown };

/** A fake server: records saves; `failWith` makes the next calls fail. */
function harness() {
  const saved: Saved[] = [];
  const statuses: SaveStatus['kind'][] = [];
  const storage = new Map<string, string>();
  let failWith: ApiError | undefined;
  let inFlight: (() => void) | undefined;
  let hold = false;
  const saver = new DraftSaver({
    attemptId: 'a1',
    debounceMs: 800,
    onStatus: (s) => statuses.push(s.kind),
    backup: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v), removeItem: (k) => void storage.delete(k) },
    save: async (challengeId, body) => {
      if (hold) await new Promise<void>((resolve) => (inFlight = resolve));
      if (failWith) throw failWith;
      saved.push({ challengeId, code: body.code, language: body.language, ...(body.answers ? { answers: body.answers } : {}) });
    },
  });
  return {
    saver,
    saved,
    statuses,
    storage,
    fail: (e: ApiError | undefined) => (failWith = e),
    holdSaves: () => (hold = true),
    release: () => {
      hold = false;
      inFlight?.();
    },
  };
}

const tick = async (ms: number) => {
  await jest.advanceTimersByTimeAsync(ms);
};

beforeEach(() => {
  jest.useFakeTimers();
});
afterEach(() => {
  jest.useRealTimers();
});

describe('DraftSaver', () => {
  it('saves once per pause in typing, with the latest text', async () => {
    const h = harness();
    for (const code of ['d', 'de', 'def']) {
      h.saver.update('c1', { language: 'python', code });
      await tick(300);
    }
    expect(h.saved).toEqual([]);
    await tick(800);
    expect(h.saved).toEqual([{ challengeId: 'c1', language: 'python', code: 'def' }]);
    expect(h.statuses.at(-1)).toBe('saved');
  });

  it('saves a change of the answers alone, and keeps them in the local backup until the server has them', async () => {
    const h = harness();
    h.fail(new ApiError(0, 'network', 'offline'));
    h.saver.update('c1', { language: 'python', code: '', answers: { verdict: 'incorrect' } });
    await tick(800);
    expect(h.saver.readBackup('c1', 'python')).toEqual({ code: '', answers: { verdict: 'incorrect' } });
    h.fail(undefined);
    await tick(1000);
    expect(h.saved).toEqual([{ challengeId: 'c1', language: 'python', code: '', answers: { verdict: 'incorrect' } }]);
    expect(h.saver.readBackup('c1', 'python')).toBeUndefined();
  });

  it('keeps code per language and saves each', async () => {
    const h = harness();
    h.saver.update('c1', { language: 'python', code: 'py' });
    h.saver.update('c1', { language: 'javascript', code: 'js' });
    await tick(800);
    expect(h.saved.map((s) => [s.language, s.code]).sort()).toEqual([
      ['javascript', 'js'],
      ['python', 'py'],
    ]);
  });

  it('goes offline on a network failure, keeps the text, and saves the latest once it is back', async () => {
    const h = harness();
    h.fail(new ApiError(0, 'network', 'offline'));
    h.saver.update('c1', { language: 'python', code: 'v1' });
    await tick(800);
    expect(h.statuses).toContain('offline');
    expect(h.saved).toEqual([]);
    h.saver.update('c1', { language: 'python', code: 'v2' });
    expect(h.saver.readBackup('c1', 'python')).toEqual({ code: 'v2' });
    h.fail(undefined);
    await tick(3_000);
    expect(h.saved).toEqual([{ challengeId: 'c1', language: 'python', code: 'v2' }]);
    expect(h.saver.readBackup('c1', 'python')).toBeUndefined();
    expect(h.statuses.at(-1)).toBe('saved');
  });

  it('does not drop text typed while a save is in flight', async () => {
    const h = harness();
    h.holdSaves();
    h.saver.update('c1', { language: 'python', code: 'first' });
    await tick(800);
    h.saver.update('c1', { language: 'python', code: 'second' });
    h.release();
    await tick(0);
    expect(h.saver.hasPending).toBe(true);
    await tick(800);
    expect(h.saved.map((s) => s.code)).toEqual(['first', 'second']);
    expect(h.saver.hasPending).toBe(false);
  });

  it('stops saving once the server says time is up (409)', async () => {
    const h = harness();
    h.fail(new ApiError(409, 'deadline_passed', 'time is up'));
    h.saver.update('c1', { language: 'python', code: 'late' });
    await tick(800);
    expect(h.statuses.at(-1)).toBe('closed');
    h.fail(undefined);
    h.saver.update('c1', { language: 'python', code: 'later' });
    await tick(5_000);
    expect(h.saved).toEqual([]);
  });

  it('stops saving, keeping the local copy, once this browser is signed out (401)', async () => {
    const h = harness();
    h.fail(new ApiError(401, 'session_replaced', 'this attempt was continued in another browser'));
    h.saver.update('c1', { language: 'python', code: 'mine' });
    await tick(800);
    expect(h.statuses.at(-1)).toBe('signed_out');
    h.fail(undefined);
    h.saver.update('c1', { language: 'python', code: 'more' });
    await tick(5_000);
    expect(h.saved).toEqual([]);
    expect([...h.storage.values()].join()).toContain('mine');
  });
});
