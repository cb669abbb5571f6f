import fs from 'node:fs';
import path from 'node:path';
import { FUNCTION_TARGETS, parseSignature } from '@assay/runners';
import { loadChallenge } from './challenge.loader';
import { formatProblem } from './challenge.problem';
import { candidateView } from './challenge.presenter';
import { starterFor } from './challenge.starter';
import { entryNameFor } from './entry-name';
import { SIGNED_CHALLENGE, tempCatalog, writeChallenge } from './test-support/challenge-fixture';

let root: string;
beforeEach(() => {
  root = tempCatalog();
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(root, { recursive: true, force: true });
});

const load = (changes: Record<string, string | null> = {}) => loadChallenge(writeChallenge(root, 'span-total', { ...SIGNED_CHALLENGE, ...changes }));
/** The load problems of the signed challenge with `changes`, formatted, relative to the catalog. */
const problemsOf = (changes: Record<string, string | null>) => {
  const loaded = load(changes);
  expect(loaded.challenge).toBeNull();
  return loaded.problems.map((p) => formatProblem({ ...p, file: path.relative(root, p.file) }));
};
const metaWith = (from: string, to: string) => SIGNED_CHALLENGE['challenge.yaml']!.replace(from, to);

describe('a challenge with a signature', () => {
  it('loads in java and go, with each test\'s exact argument text (int64 extremes included)', () => {
    const { challenge, problems } = load();
    expect(problems).toEqual([]);
    expect(challenge!.meta.signature).toEqual({ params: [{ name: 'spans', type: 'Span[]' }, { name: 'scale', type: 'int' }], returns: 'int', records: { Span: { lo: 'int', hi: 'int' } } });
    expect(challenge!.tests.hidden.map((t) => ('argsJson' in t ? [t.argsJson, t.expectedJson] : []))).toEqual([
      ['[[],5]', '0'],
      ['[[{"lo":0,"hi":9223372036854775807}],1]', '9223372036854775807'],
    ]);
  });

  it.each([
    ['python', 'span_total'],
    ['java', 'spanTotal'],
    ['cpp', 'spanTotal'],
    ['go', 'spanTotal'],
  ] as const)('calls the entry %s as %s', (language, name) => {
    expect(entryNameFor({ mode: 'function', entry: 'span_total' }, language)).toBe(name);
  });

  describe('checks every test against it, naming the file, line, test and argument', () => {
    const hidden = (args: string, expected = '0') => ({ 'tests/hidden.yaml': `- name: empty\n  args: [[], 5]\n  expected: 0\n- name: big\n  args: ${args}\n  expected: ${expected}\n` });

    it('a record field of the wrong type, deep in an argument', () => {
      expect(problemsOf(hidden('[[{ lo: 1, hi: 2 }, { lo: 3, hi: "x" }], 1]'))).toEqual([
        'span-total/tests/hidden.yaml:5: test "big": args[0] (spans)[1].hi: expected int, got the string "x"',
      ]);
    });

    it('a missing or unknown record field', () => {
      expect(problemsOf(hidden('[[{ lo: 1 }], 1]'))).toEqual(['span-total/tests/hidden.yaml:5: test "big": args[0] (spans)[0]: Span needs its field hi']);
      expect(problemsOf(hidden('[[{ lo: 1, hi: 2, mid: 1 }], 1]'))).toEqual(['span-total/tests/hidden.yaml:5: test "big": args[0] (spans)[0].mid: Span has no field mid']);
    });

    it('an int beyond 64 bits, a float for an int, null for a non-nullable', () => {
      expect(problemsOf(hidden('[[], 9223372036854775808]'))).toEqual(['span-total/tests/hidden.yaml:5: test "big": args[1] (scale): 9223372036854775808 does not fit a 64-bit int']);
      expect(problemsOf(hidden('[[], 1.5]'))).toEqual(['span-total/tests/hidden.yaml:5: test "big": args[1] (scale): expected int, got the number 1.5']);
      expect(problemsOf(hidden('[null, 1]'))).toEqual(['span-total/tests/hidden.yaml:5: test "big": args[0] (spans): expected Span[], got null']);
    });

    it('the number of arguments', () => {
      expect(problemsOf(hidden('[[]]'))).toEqual(['span-total/tests/hidden.yaml:5: test "big": args: 1 argument for 2 parameters (spans, scale)']);
    });

    it('the expected value against the return type', () => {
      expect(problemsOf(hidden('[[], 1]', '[0]'))).toEqual(['span-total/tests/hidden.yaml:6: test "big": expected: expected int, got an array']);
    });

    it('public tests as well as hidden ones, on the line of a block-style argument', () => {
      const text = '- name: one span\n  args:\n    - [{ lo: 1, hi: 3 }]\n    - true\n  expected: 4\n';
      expect(problemsOf({ 'tests/public.yaml': text })).toEqual(['span-total/tests/public.yaml:4: test "one span": args[1] (scale): expected int, got boolean true']);
    });
  });

  it('names a signature that does not parse, at its field in challenge.yaml', () => {
    expect(problemsOf({ 'challenge.yaml': metaWith('type: int }', 'type: Spam }') })).toEqual([
      'span-total/challenge.yaml:10: signature.params[1].type: no record named Spam is declared (in "Spam")',
    ]);
  });

  it('takes one entry name, not a per-language map', () => {
    expect(problemsOf({ 'challenge.yaml': metaWith('entry: spanTotal', 'entry: { python: span_total }') })).toContainEqual(
      'span-total/challenge.yaml:6: entry: with a signature the entry is one name (each language spells it its own way: two_sum, twoSum)',
    );
  });

  it('is for function mode only', () => {
    expect(problemsOf({ 'challenge.yaml': metaWith('mode: function\nentry: spanTotal\n', 'mode: stdio\n') })).toContainEqual(
      'span-total/challenge.yaml:6: signature: signature is for function mode; stdio programs read stdin',
    );
  });

  describe('starters', () => {
    const sig = () => parseSignature(load().challenge!.meta.signature!);

    it('are generated from the signature where starter/<language> is absent, with the language\'s entry name', () => {
      const stub = jest.spyOn(FUNCTION_TARGETS.java, 'stub').mockReturnValue('class Solution { /* generated */ }\n');
      const challenge = load().challenge!;
      expect(starterFor(challenge, 'java')).toBe('class Solution { /* generated */ }\n');
      expect(stub).toHaveBeenCalledWith('spanTotal', sig());
    });

    it('are the given file where there is one', () => {
      const stub = jest.spyOn(FUNCTION_TARGETS.python, 'stub');
      const challenge = load({ 'starter/python.py': 'def span_total(spans, scale):\n    pass\n' }).challenge!;
      expect(starterFor(challenge, 'python')).toBe('def span_total(spans, scale):\n    pass\n');
      expect(stub).not.toHaveBeenCalled();
    });

    it('reach the candidate view, one per language asked for', () => {
      const targets = { python: 'py stub', java: 'java stub', go: 'go stub' } as const;
      for (const [language, text] of Object.entries(targets)) jest.spyOn(FUNCTION_TARGETS[language as keyof typeof targets], 'stub').mockReturnValue(text);
      const challenge = load().challenge!;
      expect(candidateView(challenge).starter).toEqual(targets);
      expect(candidateView(challenge, 'go')).toMatchObject({ starter: { go: 'go stub' }, entry: { go: 'spanTotal' } });
    });

    it('are not generated for a critique kind, where the candidate writes no code', () => {
      const meta = metaWith('kind: implement', 'kind: review');
      const response = 'id: ai\nlanguage: python\ncode: |\n  def span_total(spans, scale):\n      return 0\n';
      const challenge = load({ 'challenge.yaml': meta, 'responses/a.yaml': response, 'key.yaml': 'verdict: incorrect\nbuggyLines: [2]\n' }).challenge!;
      expect(starterFor(challenge, 'java', { ...FUNCTION_TARGETS, java: { stub: () => 'x' } })).toBeUndefined();
    });
  });
});
