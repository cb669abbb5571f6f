import type { CaseReport, RunReport } from '@assay/runners';
import type { TestCase } from '../challenges/challenge.schema';
import { judge } from './judge';
import { addChallenge } from '../test-support/factories';

const CASES = 40;

describe('judging a report', () => {
  it('lets the event loop run between cases, so other requests are served while a large report is judged', async () => {
    const hidden: TestCase[] = Array.from({ length: CASES }, (_, i) => ({ name: `h${i}`, args: [i, 1], expected: i + 1 }));
    const challenge = addChallenge({ hidden });
    const cases: CaseReport[] = hidden.map((t) => ({ name: t.name, status: 'ok', stdout: '', stderr: '', exitCode: 0, timeMs: 1, value: 0 }));
    const report: RunReport = { language: 'python', image: 'i', imageId: 'sha256:x', compile: null, cases, timeMs: 1 };
    let turns = 0;
    let judging = true;
    const tick = () => {
      if (!judging) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    const result = await judge(hidden, report, { comparison: challenge.meta.comparison, scoring: { partialCredit: true } });
    judging = false;
    expect(result.cases).toHaveLength(CASES);
    expect(turns).toBeGreaterThanOrEqual(CASES - 1);
  });
});
