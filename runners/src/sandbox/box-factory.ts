import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { EngineError, ImageMissingError } from '../errors';
import { imageRef, type LanguageSpec } from '../languages/language.schema';
import { Box } from './box';
import { containerSpec, profileKey, type ContainerProfile, type SandboxRuntime } from './container-spec';
import type { SandboxContainer, SandboxDocker } from './docker-api';

/** How long a started agent may take to say it is ready, ms. */
const READY_TIMEOUT_MS = 20_000;
/** How long an image id stays cached before it is looked up again, ms. */
const IMAGE_TTL_MS = 5_000;

export interface BoxFactoryDeps {
  docker: SandboxDocker;
  logger: Logger;
  /** `<hostname>:<pid>` of this process, written on every container. */
  owner: string;
  /** An unused container's agent exits after this many seconds. */
  idleSeconds?: number;
  /** The seccomp profile as JSON text, applied to every container. */
  seccomp: string;
  /** Container runtime (default runc). */
  runtime?: SandboxRuntime;
}

/** Creates started, attached, ready sandbox containers. */
export class BoxFactory {
  private readonly images = new Map<string, { id: string; at: number }>();

  constructor(private readonly deps: BoxFactoryDeps) {}

  /** Resolves the language's image (`imageRef`) to its id, or throws ImageMissingError. */
  async imageId(language: LanguageSpec): Promise<string> {
    const cached = this.images.get(imageRef(language));
    if (cached && Date.now() - cached.at < IMAGE_TTL_MS) return cached.id;
    try {
      const info = await this.deps.docker.getImage(imageRef(language)).inspect();
      this.images.set(imageRef(language), { id: info.Id, at: Date.now() });
      return info.Id;
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) throw new ImageMissingError(imageRef(language), language.id);
      throw new EngineError(`cannot reach the Docker engine: ${(error as Error).message}`, { cause: error });
    }
  }

  /**
   * create → attach → start, then (for the pool) wait for the agent's
   * `ready`. A cold run skips that wait: its job waits in the container's
   * stdin and the agent reads it as soon as it is up.
   */
  async create(language: LanguageSpec, profile: ContainerProfile, opts: { waitReady?: boolean } = {}): Promise<Box> {
    const imageId = await this.imageId(language);
    const spec = containerSpec({
      imageId,
      language,
      profile,
      owner: this.deps.owner,
      idleSeconds: this.deps.idleSeconds ?? 900,
      eagerZygote: opts.waitReady ?? true,
      seccomp: this.deps.seccomp,
      runtime: this.deps.runtime,
    });
    let container: SandboxContainer;
    try {
      container = await this.deps.docker.createContainer(spec);
    } catch (error) {
      throw new EngineError(`cannot create a ${language.id} sandbox: ${(error as Error).message}`, { cause: error });
    }
    let box: Box | undefined;
    try {
      const stream = (await container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true })) as unknown as Duplex;
      box = new Box(container, imageId, profileKey(language.id, profile), stream);
      await container.start();
      if (opts.waitReady ?? true) {
        const first = await box.next(READY_TIMEOUT_MS);
        if (first.type !== 'ready') {
          throw new EngineError(`the ${language.id} sandbox did not start (${first.type}): ${box.agentStderr.slice(0, 500)}`);
        }
      }
      return box;
    } catch (error) {
      void (box ? box.destroy() : container.remove({ force: true, v: true })).catch(() => undefined);
      if (error instanceof EngineError) throw error;
      throw new EngineError(`cannot start a ${language.id} sandbox: ${(error as Error).message}`, { cause: error });
    }
  }
}
