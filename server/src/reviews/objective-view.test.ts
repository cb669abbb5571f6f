import { compareChallenge, compareObjective, REVIEW_OBJECTIVE, reviewChallenge } from '../test-support/critique-rows';
import type { ProbeJudgement, ProbeRun } from '../grading/probe.schema';
import { addChallenge } from '../test-support/factories';
import { parseResponseOrders } from '../attempts/response-order';
import { presentObjective } from './objective-view';

describe('presentObjective', () => {
  it('is null for the kinds without objective answers', () => {
    expect(presentObjective(addChallenge(), { answers: null, objective: null, probe: null }, undefined)).toBeNull();
  });

  it('maps the labels the candidate saw to response ids through the stored order', () => {
    const challenge = compareChallenge('cmp');
    const view = presentObjective(
      challenge,
      { answers: { preference: { choice: 'A', strength: 'much' }, ratings: { B: { correctness: 5, safety: 2 } } }, objective: null, probe: null },
      ['resp-slow', 'resp-fast'],
    )!;
    expect(view.shown.map((s) => [s.label, s.responseId])).toEqual([
      ['A', 'resp-slow'],
      ['B', 'resp-fast'],
    ]);
    expect(view.preference).toEqual({ choice: 'A', strength: 'much', responseId: 'resp-slow' });
    expect(view.ratings).toEqual([{ label: 'B', responseId: 'resp-fast', ratings: { correctness: 5, safety: 2 } }]);
    expect(view.result).toBeNull();
  });

  it('falls back to the order the grader recorded when the attempt stored none', () => {
    const objective = compareObjective(['resp-slow', 'resp-fast'], 'resp-fast', 'clearly', 0);
    const view = presentObjective(compareChallenge('cmp'), { answers: { preference: { choice: 'B', strength: 'clearly' } }, objective, probe: null }, [])!;
    expect(view.preference?.responseId).toBe('resp-fast');
    expect(view.result?.preference?.distance).toBe(0);
  });

  it('gives an earlier draft’s preferred id its label back', () => {
    const view = presentObjective(compareChallenge('cmp'), { answers: { preferred: 'resp-fast' }, objective: null, probe: null }, ['resp-slow', 'resp-fast'])!;
    expect(view.preference).toEqual({ choice: 'B', strength: null, responseId: 'resp-fast' });
  });

  it('marks each flag on or off the key, and reads each test case with its claim and the grader’s reading', () => {
    const answers = {
      verdict: 'incorrect' as const,
      flags: [
        { line: 2, comment: 'adds one on negatives' },
        { line: 9, comment: 'style' },
      ],
      tests: [
        { id: 'neg', args: [-2, 1], expected: -1, claim: 'fails on negatives' },
        { id: 'txt', stdin: '1 2\n' },
      ],
    };
    const view = presentObjective(reviewChallenge(), { answers, objective: REVIEW_OBJECTIVE, probe: null }, undefined)!;
    expect(view.kind).toBe('review');
    expect(view.shown).toEqual([expect.objectContaining({ label: 'A', responseId: 'resp-buggy', language: 'python' })]);
    expect(view.flags).toEqual([
      { line: 2, comment: 'adds one on negatives', onKey: true },
      { line: 9, comment: 'style', onKey: false },
    ]);
    expect(view.cases[0]).toMatchObject({ id: 'neg', input: { args: [-2, 1] }, expected: '-1', claim: 'fails on negatives', exposes: true, counted: true });
    expect(view.cases[1]).toMatchObject({ id: 'txt', input: { stdin: '1 2\n' }, expected: null, exposes: null, counted: null });
  });

  it('leaves flags unmarked before grading, and reads the earlier flagged lines', () => {
    const view = presentObjective(reviewChallenge(), { answers: { flaggedLines: [4] }, objective: null, probe: null }, undefined)!;
    expect(view.flags).toEqual([{ line: 4, comment: '', onKey: null }]);
  });

  it('shows what the reference and each answer returned on a probed case, the reference’s output included', () => {
    const run = (status: ProbeRun['status'], valueJson?: string): ProbeRun => ({ status, stdout: '', stderr: '', valueJson, exitCode: 0, timeMs: 1 });
    const probe: ProbeJudgement = {
      kind: 'probe',
      mode: 'function',
      comparison: 'exact',
      programs: [],
      cases: [
        {
          id: 'neg',
          input: { args: [-2, 1] },
          expected: '-1',
          claim: 'fails on negatives',
          answers: [{ label: 'A', responseId: 'resp-buggy', run: run('ok', '0'), matchesExpected: false, reason: 'returned 0' }],
          reference: { run: run('ok', '-1'), status: 'matches', why: null },
          exposes: true,
        },
        {
          id: 'big',
          input: { args: [1, 1] },
          expected: null,
          claim: null,
          answers: [{ label: 'A', responseId: 'resp-buggy', run: { ...run('ok'), valueBytes: 9000 }, matchesExpected: null, reason: null }],
          reference: { run: run('time_limit'), status: 'not_checked', why: 'no expected value' },
          exposes: null,
        },
      ],
    };
    const view = presentObjective(reviewChallenge(), { answers: { verdict: 'incorrect' }, objective: REVIEW_OBJECTIVE, probe }, undefined)!;
    expect(view.cases[0]).toEqual({
      id: 'neg',
      input: { args: [-2, 1] },
      expected: '-1',
      claim: 'fails on negatives',
      exposes: true,
      counted: true,
      why: null,
      reference: { status: 'matches', verdict: 'ok', output: '-1', matches: true },
      answers: [{ label: 'A', responseId: 'resp-buggy', verdict: 'ok', output: '0', matches: false }],
    });
    expect(view.cases[1]).toMatchObject({
      exposes: null,
      why: 'no expected value',
      reference: { status: 'not_checked', verdict: 'time_limit', output: null, matches: null },
      answers: [{ output: '(a value of 9000 bytes, not kept)', matches: null }],
    });
  });

  it('refuses stored response orders that do not match their schema, naming the column', () => {
    expect(() => parseResponseOrders({ cmp: 'resp-a' })).toThrow(/attempts\.response_orders/);
  });
});
