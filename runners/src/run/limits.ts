import { z } from 'zod';
import { InvalidJobError } from '../errors';

/** Resource limits of one run. Every default is the strict one. */
export const LimitsSchema = z.strictObject({
  /** Wall-clock time per case, ms. */
  timeMs: z.number().int().positive(),
  /** Wall-clock time for the compile step, ms. */
  compileTimeMs: z.number().int().positive(),
  /** Memory of the whole sandbox (no swap), MiB. */
  memoryMb: z.number().int().positive(),
  /** CPU quota, in cores. */
  cpus: z.number().positive(),
  /** Processes and threads alive at once. */
  pids: z.number().int().positive(),
  /** Open file descriptors per process. */
  openFiles: z.number().int().positive(),
  /** Captured stdout per case, bytes; more is `output_limit`. */
  stdoutBytes: z.number().int().positive(),
  /** Captured stderr per case, bytes; more is cut off. */
  stderrBytes: z.number().int().positive(),
  /** Captured compiler output, bytes. */
  compileOutputBytes: z.number().int().positive(),
  /** Writable scratch space (tmpfs at /tmp), MiB. */
  diskMb: z.number().int().positive(),
});
export type Limits = z.infer<typeof LimitsSchema>;

/** What a job gets when it asks for nothing. */
export const DEFAULT_LIMITS: Limits = {
  timeMs: 2_000,
  compileTimeMs: 15_000,
  memoryMb: 256,
  cpus: 1,
  pids: 64,
  openFiles: 64,
  stdoutBytes: 64 * 1024,
  stderrBytes: 16 * 1024,
  compileOutputBytes: 16 * 1024,
  diskMb: 64,
};

/** The most any job may ask for; set by the server operator, not by challenges. */
export const MAX_LIMITS: Limits = {
  timeMs: 15_000,
  compileTimeMs: 60_000,
  memoryMb: 2_048,
  cpus: 2,
  pids: 256,
  openFiles: 1_024,
  stdoutBytes: 4 * 1024 * 1024,
  stderrBytes: 1024 * 1024,
  compileOutputBytes: 256 * 1024,
  diskMb: 512,
};

/** Largest accepted source, bytes of UTF-8. */
export const MAX_SOURCE_BYTES = 256 * 1024;
/** Most cases in one job. */
export const MAX_CASES = 500;

/**
 * Merges a job's overrides over `defaults` (an undefined override keeps the
 * default), refusing any value above `maxima` with an error naming the field.
 */
export function resolveLimits(overrides: Partial<Limits> | undefined, defaults = DEFAULT_LIMITS, maxima = MAX_LIMITS): Limits {
  const given = Object.entries(overrides ?? {}).filter(([, value]) => value !== undefined);
  const merged: Limits = { ...defaults, ...Object.fromEntries(given) };
  for (const key of Object.keys(merged) as (keyof Limits)[]) {
    if (merged[key] > maxima[key]) {
      throw new InvalidJobError(`limits.${key} is ${merged[key]}, above the server maximum of ${maxima[key]}`, `limits.${key}`);
    }
  }
  return merged;
}
