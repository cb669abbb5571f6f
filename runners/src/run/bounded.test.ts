import { boundedRunner } from './bounded';
import type { RunJob, RunReport } from './job.schema';

describe('boundedRunner', () => {
  it('runs at most `limit` jobs at once and every job in the end', async () => {
    let active = 0;
    let peak = 0;
    const inner = {
      async run(job: RunJob): Promise<RunReport> {
        peak = Math.max(peak, ++active);
        await new Promise((r) => setTimeout(r, 5));
        active -= 1;
        return { language: job.language, image: '', imageId: '', compile: null, cases: [], timeMs: 0 };
      },
    };
    const bounded = boundedRunner(inner, 2);
    const job = { language: 'python', mode: 'stdio', code: '', cases: [] } as RunJob;
    const reports = await Promise.all(Array.from({ length: 7 }, () => bounded.run(job)));
    expect(reports.length).toBe(7);
    expect(peak).toBe(2);
  });

  it('frees the slot of a job that failed', async () => {
    const bounded = boundedRunner({ run: () => Promise.reject(new Error('engine gone')) }, 1);
    const job = { language: 'python', mode: 'stdio', code: '', cases: [] } as RunJob;
    await expect(bounded.run(job)).rejects.toThrow('engine gone');
    await expect(bounded.run(job)).rejects.toThrow('engine gone');
  });
});
