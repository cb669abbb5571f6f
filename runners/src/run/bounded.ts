import type { Runner } from './runner';

/**
 * A view of `runner` that runs at most `limit` jobs at once; the rest wait
 * in order. For callers outside the server's queue that start many runs at
 * once (`challenges validate`, an admin validating a challenge); submissions
 * are bounded by the queue alone.
 */
export function boundedRunner(runner: Pick<Runner, 'run'>, limit: number): Pick<Runner, 'run'> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return {
    async run(job) {
      if (active < limit) active += 1;
      else await new Promise<void>((resolve) => waiting.push(resolve)); // a finishing run hands its slot over
      try {
        return await runner.run(job);
      } finally {
        const next = waiting.shift();
        if (next) next();
        else active -= 1;
      }
    },
  };
}
