import type { CaseReport, RunReport } from '@assay/runners';
import type { TestCase } from '../challenges/challenge.schema';
import { judge } from './judge';
import { DEFAULT_PACE, Pacer } from './next-turn';
import { addChallenge } from '../test-support/factories';

/** A report of `n` cases whose returned values are `valueJson(i)`, with the tests that expect i + 1. */
function reportOf(n: number, valueJson: (i: number) => string) {
  const hidden: TestCase[] = Array.from({ length: n }, (_, i) => ({ name: `h${i}`, args: [i, 1], expected: i + 1 }));
  const cases: CaseReport[] = hidden.map((t, i) => ({ name: t.name, status: 'ok', stdout: '', stderr: '', exitCode: 0, timeMs: 1, valueJson: valueJson(i) }));
  const report: RunReport = { language: 'python', image: 'i', imageId: 'sha256:x', compile: null, cases, timeMs: 1 };
  return { hidden, report, rules: { comparison: addChallenge({ hidden }).meta.comparison, scoring: { partialCredit: true } } };
}

/** Judges while counting the event loop's turns that other work got. */
async function countTurns(run: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let judging = true;
  const tick = () => {
    if (!judging) return;
    turns += 1;
    setImmediate(tick);
  };
  setImmediate(tick);
  await run();
  judging = false;
  return turns;
}

// The byte budget alone decides here (no time slice), so the counts do not depend on the machine's speed.
const BY_BYTES = { bytes: DEFAULT_PACE.bytes, ms: Infinity };

describe('judging a report', () => {
  it('lets the event loop run between cases whose output fills the budget, so other requests are served while a large report is judged', async () => {
    const big = JSON.stringify('x'.repeat(DEFAULT_PACE.bytes));
    const { hidden, report, rules } = reportOf(40, () => big);
    const turns = await countTurns(async () => expect((await judge(hidden, report, rules, new Pacer(BY_BYTES))).cases).toHaveLength(40));
    expect(turns).toBeGreaterThanOrEqual(39);
  });

  it('judges a report of small outputs without a turn per case (the usual submit)', async () => {
    const { hidden, report, rules } = reportOf(1000, (i) => String(i + 1));
    let passed = 0;
    const turns = await countTurns(async () => (passed = (await judge(hidden, report, rules, new Pacer(BY_BYTES))).cases.filter((c) => c.pass).length));
    expect(passed).toBe(1000);
    expect(turns).toBeLessThanOrEqual(1);
  });
});

describe('Pacer', () => {
  it('yields once the bytes counted reach the budget, then starts a new one', async () => {
    const pace = new Pacer({ bytes: 100, ms: Infinity });
    const turns = await countTurns(async () => {
      for (let i = 0; i < 9; i++) await pace.after(40); // 40, 80, 120 → yield; 40, 80, 120 → yield; ...
    });
    expect(turns).toBe(3);
  });

  it('yields once the time budget is spent, however few bytes were counted', async () => {
    let now = 0;
    const pace = new Pacer({ bytes: Infinity, ms: 5 }, () => now);
    const turns = await countTurns(async () => {
      await pace.after(1);
      now = 6;
      await pace.after(1);
      await pace.after(1);
    });
    expect(turns).toBe(1);
  });
});
