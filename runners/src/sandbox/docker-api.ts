import type Docker from 'dockerode';

/**
 * The part of the Docker engine API the sandbox uses, so the box lifecycle,
 * the warm pool and orphan removal can be unit-tested with fakes. dockerode's
 * `Docker` satisfies it as it is.
 */
export interface SandboxDocker {
  ping(): Promise<unknown>;
  /** Engine facts; the sandbox reads the registered runtimes. */
  info(): Promise<{ Runtimes?: Record<string, unknown> }>;
  getImage(ref: string): { inspect(): Promise<{ Id: string }> };
  createContainer(spec: Docker.ContainerCreateOptions): Promise<SandboxContainer>;
  getContainer(id: string): Pick<SandboxContainer, 'remove'>;
  listContainers(opts: { all: boolean; filters: { label: string[] } }): Promise<ContainerSummary[]>;
}

/** One created container, as the box lifecycle drives it. */
export interface SandboxContainer {
  readonly id: string;
  /** Hijacked stdin/stdout/stderr (Docker's multiplexed stream). */
  attach(opts: { stream: true; stdin: true; stdout: true; stderr: true; hijack: true }): Promise<NodeJS.ReadWriteStream>;
  start(): Promise<unknown>;
  inspect(): Promise<{ State?: { OOMKilled?: boolean; Running?: boolean } }>;
  remove(opts: { force: true; v: true }): Promise<unknown>;
}

/** What listing containers tells about each one. */
export interface ContainerSummary {
  Id: string;
  State: string;
  Labels: Record<string, string>;
}
