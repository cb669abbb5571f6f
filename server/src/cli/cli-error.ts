/** Exit codes: 0 all good, 1 a verdict other than ok (or an invalid challenge), 2 bad input, 3 engine, server or internal failure. */
export const EXIT = { ok: 0, failed: 1, usage: 2, engine: 3, server: 3 } as const;

/**
 * A problem the CLI reports in one line and exits for: by default a usage
 * or input problem (2); `EXIT.server` when a server was unreachable or
 * refused the request.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: (typeof EXIT)[keyof typeof EXIT] = EXIT.usage,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
