import type Docker from 'dockerode';
import type { LanguageSpec } from '../languages/language.schema';
import type { Limits } from '../run/limits';

/** Label every sandbox container carries, so orphans can be found. */
export const SANDBOX_LABEL = 'assay.sandbox';
/** Label naming the process that owns a container: `<hostname>:<pid>`. */
export const OWNER_LABEL = 'assay.owner';

/** Container runtimes a sandbox can run under: runc (the engine's default) or gVisor's runsc. */
export const RUNTIMES = ['runc', 'runsc'] as const;
export type SandboxRuntime = (typeof RUNTIMES)[number];

/** The container-level part of the limits: fixed when a container is created. */
export type ContainerProfile = Pick<Limits, 'memoryMb' | 'cpus' | 'pids' | 'openFiles' | 'diskMb'>;

export function profileOf(limits: Limits, language: LanguageSpec): ContainerProfile {
  return {
    memoryMb: Math.max(limits.memoryMb, language.minMemoryMb ?? 0),
    cpus: limits.cpus,
    pids: limits.pids,
    openFiles: limits.openFiles,
    diskMb: limits.diskMb,
  };
}

export function profileKey(language: string, profile: ContainerProfile): string {
  return `${language}:${profile.memoryMb}m:${profile.cpus}c:${profile.pids}p:${profile.openFiles}f:${profile.diskMb}d`;
}

/** The environment every program in a sandbox gets: this, plus the language's own; never the host's. */
export function sandboxEnv(language: LanguageSpec): Record<string, string> {
  return { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/tmp', LANG: 'C.UTF-8', ...language.env };
}

/**
 * Host tasks a gVisor sandbox needs besides the candidate's own: the Sentry's
 * threads (about 40 idle) and, on the ptrace platform, a stub per candidate
 * thread or process. Under runsc the host pids cap is `pids * 8 + this` (measured: 64 sleeping processes hold about 365 host tasks), and the
 * candidate's own bound is RLIMIT_NPROC = pids, which gVisor counts inside
 * the sandbox (under runc that limit is per host user, so it is not used).
 */
const RUNSC_HOST_TASKS = 128;
/** Memory the agent (PID 1) needs besides the candidate's program, MiB. */
const AGENT_HEADROOM_MB = 32;
const NOBODY = '65534';

/**
 * Create options for one sandbox: no network, read-only root, a tmpfs at
 * /tmp as the only writable place (it counts against the memory cap),
 * uid 65534, no capabilities, no-new-privileges, the project's seccomp
 * profile, no pseudo-terminals, memory without swap, CPU quota, pids and
 * open-files caps, no logs kept, no host environment.
 */
export function containerSpec(opts: {
  imageId: string;
  language: LanguageSpec;
  profile: ContainerProfile;
  owner: string;
  idleSeconds: number;
  /** Start the language's zygote right away (pooled containers have time to spare). */
  eagerZygote?: boolean;
  /** The seccomp profile as JSON text (loadSeccompProfile). */
  seccomp: string;
  /** Container runtime; runc unless set. */
  runtime?: SandboxRuntime;
}): Docker.ContainerCreateOptions {
  const { profile } = opts;
  const gvisor = opts.runtime === 'runsc';
  const memoryBytes = (profile.memoryMb + profile.diskMb + AGENT_HEADROOM_MB) * 1024 * 1024;
  return {
    Image: opts.imageId,
    Labels: { [SANDBOX_LABEL]: '1', [OWNER_LABEL]: opts.owner, 'assay.language': opts.language.id },
    User: `${NOBODY}:${NOBODY}`,
    WorkingDir: '/tmp',
    Env: [
      'PATH=/usr/local/bin:/usr/bin:/bin',
      'HOME=/tmp',
      'LANG=C.UTF-8',
      `ASSAY_IDLE_SECONDS=${opts.idleSeconds}`,
      ...(opts.language.zygote ? [`ASSAY_ZYGOTE=${JSON.stringify({ argv: opts.language.zygote, env: sandboxEnv(opts.language) })}`] : []),
      ...(opts.language.zygote && opts.eagerZygote ? ['ASSAY_ZYGOTE_EAGER=1'] : []),
    ],
    AttachStdin: true,
    AttachStdout: true,
    AttachStderr: true,
    OpenStdin: true,
    StdinOnce: true,
    Tty: false,
    NetworkDisabled: true,
    HostConfig: {
      NetworkMode: 'none',
      ReadonlyRootfs: true,
      CapDrop: ['ALL'],
      SecurityOpt: ['no-new-privileges', `seccomp=${opts.seccomp}`],
      ...(gvisor ? { Runtime: 'runsc' } : {}),
      Privileged: false,
      Memory: memoryBytes,
      MemorySwap: memoryBytes,
      MemorySwappiness: 0,
      NanoCpus: Math.round(profile.cpus * 1e9),
      PidsLimit: gvisor ? profile.pids * 8 + RUNSC_HOST_TASKS : profile.pids,
      Ulimits: [
        { Name: 'nofile', Soft: profile.openFiles, Hard: profile.openFiles },
        { Name: 'core', Soft: 0, Hard: 0 },
        ...(gvisor ? [{ Name: 'nproc', Soft: profile.pids, Hard: profile.pids }] : []),
      ],
      Tmpfs: {
        '/tmp': `rw,exec,nosuid,nodev,size=${profile.diskMb}m,uid=${NOBODY},gid=${NOBODY},mode=0700`,
        // An empty read-only tmpfs replaces the devpts mount: /dev/ptmx (a link
        // into it) then leads nowhere, so no case can drain the host's pty pool.
        '/dev/pts': 'ro,nosuid,nodev,noexec,size=4k,mode=0555',
      },
      IpcMode: 'private',
      LogConfig: { Type: 'none', Config: {} },
      AutoRemove: false,
      Init: false,
    },
  };
}
