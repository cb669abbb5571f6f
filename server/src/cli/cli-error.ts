/** A usage or input problem the CLI reports in one line and exits 2 for. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

/** Exit codes: 0 all good, 1 a verdict other than ok, 2 bad input, 3 engine or internal failure. */
export const EXIT = { ok: 0, failed: 1, usage: 2, engine: 3 } as const;
