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

/** How a fake container's agent answers a job: the lines it writes, or null to die (the stream closes); maybe later. */
export type FakeAgent = (job: AgentJob) => object[] | null | Promise<object[] | null>;

/** An agent that runs every case fine and prints its name. */
export const okAgent: FakeAgent = (job) => [
  ...(job.compile ? [{ type: 'compile', nonce: job.nonce, ok: true, output: '', exitCode: 0, signal: null, timeMs: 1 }] : []),
  ...job.cases.map((c, index) => ({
    type: 'case',
    nonce: job.nonce,
    index,
    name: c.name,
    status: 'ok',
    stdout: `${c.name}\n`,
    stderr: '',
    exitCode: 0,
    signal: null,
    timeMs: 1,
    memoryKb: 1,
  })),
  { type: 'done', nonce: job.nonce },
];

/** A container of the fake engine; `events` records its lifecycle in order. */
export class FakeContainer implements SandboxContainer {
  readonly events: string[] = [];
  readonly jobs: AgentJob[] = [];
  removed = false;
  oomKilled = false;
  private stream: Duplex | null = null;

  constructor(
    readonly id: string,
    readonly spec: Docker.ContainerCreateOptions,
    private readonly engine: FakeDocker,
  ) {}

  async attach(): Promise<NodeJS.ReadWriteStream> {
    this.events.push('attach');
    let input = '';
    this.stream = new Duplex({
      read() {},
      write: (chunk: Buffer, _encoding, done) => {
        input += chunk.toString('utf8');
        const newline = input.indexOf('\n');
        if (newline >= 0) this.answer(JSON.parse(input.slice(0, newline)) as AgentJob);
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

  async inspect(): Promise<{ State: { OOMKilled: boolean } }> {
    if (this.removed) throw Object.assign(new Error('no such container'), { statusCode: 404 });
    return { State: { OOMKilled: this.oomKilled } };
  }

  async remove(): Promise<void> {
    this.events.push('remove');
    this.removed = true;
    this.stream?.push(null);
  }

  /** The container dies now (as when a case exhausts its memory). */
  die(oom = false): void {
    this.oomKilled = oom;
    this.stream?.push(null);
  }

  private say(message: object): void {
    this.stream?.push(frame(1, `${JSON.stringify(message)}\n`));
  }

  private answer(job: AgentJob): void {
    this.events.push('job');
    this.jobs.push(job);
    void Promise.resolve(this.engine.agent(job)).then((lines) => setImmediate(() => (lines ? lines.forEach((l) => this.say(l)) : this.die(this.engine.oomOnDeath))));
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
