import { describe, expect, it } from '@jest/globals';
import { AnswersSchema, type ChallengeDetail } from '@assay/contract';
import { addFlag, commentFlag, flagsOf, removeFlag } from './flags';
import { PREFERENCE_STEPS, preferenceAt, stepOf } from './preference';
import { checkRow, emptyRow, rowsOf, testsOf, type TestRow } from './test-cases';
import { bodyOf, initialWork } from './work';

const row = (patch: Partial<TestRow>): TestRow => ({ id: 't1', args: '[]', stdin: '', expected: '', claim: '', ...patch });

describe('the preference scale (compare)', () => {
  it('maps the seven steps to choice and strength, A side negative, and back', () => {
    expect(PREFERENCE_STEPS.map((s) => s.step)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(preferenceAt(-3)).toEqual({ choice: 'A', strength: 'much' });
    expect(preferenceAt(-1)).toEqual({ choice: 'A', strength: 'slightly' });
    expect(preferenceAt(0)).toEqual({ choice: 'equal' });
    expect(preferenceAt(2)).toEqual({ choice: 'B', strength: 'clearly' });
    for (const s of PREFERENCE_STEPS) {
      expect(stepOf(s.preference)).toBe(s.step);
      expect(AnswersSchema.safeParse({ preference: s.preference }).success).toBe(true);
    }
  });

  it('places no step for no preference or one without a strength', () => {
    expect(stepOf(undefined)).toBeUndefined();
    expect(stepOf({ choice: 'B' })).toBeUndefined();
    expect(() => preferenceAt(4)).toThrow(RangeError);
  });
});

describe('flags (review)', () => {
  it('adds a line once, in line order, with an empty comment', () => {
    let flags = addFlag([], 7);
    flags = addFlag(flags, 3);
    flags = addFlag(flags, 7);
    expect(flags).toEqual([
      { line: 3, comment: '' },
      { line: 7, comment: '' },
    ]);
    expect(addFlag(flags, 0)).toBe(flags);
  });

  it('comments and removes one flag, leaving the others', () => {
    const flags = commentFlag(addFlag(addFlag([], 2), 5), 5, 'off by one');
    expect(flags).toEqual([
      { line: 2, comment: '' },
      { line: 5, comment: 'off by one' },
    ]);
    expect(removeFlag(flags, 2)).toEqual([{ line: 5, comment: 'off by one' }]);
  });

  it('reads the earlier flaggedLines of an old draft as flags without comments', () => {
    expect(flagsOf({ flaggedLines: [4, 1] })).toEqual([
      { line: 1, comment: '' },
      { line: 4, comment: '' },
    ]);
    expect(flagsOf({ flags: [{ line: 2, comment: 'x' }], flaggedLines: [9] })).toEqual([{ line: 2, comment: 'x' }]);
  });
});

describe('the test case editor rows', () => {
  it('takes arguments as a JSON array and an optional JSON expected value', () => {
    expect(checkRow(row({ args: '[[1, 2], 3]', expected: '[0, 1]' }), 'function')).toEqual({});
    expect(testsOf([row({ args: '[[1, 2], 3]', expected: 'null', claim: 'fails' })], 'function')).toEqual([{ id: 't1', args: [[1, 2], 3], expected: null, claim: 'fails' }]);
    expect(testsOf([row({ args: '[1]', expected: '  ' })], 'function')).toEqual([{ id: 't1', args: [1] }]);
  });

  it('names what is wrong: invalid JSON, arguments not an array, an expected value that is not JSON', () => {
    expect(checkRow(row({ args: '[1,' }), 'function').args).toMatch(/arguments are not valid JSON/);
    expect(checkRow(row({ args: '{"a": 1}' }), 'function').args).toMatch(/must be a JSON array/);
    expect(checkRow(row({ args: '[1]', expected: 'abc' }), 'function').expected).toMatch(/expected value is not valid JSON.*double quotes/);
  });

  it('leaves a row with a problem out of the saved tests, keeping the valid ones', () => {
    const rows = [row({ id: 't1', args: '[1,' }), row({ id: 't2', args: '[2]', expected: '4' })];
    expect(testsOf(rows, 'function')).toEqual([{ id: 't2', args: [2], expected: 4 }]);
    expect(AnswersSchema.safeParse({ tests: testsOf(rows, 'function') }).success).toBe(true);
  });

  it('stdio: any text is valid; an empty expected output means none', () => {
    expect(testsOf([row({ stdin: '3\n1 2 3\n', expected: '' }), row({ id: 't2', stdin: '0\n', expected: '0\n' })], 'stdio')).toEqual([
      { id: 't1', stdin: '3\n1 2 3\n' },
      { id: 't2', stdin: '0\n', expected: '0\n' },
    ]);
  });

  it('shows saved tests again as text after a reload, and new rows get an unused id', () => {
    const rows = rowsOf([
      { id: 't2', args: [[1, 2], 'x'], expected: { a: 1 }, claim: 'c' },
      { id: 't3', stdin: 'in', expected: 'out' },
    ]);
    expect(rows[0]).toEqual({ id: 't2', args: '[[1,2],"x"]', stdin: '', expected: '{"a":1}', claim: 'c' });
    expect(rows[1]).toEqual({ id: 't3', args: '', stdin: 'in', expected: 'out', claim: '' });
    expect(emptyRow(rows).id).toBe('t4');
    expect(emptyRow([row({ id: 't2' })]).id).toBe('t3');
  });
});

function detail(kind: 'review' | 'implement', answers: ChallengeDetail['draft']['answers'], explanation: string | null = null): ChallengeDetail {
  return {
    challenge: {
      id: 'c1',
      title: 'T',
      kind,
      difficulty: null,
      prompt: '',
      languages: ['python', 'javascript'],
      mode: 'function',
      entry: null,
      starter: { python: 'def f(): pass' },
      comparison: 'exact',
      publicTests: [],
      hiddenTestCount: 0,
      limits: { timeMs: 1000, memoryMb: 64 },
      explanation: null,
      rubric: [],
      rubricFullMarks: null,
      responses: kind === 'review' ? [{ label: 'A', language: 'javascript', code: 'x' }] : [],
      timeLimitMinutes: null,
    },
    languages: ['python'],
    draft: { codes: {}, language: null, explanation, answers, savedAt: null },
    submissions: [],
    remainingMs: 1000,
  } as ChallengeDetail;
}

describe('the work of a critique challenge', () => {
  const none = { readBackup: () => undefined };

  it('restores the answers from the server draft and saves them under the first answer’s language with no code', () => {
    const answers = { verdict: 'incorrect' as const, flags: [{ line: 1, comment: 'bug' }] };
    const { work, unsaved } = initialWork(detail('review', answers, 'why'), none);
    expect(unsaved).toEqual([]);
    expect(bodyOf(work)).toEqual({ language: 'javascript', code: '', explanation: 'why', answers });
  });

  it('prefers a local backup whose answers never reached the server, and says to save it again', () => {
    const backup = { code: '', explanation: 'why', answers: { verdict: 'correct' as const } };
    const { work, unsaved } = initialWork(detail('review', { verdict: 'incorrect' }, 'why'), { readBackup: (_c: string, l: string) => (l === 'javascript' ? backup : undefined) });
    expect(work.answers).toEqual({ verdict: 'correct' });
    expect(unsaved).toEqual(['javascript']);
  });

  it('leaves answers out of an implement challenge’s body', () => {
    const { work } = initialWork(detail('implement', null), none);
    expect(bodyOf(work)).toEqual({ language: 'python', code: 'def f(): pass', explanation: undefined });
  });
});
