import type { Duplex } from 'node:stream';
import { AgentMessageSchema, type AgentInput, type AgentJob, type AgentMessage } from './agent-protocol';
import type { SandboxContainer } from './docker-api';

/** What waiting for the agent's next line can end in, besides a message. */
export type NextResult = AgentMessage | { type: 'timeout' } | { type: 'closed' };

const STDERR_CAP = 16 * 1024;

/**
 * One started sandbox container with its stdin/stdout attached. Used for
 * exactly one job, then destroyed. Reads the multiplexed attach stream
 * itself: stdout carries the agent's JSON lines, stderr is kept (capped)
 * only to explain an agent that died.
 */
export class Box {
  private readonly queue: NextResult[] = [];
  private waiter: ((r: NextResult) => void) | null = null;
  private pending: Buffer = Buffer.alloc(0);
  /** Pieces of the agent's current, unfinished stdout line (a case report can be megabytes). */
  private lineParts: string[] = [];
  private closedFlag = false;
  private destroyed: Promise<void> | null = null;
  /** The agent's own stderr, for diagnosing an engine fault. */
  agentStderr = '';
  /** Set once the job is sent; a `ready` arriving after that is not queued. */
  used = false;
  /** The agent has said it is up. */
  ready = false;

  constructor(
    readonly container: SandboxContainer,
    readonly imageId: string,
    readonly key: string,
    private readonly stream: Duplex,
  ) {
    stream.on('data', (chunk: Buffer) => this.onData(chunk));
    const close = () => this.onClose();
    stream.on('end', close);
    stream.on('close', close);
    stream.on('error', close);
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  /** Sends the job; the container is marked used and never serves another. */
  send(job: AgentJob): void {
    this.used = true;
    const pending = this.queue.filter((m) => m.type !== 'ready'); // from here on only the job's messages count
    this.queue.splice(0, this.queue.length, ...pending);
    this.stream.write(`${JSON.stringify(job)}\n`);
  }

  /** Sends one case's input (after the agent's `await` for it): a header line, then the raw bytes. */
  sendInput(index: number, input: Buffer): void {
    const header: AgentInput = { type: 'input', index, bytes: input.length };
    this.stream.write(`${JSON.stringify(header)}\n`);
    this.stream.write(input);
  }

  /** The agent's next message, or `timeout` after `timeoutMs`, or `closed` if the container went away. */
  next(timeoutMs: number): Promise<NextResult> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve(queued);
    if (this.closedFlag) return Promise.resolve({ type: 'closed' });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        resolve({ type: 'timeout' });
      }, timeoutMs);
      this.waiter = (r) => {
        clearTimeout(timer);
        this.waiter = null;
        resolve(r);
      };
    });
  }

  /** Kills and removes the container; safe to call more than once. */
  destroy(): Promise<void> {
    this.destroyed ??= (async () => {
      this.stream.destroy();
      try {
        await this.container.remove({ force: true, v: true });
      } catch (error) {
        if ((error as { statusCode?: number }).statusCode !== 404) throw error;
      }
    })();
    return this.destroyed;
  }

  private push(result: NextResult): void {
    if (this.waiter) this.waiter(result);
    else this.queue.push(result);
  }

  private onData(chunk: Buffer): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    // Docker's multiplexed frames: [stream, 0, 0, 0, size (uint32 BE)] + payload.
    while (this.pending.length >= 8) {
      const size = this.pending.readUInt32BE(4);
      if (this.pending.length < 8 + size) break;
      const kind = this.pending[0];
      const payload = this.pending.subarray(8, 8 + size);
      this.pending = this.pending.subarray(8 + size);
      if (kind === 1) this.onStdout(payload.toString('utf8'));
      else if (this.agentStderr.length < STDERR_CAP) this.agentStderr += payload.toString('utf8');
    }
  }

  private onStdout(text: string): void {
    // Only the new text is searched for newlines: rescanning the whole pending
    // line on every chunk made a multi-megabyte report cost seconds.
    let start = 0;
    let newline: number;
    while ((newline = text.indexOf('\n', start)) >= 0) {
      this.lineParts.push(text.slice(start, newline));
      const raw = this.lineParts.join('');
      this.lineParts = [];
      start = newline + 1;
      this.onLine(raw);
    }
    if (start < text.length) this.lineParts.push(text.slice(start));
  }

  private onLine(raw: string): void {
    let parsed;
    try {
      parsed = AgentMessageSchema.safeParse(JSON.parse(raw));
    } catch {
      parsed = null;
    }
    // The agent writes only well-formed lines; anything else means the channel is not the agent's.
    if (parsed?.success) {
      if (parsed.data.type === 'ready') this.ready = true;
      if (parsed.data.type !== 'ready' || !this.used) this.push(parsed.data);
    } else if (this.agentStderr.length < STDERR_CAP) {
      this.agentStderr += `unparseable agent line: ${raw.slice(0, 200)}\n`;
    }
  }

  private onClose(): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    this.push({ type: 'closed' });
  }
}
