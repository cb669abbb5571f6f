import { Duplex } from 'node:stream';
import type { AgentJob } from './agent-protocol';
import { Box } from './box';
import type { SandboxContainer } from './docker-api';

/** One frame of Docker's multiplexed attach stream: kind 1 is stdout, 2 is stderr. */
function frame(kind: 1 | 2, text: string): Buffer {
  const payload = Buffer.from(text, 'utf8');
  const header = Buffer.alloc(8);
  header[0] = kind;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

const CASE = { type: 'case', nonce: 'n1', index: 0, status: 'ok', stdout: '42\n', stderr: '', exitCode: 0, signal: null, timeMs: 3, memoryKb: 100 };
const line = (message: object) => `${JSON.stringify(message)}\n`;

/** A Box on a fake attach stream; `feed` pushes bytes from the "container", `written` holds what the Box sent. */
function fakeBox(container: Partial<SandboxContainer> = {}) {
  const written: string[] = [];
  const stream = new Duplex({
    read() {},
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString('utf8'));
      done();
    },
  });
  const box = new Box(container as SandboxContainer, 'sha256:test', 'python:key', stream);
  const feed = (...chunks: Buffer[]) => chunks.forEach((c) => stream.push(c));
  return { box, feed, written, end: () => stream.push(null) };
}

describe('Box reading the attach stream', () => {
  it('delivers a message whose frame arrives split across chunks, header included', async () => {
    const { box, feed } = fakeBox();
    const bytes = frame(1, line(CASE));
    feed(bytes.subarray(0, 3), bytes.subarray(3, 20), bytes.subarray(20));
    expect(await box.next(1_000)).toEqual(CASE);
  });

  it('delivers a line that spans several frames', async () => {
    const { box, feed } = fakeBox();
    const text = line(CASE);
    feed(frame(1, text.slice(0, 10)), frame(1, text.slice(10, 30)), frame(1, text.slice(30)));
    expect(await box.next(1_000)).toEqual(CASE);
  });

  it('delivers several lines from one frame in order', async () => {
    const { box, feed } = fakeBox();
    feed(frame(1, line({ type: 'ready' }) + line(CASE) + line({ type: 'done', nonce: 'n1' })));
    expect([await box.next(1_000), await box.next(1_000), await box.next(1_000)].map((m) => m.type)).toEqual(['ready', 'case', 'done']);
  });

  it('keeps stderr frames as the agent stderr, never as messages', async () => {
    const { box, feed } = fakeBox();
    feed(frame(2, line(CASE)), frame(2, 'Traceback: agent trouble\n'), frame(1, line({ type: 'done', nonce: 'n1' })));
    expect(await box.next(1_000)).toEqual({ type: 'done', nonce: 'n1' });
    expect(box.agentStderr).toContain('agent trouble');
  });

  it('ignores an unparseable stdout line and delivers the next one', async () => {
    const { box, feed } = fakeBox();
    feed(frame(1, 'not json at all\n' + line({ type: 'case', status: 'ok' }) + line(CASE)));
    expect(await box.next(1_000)).toEqual(CASE);
    expect(box.agentStderr).toContain('unparseable agent line: not json at all');
  });

  it('answers closed once the stream ends, and again on every later call', async () => {
    const { box, end } = fakeBox();
    const pending = box.next(1_000);
    end();
    expect(await pending).toEqual({ type: 'closed' });
    expect(await box.next(1_000)).toEqual({ type: 'closed' });
    expect(box.closed).toBe(true);
  });

  it('answers timeout when nothing arrives in time, and keeps a later message for the next call', async () => {
    const { box, feed } = fakeBox();
    expect(await box.next(20)).toEqual({ type: 'timeout' });
    feed(frame(1, line(CASE)));
    expect(await box.next(1_000)).toEqual(CASE);
  });

  it('parses a multi-megabyte report line, searching each character for the line end once (linear cost)', async () => {
    const { box, feed } = fakeBox();
    const report = { ...CASE, stdout: '\uFFFD'.repeat(4 * 1024 * 1024) }; // JSON escapes it to 24 MiB of text
    const text = JSON.stringify(report).replace(/\uFFFD/g, '\\ufffd') + '\n';
    // Counts the characters newline searches go over, not the time: the quadratic splitter rescanned the pending line on every chunk.
    const indexOf = String.prototype.indexOf;
    let searched = 0;
    const spy = jest.spyOn(String.prototype, 'indexOf').mockImplementation(function (this: string, search: string, from?: number) {
      if (search === '\n') searched += this.length - (from ?? 0);
      return indexOf.call(this, search, from);
    });
    try {
      for (let i = 0; i < text.length; i += 32 * 1024) feed(frame(1, text.slice(i, i + 32 * 1024)));
      expect(await box.next(10_000)).toEqual(report);
    } finally {
      spy.mockRestore();
    }
    expect(searched).toBeLessThanOrEqual(text.length);
  });
});

describe('Box sending a job', () => {
  const job = { nonce: 'n1', cases: [] } as unknown as AgentJob;

  it('writes the job as one JSON line', () => {
    const { box, written } = fakeBox();
    box.send(job);
    expect(written).toEqual([`${JSON.stringify(job)}\n`]);
    expect(box.used).toBe(true);
  });

  it("writes a case's input as a header line, then its raw bytes", () => {
    const { box, written } = fakeBox();
    box.sendInput(2, Buffer.from('héllo\n'));
    expect(written).toEqual(['{"type":"input","index":2,"bytes":7}\n', 'héllo\n']);
  });

  it('drops a ready that was waiting, and one that arrives after the job was sent', async () => {
    const { box, feed } = fakeBox();
    feed(frame(1, line({ type: 'ready' })));
    await new Promise((r) => setImmediate(r));
    box.send(job);
    feed(frame(1, line({ type: 'ready' }) + line(CASE)));
    expect(await box.next(1_000)).toEqual(CASE);
    expect(box.ready).toBe(true);
  });
});

describe('Box.destroy', () => {
  it('force-removes the container once, however often it is called', async () => {
    const remove = jest.fn().mockResolvedValue(undefined);
    const { box } = fakeBox({ remove });
    await Promise.all([box.destroy(), box.destroy()]);
    expect(remove).toHaveBeenCalledTimes(1);
    expect(remove).toHaveBeenCalledWith({ force: true, v: true });
  });

  it('treats a container that is already gone as removed', async () => {
    const remove = jest.fn().mockRejectedValue(Object.assign(new Error('no such container'), { statusCode: 404 }));
    await expect(fakeBox({ remove }).box.destroy()).resolves.toBeUndefined();
  });
});
