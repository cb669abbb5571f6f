import { Duplex } from 'node:stream';
import type Docker from 'dockerode';
import type { AgentJob } from '../sandbox/agent-protocol';
import type { ContainerSummary, SandboxContainer, SandboxDocker } from '../sandbox/docker-api';

/** One frame of Docker's multiplexed attach stream (kind 1 is stdout, 2 is stderr). */
export function frame(kind: 1 | 2, text: string): Buffer {
  const payload = Buffer.from(text, 'utf8');
  const header = Buffer.alloc(8);
  header[0] = kind;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

/**
 * The job as a fake agent sees it for one case: the real protocol sends each
 * input on its own, so `cases` holds that one case, named by its input text.
 */
export type FakeJob = AgentJob & { cases: { name: string; stdin: string }[] };

/**
 * How a fake container's agent answers one case: the lines it writes (its
 * `case` line with index 0), or null to die (the stream closes); maybe later.
 */
export type FakeAgent = (job: FakeJob) => object[] | null | Promise<object[] | null>;

/** An agent that runs every case fine and prints its name. */
export const okAgent: FakeAgent = (job) => [
  ...(job.compile ? [{ type: 'compile', nonce: job.nonce, ok: true, output: '', exitCode: 0, signal: null, timeMs: 1 }] : []),
  ...job.cases.map((c, index) => ({ type: 'case', nonce: job.nonce, index, status: 'ok', stdout: `${c.name}\n`, stderr: '', exitCode: 0, signal: null, timeMs: 1, memoryKb: 1 })),
  { type: 'done', nonce: job.nonce },
];

/** A container of the fake engine; `events` records its lifecycle in order. */
export class FakeContainer implements SandboxContainer {
  readonly events: string[] = [];
  readonly jobs: AgentJob[] = [];
  removed = false;
  oomKilled = false;
  /** Inspections that still see the container running after it died. */
  private exitRecordedAfter = 0;
  private stream: Duplex | null = null;

  constructor(
    readonly id: string,
    readonly spec: Docker.ContainerCreateOptions,
    private readonly engine: FakeDocker,
  ) {}

  async attach(): Promise<NodeJS.ReadWriteStream> {
    this.events.push('attach');
    let input = Buffer.alloc(0);
    let job: AgentJob | null = null;
    let header: { index: number; bytes: number } | null = null;
    this.stream = new Duplex({
      read() {},
      write: (chunk: Buffer, _encoding, done) => {
        input = Buffer.concat([input, chunk]);
        // The protocol: the job line, then per case an input header line and its raw bytes.
        for (;;) {
          if (header) {
            if (input.length < header.bytes) break;
            const text = input.subarray(0, header.bytes).toString('utf8');
            input = input.subarray(header.bytes);
            this.answer(job!, header.index, text);
            header = null;
            continue;
          }
          const newline = input.indexOf(10);
          if (newline < 0) break;
          const message = JSON.parse(input.subarray(0, newline).toString('utf8')) as AgentJob & { type?: string; index: number; bytes: number };
          input = input.subarray(newline + 1);
          if (message.type === 'input') header = message;
          else this.startJob((job = message));
        }
        done();
      },
    });
    return this.stream;
  }

  async start(): Promise<void> {
    this.events.push('start');
    if (this.engine.failStart) throw new Error('cannot start: no space left on device');
    if (this.engine.agentSaysReady) setImmediate(() => this.say({ type: 'ready' }));
  }

  async inspect(): Promise<{ State: { OOMKilled: boolean; Running: boolean } }> {
    if (this.removed) throw Object.assign(new Error('no such container'), { statusCode: 404 });
    // Until the engine has recorded the exit, it still says running and not (yet) OOMKilled.
    if (this.exitRecordedAfter > 0) {
      this.exitRecordedAfter--;
      return { State: { OOMKilled: false, Running: true } };
    }
    return { State: { OOMKilled: this.oomKilled, Running: false } };
  }

  async remove(): Promise<void> {
    this.events.push('remove');
    this.removed = true;
    this.stream?.push(null);
  }

  /** The container dies now (as when a case exhausts its memory). */
  die(oom = false): void {
    this.oomKilled = oom;
    this.exitRecordedAfter = this.engine.exitRecordedAfter;
    this.stream?.push(null);
  }

  private say(message: object): void {
    this.stream?.push(frame(1, `${JSON.stringify(message)}\n`));
  }

  private startJob(job: AgentJob): void {
    this.events.push('job');
    this.jobs.push(job);
    if (job.compile) this.say({ type: 'compile', nonce: job.nonce, ok: true, output: '', exitCode: 0, signal: null, timeMs: 1 });
    this.say({ type: 'await', nonce: job.nonce, index: 0 });
  }

  /** Runs one case through the engine's fake agent; its `case` line gets the real index. */
  private answer(job: AgentJob, index: number, text: string): void {
    const one: FakeJob = { ...job, compile: null, caseCount: 1, cases: [{ name: text, stdin: text }] };
    void Promise.resolve(this.engine.agent(one)).then((lines) =>
      setImmediate(() => {
        if (!lines) return this.die(this.engine.oomOnDeath);
        for (const line of lines as { type?: string }[]) if (line.type === 'case') this.say({ ...line, index });
        const last = index + 1 === job.caseCount;
        this.say(last ? { type: 'done', nonce: job.nonce } : { type: 'await', nonce: job.nonce, index: index + 1 });
      }),
    );
  }
}

/**
 * A Docker engine in memory with the parts of the API the sandbox uses:
 * images by reference, containers whose agent answers jobs as `agent` says.
 */
export class FakeDocker implements SandboxDocker {
  readonly containers: FakeContainer[] = [];
  /** Containers that `listContainers` reports (orphan removal). */
  listed: ContainerSummary[] = [];
  images = new Set<string>();
  runtimes: Record<string, unknown> = { runc: {} };
  agent: FakeAgent = okAgent;
  agentSaysReady = true;
  failStart = false;
  oomOnDeath = false;
  /** How many inspections of a dead container still find it running (the engine is slow to record exits). */
  exitRecordedAfter = 0;
  reachable = true;
  readonly removedIds: string[] = [];

  async ping(): Promise<void> {
    if (!this.reachable) throw new Error('connect ENOENT /var/run/docker.sock');
  }

  async info(): Promise<{ Runtimes: Record<string, unknown> }> {
    return { Runtimes: this.runtimes };
  }

  getImage(ref: string) {
    return {
      inspect: async () => {
        if (!this.reachable) throw new Error('connect ENOENT /var/run/docker.sock');
        if (!this.images.has(ref)) throw Object.assign(new Error(`no such image: ${ref}`), { statusCode: 404 });
        return { Id: `sha256:${ref}` };
      },
    };
  }

  async createContainer(spec: Docker.ContainerCreateOptions): Promise<FakeContainer> {
    if (!this.reachable) throw new Error('connect ENOENT /var/run/docker.sock');
    const container = new FakeContainer(`c${this.containers.length + 1}`, spec, this);
    container.events.push('create');
    this.containers.push(container);
    return container;
  }

  getContainer(id: string) {
    return {
      remove: async () => {
        this.removedIds.push(id);
      },
    };
  }

  async listContainers(): Promise<ContainerSummary[]> {
    return this.listed;
  }

  /** Containers created and not removed yet. */
  live(): FakeContainer[] {
    return this.containers.filter((c) => !c.removed);
  }
}
