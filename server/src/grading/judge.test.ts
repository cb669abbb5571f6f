import type { CaseReport, RunReport } from '@assay/runners';
import type { TestCase } from '../challenges/challenge.schema';
import { judge, JudgementSchema, type JudgingRules } from './judge';

const FN: JudgingRules = { comparison: 'exact' };
const IO: JudgingRules = { comparison: 'text' };
const SCORED: JudgingRules = { ...FN, scoring: { groups: { basic: 1, edge: 3 }, partialCredit: true } };

const fnTests: TestCase[] = [
  { name: 'a', args: [1], expected: 1, group: 'basic' },
  { name: 'b', args: [2], expected: 4, group: 'basic' },
  { name: 'c', args: [3], expected: 9, group: 'edge' },
];
const ioTests: TestCase[] = [{ name: 's', stdin: 'x', stdout: 'hello  world\n' }];

function report(cases: Partial<CaseReport>[], compile: RunReport['compile'] = null): RunReport {
  const full = cases.map((c): CaseReport => ({ name: 'a', status: 'ok', stdout: '', stderr: '', exitCode: 0, timeMs: 1, ...c }));
  return { language: 'python', image: 'assay/python:latest', imageId: 'sha256:x', compile, cases: full, timeMs: 42, containers: 1, compiles: 0 };
}

describe('judge', () => {
  it.each<[string, TestCase[], RunReport, JudgingRules, { passes: Record<string, boolean>; reasons?: Record<string, string>; score: number | null }]>([
    [
      'all returned values right, unscored',
      fnTests,
      report([
        { name: 'a', valueJson: '1' },
        { name: 'b', valueJson: '4' },
        { name: 'c', valueJson: '9' },
      ]),
      FN,
      { passes: { a: true, b: true, c: true }, score: null },
    ],
    [
      'a wrong value fails with a reason',
      fnTests,
      report([
        { name: 'a', valueJson: '1' },
        { name: 'b', valueJson: '5' },
        { name: 'c', valueJson: '9' },
      ]),
      FN,
      { passes: { a: true, b: false, c: true }, reasons: { b: 'expected 4, got 5' }, score: null },
    ],
    [
      'a crash is a failed case named by its status',
      fnTests,
      report([
        { name: 'a', valueJson: '1' },
        { name: 'b', status: 'runtime_error', exitCode: 1 },
        { name: 'c', status: 'time_limit' },
      ]),
      FN,
      { passes: { a: true, b: false, c: false }, reasons: { b: 'runtime_error', c: 'time_limit' }, score: null },
    ],
    [
      'scored: weighted groups with partial credit',
      fnTests,
      report([
        { name: 'a', valueJson: '1' },
        { name: 'b', valueJson: '0' },
        { name: 'c', valueJson: '9' },
      ]),
      SCORED,
      { passes: { a: true, b: false, c: true }, score: (1 * 0.5 + 3 * 1) / 4 },
    ],
    [
      'scored: a case without a report counts as failed',
      fnTests,
      report([
        { name: 'a', valueJson: '1' },
        { name: 'c', valueJson: '9' },
      ]),
      SCORED,
      { passes: { a: true, c: true }, score: (1 * 0.5 + 3 * 1) / 4 },
    ],
    ['scored: a compile error leaves no cases and scores 0', fnTests, report([], { ok: false, output: 'boom', timeMs: 3 }), SCORED, { passes: {}, score: 0 }],
    ['stdio text comparison ignores runs of spaces', ioTests, report([{ name: 's', stdout: 'hello world' }]), IO, { passes: { s: true }, score: null }],
    ['stdio exact comparison keeps them', ioTests, report([{ name: 's', stdout: 'hello world' }]), { comparison: 'exact' }, { passes: { s: false }, score: null }],
    [
      'a report for an unknown case is ignored',
      fnTests.slice(0, 1),
      report([
        { name: 'a', valueJson: '1' },
        { name: 'zzz', valueJson: '1' },
      ]),
      FN,
      { passes: { a: true }, score: null },
    ],
  ])('%s', async (_title, tests, run, rules, want) => {
    const judged = await judge(tests, run, rules);
    expect(Object.fromEntries(judged.cases.map((c) => [c.name, c.pass]))).toEqual(want.passes);
    for (const [name, reason] of Object.entries(want.reasons ?? {})) expect(judged.cases.find((c) => c.name === name)?.reason).toBe(reason);
    expect(judged.score?.score ?? null).toBe(want.score);
  });

  it('keeps the runner facts and each case its group, in the shape that is stored', async () => {
    const judged = await judge(fnTests, report([{ name: 'c', valueJson: '9', stderr: 'note' }]), SCORED);
    expect(judged).toMatchObject({ image: 'assay/python:latest', imageId: 'sha256:x', compile: null, runTimeMs: 42 });
    expect(judged.cases).toEqual([expect.objectContaining({ name: 'c', group: 'edge', stderr: 'note', pass: true })]);
    expect(judged.score?.groups.map((g) => [g.name, g.passed, g.total])).toEqual([
      ['basic', 0, 2],
      ['edge', 1, 1],
    ]);
    expect(JudgementSchema.parse(JSON.parse(JSON.stringify(judged)))).toEqual(JSON.parse(JSON.stringify(judged)));
  });
});
