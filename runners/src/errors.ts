/**
 * Errors of the execution engine. A candidate's failure (compile error,
 * crash, timeout) is never one of these: it is a verdict in the run report.
 * These are for the engine itself and for jobs the engine refuses.
 */
export class RunnerError extends Error {
  /** True when the same job may succeed if tried again later (an engine fault, not the job's). */
  readonly retryable: boolean = false;

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
  override readonly retryable = true;

  constructor(message: string, options?: { cause?: unknown }) {
    super('engine_unavailable', message, options);
  }
}

/** The language's image is not built on this Docker host. */
export class ImageMissingError extends RunnerError {
  /** The image may be being built right now (`images build` on a fresh host). */
  override readonly retryable = true;

  constructor(readonly image: string, readonly language: string) {
    super('image_missing', `image ${image} for ${language} is not built: run \`npx assay images build --lang ${language}\``);
  }
}

/** The job itself is unacceptable (unknown language, source too large, limit above the maximum). */
export class InvalidJobError extends RunnerError {
  constructor(message: string, readonly field?: string) {
    super('invalid_job', message);
  }
}

/** Every run slot is taken and the wait line is full; the caller should retry later. */
export class RunnerBusyError extends RunnerError {
  override readonly retryable = true;

  constructor(message = 'all sandboxes are busy; try again shortly') {
    super('runner_busy', message);
  }
}
