/** The execution engine: run untrusted code in per-language Docker sandboxes. */
export { createEngine, type Engine, type EngineConfig } from './engine';
export { createRunner, type Runner, type RunnerOptions } from './run/runner';
export { boundedRunner } from './run/bounded';
export * from './run/job.schema';
export { DEFAULT_LIMITS, MAX_LIMITS, MAX_SOURCE_BYTES, MAX_CASES, LimitsSchema, resolveLimits, type Limits } from './run/limits';
export { LanguageRegistry, DOCKER_DIR } from './languages/registry';
export { LANGUAGE_IDS, LanguageIdSchema, imageRef, type LanguageId, type LanguageSpec } from './languages/language.schema';
export { RunnerError, EngineError, ImageMissingError, InvalidJobError, isRetryable } from './errors';
export { removeOrphans } from './sandbox/orphans';
export { SANDBOX_LABEL, RUNTIMES, type SandboxRuntime } from './sandbox/container-spec';
export type { SandboxDocker, SandboxContainer } from './sandbox/docker-api';
export { connectDocker } from './sandbox/docker-client';
export { ImageBuilder, type ImageStatus } from './images/image-builder';
export { benchRunner, type RunnerBenchResult } from './bench/runner-bench';
export { benchCaseCosts, BENCH_CASES, type CaseCost } from './bench/case-cost-bench';
export { benchRuntimes, type RuntimeBenchResult } from './bench/runtime-bench';
export { percentile, round1 } from './bench/stats';
export * from './functions';
