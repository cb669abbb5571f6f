/**
 * Errors of the execution engine. A candidate's failure (compile error,
 * crash, timeout) is never one of these: it is a verdict in the run report.
 * These are for the engine itself and for jobs the engine refuses.
 */
export abstract class RunnerError extends Error {
  /**
   * Whether the same job may succeed if tried again later: true for faults of
   * the engine (unreachable, a container that died under us), false for
   * faults that repeat until someone acts (image not built, job refused).
   */
  abstract readonly retryable: boolean;

  constructor(
    /** Stable machine-readable code, e.g. `engine_unavailable`. */
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The Docker engine cannot be reached or failed in a way that is not the candidate's doing. */
export class EngineError extends RunnerError {
  readonly retryable = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super('engine_unavailable', message, options);
  }
}

/** The language's image is not built on this Docker host; retrying will not build it. */
export class ImageMissingError extends RunnerError {
  readonly retryable = false;

  constructor(
    readonly image: string,
    readonly language: string,
  ) {
    super('image_missing', `image ${image} for ${language} is not built: run \`npx assay images build --lang ${language}\``);
  }
}

/** The job itself is unacceptable (unknown language, source too large, limit above the maximum). */
export class InvalidJobError extends RunnerError {
  readonly retryable = false;

  constructor(
    message: string,
    readonly field?: string,
  ) {
    super('invalid_job', message);
  }
}

/** True when `error` is an engine fault worth another try later (see RunnerError.retryable). */
export function isRetryable(error: unknown): boolean {
  return error instanceof RunnerError && error.retryable;
}
