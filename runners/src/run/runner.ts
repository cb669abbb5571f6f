import os from 'node:os';
import type { Logger } from 'pino';
import { InvalidJobError } from '../errors';
import type { LanguageRegistry } from '../languages/registry';
import { imageRef } from '../languages/language.schema';
import type { Box } from '../sandbox/box';
import { BoxFactory } from '../sandbox/box-factory';
import { profileKey, profileOf, type SandboxRuntime } from '../sandbox/container-spec';
import type { SandboxDocker } from '../sandbox/docker-api';
import { loadSeccompProfile } from '../sandbox/seccomp-profile';
import { WarmPool } from '../sandbox/warm-pool';
import { RunJobSchema, type CaseReport, type CompileReport, type RunJob, type RunReport } from './job.schema';
import { DEFAULT_LIMITS, MAX_CASES, MAX_LIMITS, MAX_SOURCE_BYTES, resolveLimits, type Limits } from './limits';
import { checkMode, executeInBox } from './execute';

export interface RunnerOptions {
  docker: SandboxDocker;
  logger: Logger;
  registry: LanguageRegistry;
  /** Defaults applied to every job; each within `maxLimits`. */
  defaultLimits?: Limits;
  maxLimits?: Limits;
  /** Ready containers kept per language for the default limits (0 turns the pool off). */
  warm?: Partial<Record<string, number>>;
  /** Container runtime of every sandbox (default runc). */
  runtime?: SandboxRuntime;
  /** The seccomp profile as JSON text (default: the project's, loadSeccompProfile). */
  seccomp?: string;
}

export interface Runner {
  /**
   * Runs one job in fresh containers and reports every case. Runs as many
   * jobs at once as it is given: the caller (the server's queue, the CLI)
   * bounds how many are in flight.
   */
  run(job: RunJob): Promise<RunReport>;
  /** Waits until the warm pool is full. */
  warmed(): Promise<void>;
  /** Waits until the pool is full and no container is being removed (benchmarks measure a quiet engine). */
  settled(): Promise<void>;
  /** Removes waiting and finishing containers. */
  close(): Promise<void>;
}

/** Wires a runner: the box factory, the warm pool, and job validation. */
export function createRunner(opts: RunnerOptions): Runner {
  const log = opts.logger.child({ module: 'runner' });
  const owner = `${os.hostname()}:${process.pid}`;
  const seccomp = opts.seccomp ?? loadSeccompProfile();
  const factory = new BoxFactory({ docker: opts.docker, logger: log, owner, seccomp, runtime: opts.runtime });
  const pool = new WarmPool(factory, log);
  const defaults = opts.defaultLimits ?? DEFAULT_LIMITS;
  const maxima = opts.maxLimits ?? MAX_LIMITS;
  const removals = new Set<Promise<void>>();

  for (const [id, size] of Object.entries(opts.warm ?? {})) {
    if (size && size > 0) {
      const language = opts.registry.get(id);
      pool.keep(language, profileOf(defaults, language), size);
    }
  }

  const discard = (box: Box): void => {
    const removal = box.destroy().catch((error: Error) => log.warn({ err: error }, 'sandbox removal failed'));
    removals.add(removal);
    void removal.finally(() => removals.delete(removal));
  };

  async function run(input: RunJob): Promise<RunReport> {
    const job = parseJob(input);
    const language = opts.registry.get(job.language);
    const limits = resolveLimits(job.limits, defaults, maxima);
    checkMode(job, language);
    const profile = profileOf(limits, language);
    const key = profileKey(language.id, profile);
    const started = performance.now();
    const cases: CaseReport[] = [];
    let compile: CompileReport | null = null;
    let imageId = '';
    let containers = 0;
    let compiles = 0;
    // Each pass gets a fresh container; a pass that loses its container to a
    // runaway case records that case and the next pass carries on after it.
    try {
      while (cases.length < job.cases.length) {
        const box = pool.take(key) ?? (await factory.create(language, profile, { waitReady: false }));
        imageId = box.imageId;
        containers += 1;
        try {
          const pass = await executeInBox(box, { job, language, limits, offset: cases.length });
          if (pass.compiled) compiles += 1;
          compile = pass.compile ?? compile;
          cases.push(...pass.cases);
          if (pass.compile && !pass.compile.ok) break;
        } finally {
          discard(box);
        }
      }
    } finally {
      pool.refill(key); // the boxes this job took are replaced now that it no longer runs beside them
    }
    const report: RunReport = {
      language: language.id,
      image: imageRef(language),
      imageId,
      compile,
      cases,
      timeMs: round(performance.now() - started),
      containers,
      compiles,
    };
    log.debug({ language: language.id, cases: cases.length, timeMs: report.timeMs }, 'run finished');
    return report;
  }

  return {
    run,
    warmed: () => pool.ready(),
    async settled() {
      await pool.ready();
      while (removals.size) await Promise.allSettled([...removals]);
    },
    async close() {
      await pool.stop();
      await Promise.allSettled([...removals]);
    },
  };
}

function parseJob(input: RunJob): RunJob {
  const parsed = RunJobSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    throw new InvalidJobError(`${field || 'job'}: ${issue.message}`, field);
  }
  const job = parsed.data;
  const size = Buffer.byteLength(job.code, 'utf8');
  if (size > MAX_SOURCE_BYTES) {
    throw new InvalidJobError(`code is ${size} bytes; the limit is ${MAX_SOURCE_BYTES} bytes`, 'code');
  }
  if (job.cases.length > MAX_CASES) {
    throw new InvalidJobError(`${job.cases.length} cases; the limit is ${MAX_CASES}`, 'cases');
  }
  return job;
}

export function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
