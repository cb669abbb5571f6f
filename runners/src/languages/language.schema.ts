import { z } from 'zod';

/** The six language ids Assay runs, exactly these strings. */
export const LANGUAGE_IDS = ['python', 'javascript', 'typescript', 'java', 'cpp', 'go'] as const;
export const LanguageIdSchema = z.enum(LANGUAGE_IDS);
export type LanguageId = z.infer<typeof LanguageIdSchema>;

const Argv = z.array(z.string().min(1)).min(1);

/**
 * `docker/<id>/language.json`: how a language is built and run inside its
 * image. `{entry}` in function-mode strings is replaced by the entry name,
 * which the runner has already checked is a plain identifier.
 */
export const LanguageSpecSchema = z.strictObject({
  id: LanguageIdSchema,
  /** Human name, shown in pickers and reports. */
  name: z.string().min(1),
  /** Image repository; the tag is `tag` (see `imageRef`). */
  image: z.string().regex(/^[a-z0-9][a-z0-9._/-]*$/),
  /**
   * Image tag, `latest` unless the registry was loaded with another
   * (`ASSAY_IMAGE_TAG`: two checkouts with different harnesses can share one
   * Docker engine without rebuilding each other's images).
   */
  tag: z
    .string()
    .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/)
    .default('latest'),
  /** File name the candidate's source is written to, inside the work dir. */
  sourceFile: z.string().regex(/^[A-Za-z0-9_.-]+$/),
  /**
   * The file the cases run when it is not `sourceFile`: what the compile
   * step writes (TypeScript's `main.js`). A zygote loads this one.
   */
  runFile: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/)
    .optional(),
  /** Compiler argv, or null for interpreted languages. */
  compile: Argv.nullable(),
  /**
   * Argv that runs the program in stdio mode. A runtime with its own heap cap
   * gets it raised to the sandbox's memory or beyond (JVM `-Xmx3g`, above the
   * largest sandbox: a heap of exactly the sandbox's size can fill before the
   * kernel's cap, with the runtime's own memory beside it, is reached; V8
   * `--max-old-space-size-percentage=100`): the kernel's cap then decides,
   * and an overrun is `memory_limit`, not a crash at a fraction of the limit.
   */
  run: Argv,
  /** Function mode, or null when this language supports stdio only. */
  function: z
    .strictObject({
      run: Argv,
      /** Text appended to the source so the harness can find the entry function. */
      appendSource: z.string().optional(),
      /**
       * `required`: the driver is generated from the job's signature, which
       * must be given (Java, C++, Go). `optional`: the shared harness calls
       * the entry with plain JSON values, typed when a signature is given.
       */
      signature: z.enum(['required', 'optional']).default('optional'),
      /** The candidate's file in function mode when it differs from `sourceFile` (Java: `Solution.java`). */
      sourceFile: z
        .string()
        .regex(/^[A-Za-z0-9_.-]+$/)
        .optional(),
      /** Compile argv in function mode when it differs (it builds the driver too). */
      compile: Argv.optional(),
    })
    .nullable(),
  /**
   * Optional pre-started interpreter (runners/harness/zygote_python.py,
   * zygote_node.cjs): started with the container, it forks each case's
   * process, so a case skips the interpreter's start-up. It runs `runFile`
   * (else `sourceFile`) in the work dir.
   */
  zygote: Argv.optional(),
  /** Argv printing the toolchain version (recorded as an image label). */
  version: Argv,
  /** Extra environment for compile and run (the host environment is never passed). */
  env: z.record(z.string(), z.string()),
  /** Least memory this runtime needs, in MiB; raises a smaller request. */
  minMemoryMb: z.number().int().positive().optional(),
});
export type LanguageSpec = z.infer<typeof LanguageSpecSchema>;

/** The image reference a language runs in: `repository:tag`. */
export function imageRef(spec: Pick<LanguageSpec, 'image' | 'tag'>): string {
  return `${spec.image}:${spec.tag}`;
}
