import { MAX_CASES, type RunJob, type RunReport } from '@assay/runners';
import type { TestCase } from '../challenges/challenge.schema';
import { addChallenge } from '../test-support/factories';
import { buildJob, gradeCode } from './grade-code';

/** Doubles its argument; records the jobs; `compileError` makes every run fail to compile. */
function doubler(opts: { compileError?: boolean } = {}) {
  const jobs: RunJob[] = [];
  return {
    jobs,
    async run(job: RunJob): Promise<RunReport> {
      jobs.push(job);
      const base = { language: job.language, image: 'fake', imageId: 'fake', timeMs: 10 };
      if (opts.compileError) return { ...base, compile: { ok: false, output: 'nope', timeMs: 1 }, cases: [] };
      const cases = job.cases.map((c) => ({ name: c.name, status: 'ok' as const, stdout: '', stderr: '', exitCode: 0, timeMs: 1, value: 2 * Number('args' in c ? c.args[0] : 0) }));
      return { ...base, compile: null, cases };
    },
  };
}

const many = (n: number): TestCase[] => Array.from({ length: n }, (_, i) => ({ name: `t${i}`, args: [i], expected: 2 * i }));

describe('gradeCode', () => {
  it('sends inputs only and judges every case', async () => {
    const challenge = addChallenge();
    const runner = doubler();
    const judged = await gradeCode(runner, challenge, { language: 'python', code: 'x', tests: many(3), score: true });
    expect(runner.jobs[0]!.cases).toEqual([0, 1, 2].map((i) => ({ name: `t${i}`, args: [i] })));
    expect(judged.cases.every((c) => c.pass)).toBe(true);
    expect(judged.score?.score).toBe(1);
  });

  it('splits more tests than one job may carry, and judges them as one run', async () => {
    const runner = doubler();
    const judged = await gradeCode(runner, addChallenge(), { language: 'python', code: 'x', tests: many(MAX_CASES + 5), score: false });
    expect(runner.jobs.map((j) => j.cases.length)).toEqual([MAX_CASES, 5]);
    expect(judged.cases).toHaveLength(MAX_CASES + 5);
    expect(judged.runTimeMs).toBe(20);
    expect(judged.score).toBeNull();
  });

  it('stops at the first compile error', async () => {
    const runner = doubler({ compileError: true });
    const judged = await gradeCode(runner, addChallenge(), { language: 'python', code: 'x', tests: many(MAX_CASES + 5), score: true });
    expect(runner.jobs).toHaveLength(1);
    expect(judged).toMatchObject({ compile: { ok: false }, cases: [], score: { score: 0 } });
  });

  it('calls the idiomatic entry name of the language', () => {
    expect(buildJob(addChallenge(), many(1), 'javascript', 'x')).toMatchObject({ mode: 'function', entry: 'add', cases: [{ name: 't0', args: [0] }] });
  });

  it('scores a debug challenge by its sets when scoring.sets weighs them', async () => {
    const base = addChallenge({ kind: 'debug' });
    const challenge = { ...base, meta: { ...base.meta, scoring: { ...base.meta.scoring, sets: { failToPass: 1, passToPass: 3 } } } };
    const tests: TestCase[] = [
      { name: 'f', args: [1], expected: 2, set: 'fail_to_pass' },
      { name: 'k', args: [2], expected: 5, set: 'pass_to_pass' },
    ];
    const judged = await gradeCode(doubler(), challenge, { language: 'python', code: 'x', tests, score: true });
    expect(judged.score?.score).toBeCloseTo(0.25, 12);
    expect(judged.score?.sets?.map((s) => [s.set, s.score])).toEqual([
      ['fail_to_pass', 1],
      ['pass_to_pass', 0],
    ]);
  });
});
