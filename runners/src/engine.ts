import type { Logger } from 'pino';
import { EngineError } from './errors';
import { LanguageRegistry } from './languages/registry';
import type { LanguageId } from './languages/language.schema';
import { createRunner, type Runner } from './run/runner';
import type { Limits } from './run/limits';
import type { SandboxRuntime } from './sandbox/container-spec';
import type { SandboxDocker } from './sandbox/docker-api';
import { connectDocker } from './sandbox/docker-client';
import { removeOrphans } from './sandbox/orphans';

/** What a process that runs sandboxes chooses about them. */
export interface EngineConfig {
  /** Container runtime of every sandbox: runc (default) or gVisor's runsc. */
  runtime?: SandboxRuntime;
  /** Ready containers kept per warmed language (0 or unset: no pool). */
  warmPool?: number;
  /** Languages the pool keeps ready; default every language when warmPool > 0. */
  warmLanguages?: readonly LanguageId[];
  defaultLimits?: Limits;
  maxLimits?: Limits;
}

/** The sandbox engine of one process: the Docker connection, the languages and the runner. */
export interface Engine {
  docker: SandboxDocker;
  registry: LanguageRegistry;
  runner: Runner;
  /** Throws EngineError when the Docker engine stops answering (for readiness checks). */
  ping(): Promise<void>;
  /** Removes the pool's containers and those still being removed. */
  close(): Promise<void>;
}

/**
 * The one way into the sandbox for `serve`, `worker`, `run` and `validate`:
 * connects to Docker, checks the runtime is registered, loads the language
 * registry, removes containers orphaned by earlier processes, and creates
 * the runner with its warm pool. `deps` replaces the engine connection and
 * the registry in tests.
 */
export async function createEngine(config: EngineConfig, logger: Logger, deps: { docker?: SandboxDocker; registry?: LanguageRegistry } = {}): Promise<Engine> {
  const docker = deps.docker ?? (await connectDocker());
  const runtime = config.runtime ?? 'runc';
  await assertRuntime(docker, runtime);
  const registry = deps.registry ?? LanguageRegistry.load();
  await removeOrphans(docker, logger);
  const size = config.warmPool ?? 0;
  const warm = Object.fromEntries((config.warmLanguages ?? registry.all().map((l) => l.id)).map((id) => [id, size]));
  const runner = createRunner({ docker, logger, registry, warm, runtime, defaultLimits: config.defaultLimits, maxLimits: config.maxLimits });
  return {
    docker,
    registry,
    runner,
    async ping() {
      try {
        await docker.ping();
      } catch (error) {
        throw new EngineError(`the Docker engine does not answer: ${(error as Error).message}`, { cause: error });
      }
    },
    close: () => runner.close(),
  };
}

/** Fails fast, with the fix, when the engine does not know the runtime. */
async function assertRuntime(docker: SandboxDocker, runtime: SandboxRuntime): Promise<void> {
  if (runtime === 'runc') return;
  const info = await docker.info();
  if (!info.Runtimes || !(runtime in info.Runtimes)) {
    throw new EngineError(
      `ASSAY_RUNTIME=${runtime}: the Docker engine has no "${runtime}" runtime (it knows ${Object.keys(info.Runtimes ?? {}).join(', ') || 'none'}); ` +
        'run `bash scripts/ensure-docker.sh --with-runsc` (as root on Debian it installs and registers gVisor)',
    );
  }
}
