import { compareChallenge, compareObjective, REVIEW_OBJECTIVE, reviewChallenge } from '../test-support/critique-rows';
import { addChallenge } from '../test-support/factories';
import { parseResponseOrders, presentObjective } from './objective-view';

describe('presentObjective', () => {
  it('is null for the kinds without objective answers', () => {
    expect(presentObjective(addChallenge(), { answers: null, objective: null }, undefined)).toBeNull();
  });

  it('maps the labels the candidate saw to response ids through the stored order', () => {
    const challenge = compareChallenge('cmp');
    const view = presentObjective(challenge, { answers: { preference: { choice: 'A', strength: 'much' }, ratings: { B: { correctness: 5, safety: 2 } } }, objective: null }, [
      'resp-slow',
      'resp-fast',
    ])!;
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
    const view = presentObjective(compareChallenge('cmp'), { answers: { preference: { choice: 'B', strength: 'clearly' } }, objective }, [])!;
    expect(view.preference?.responseId).toBe('resp-fast');
    expect(view.result?.preference?.distance).toBe(0);
  });

  it('gives an earlier draft’s preferred id its label back', () => {
    const view = presentObjective(compareChallenge('cmp'), { answers: { preferred: 'resp-fast' }, objective: null }, ['resp-slow', 'resp-fast'])!;
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
    const view = presentObjective(reviewChallenge(), { answers, objective: REVIEW_OBJECTIVE }, undefined)!;
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
    const view = presentObjective(reviewChallenge(), { answers: { flaggedLines: [4] }, objective: null }, undefined)!;
    expect(view.flags).toEqual([{ line: 4, comment: '', onKey: null }]);
  });

  it('refuses a stored objective that does not match its schema, naming the column', () => {
    expect(() => presentObjective(reviewChallenge(), { answers: null, objective: { score: 'high' } }, undefined)).toThrow(/submissions\.objective/);
    expect(() => parseResponseOrders({ cmp: 'resp-a' })).toThrow(/attempts\.response_orders/);
  });
});
