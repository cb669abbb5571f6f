import fs from 'node:fs';
import path from 'node:path';
import { loadCatalog, loadChallenge } from './challenge.loader';
import { formatProblem } from './challenge.problem';
import { challengeHash } from './challenge.hash';
import { MINIMAL_CHALLENGE, SEED_CATALOG, tempCatalog, writeChallenge } from './test-support/challenge-fixture';

let root: string;
beforeEach(() => {
  root = tempCatalog();
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** Loads `slug` written with `changes` and returns its problems as formatted lines, relative to the catalog. */
function problemsOf(changes: Record<string, string | null>, slug = 'add-two'): string[] {
  const loaded = loadChallenge(writeChallenge(root, slug, changes));
  expect(loaded.challenge).toBeNull();
  return loaded.problems.map((p) => formatProblem({ ...p, file: path.relative(root, p.file) }));
}

describe('loadChallenge', () => {
  it('loads a valid challenge with every part and no problems', () => {
    const { challenge, problems } = loadChallenge(writeChallenge(root, 'add-two'));
    expect(problems).toEqual([]);
    expect(challenge).toMatchObject({
      id: 'add-two',
      meta: { kind: 'implement', mode: 'function', comparison: 'exact', scoring: { weights: { tests: 1, objective: 0, rubric: 0 }, partialCredit: true } },
      reference: { python: MINIMAL_CHALLENGE['reference/python.py'] },
      tests: { public: [{ name: 'small', args: [1, 2], expected: 3 }] },
      rubric: null,
      key: null,
    });
    expect(challenge!.tests.hidden).toHaveLength(3);
  });

  it('names the file and line of a YAML syntax error', () => {
    const hidden = '- name: a\n  args: [1, 2]\n  expected: 3\n- name: b\n  args: [1, 2\n  expected: 3\n';
    expect(problemsOf({ 'tests/hidden.yaml': hidden })).toEqual([expect.stringMatching(/^add-two\/tests\/hidden\.yaml:6: YAML syntax: /)]);
  });

  it('refuses an unknown key in challenge.yaml with its line', () => {
    const meta = `${MINIMAL_CHALLENGE['challenge.yaml']}colour: blue\n`;
    expect(problemsOf({ 'challenge.yaml': meta })).toEqual(['add-two/challenge.yaml:9: colour: unknown key']);
  });

  it('reports a missing expected value as required, at the case line', () => {
    const hidden = '- name: a\n  args: [1, 2]\n  expected: 3\n- name: b\n  args: [1, 2]\n';
    expect(problemsOf({ 'tests/hidden.yaml': hidden })).toEqual(['add-two/tests/hidden.yaml:4: [1].expected: required']);
  });

  it('accepts null as an expected value', () => {
    const hidden = '- name: a\n  group: basic\n  args: [1, 2]\n  expected: null\n- name: b\n  group: edge\n  args: [0, 0]\n  expected: 0\n';
    expect(loadChallenge(writeChallenge(root, 'add-two', { 'tests/hidden.yaml': hidden })).problems).toEqual([]);
  });

  it('keeps expected integers exactly, at any size (YAML would read them as doubles)', () => {
    const big = `1${'0'.repeat(400)}`;
    const hidden = `- name: a\n  group: basic\n  args: [1, 2]\n  expected: 9007199254740993\n- name: b\n  group: edge\n  args: [1, 2]\n  expected: {n: [${big}, 0x10, 1.5, -7]}\n`;
    const { challenge, problems } = loadChallenge(writeChallenge(root, 'add-two', { 'tests/hidden.yaml': hidden }));
    expect(problems).toEqual([]);
    expect(challenge!.tests.hidden.map((t) => ('expectedJson' in t ? t.expectedJson : undefined))).toEqual(['9007199254740993', `{"n":[${big},16,1.5,-7]}`]);
  });

  it('refuses values JSON cannot hold, and (untyped, in JavaScript) integer arguments that would reach the program rounded', () => {
    const hidden = '- name: a\n  group: basic\n  args: [1, 2]\n  expected: .inf\n- name: b\n  group: edge\n  args: [[1, 9007199254740993]]\n  expected: 0\n- name: c\n  group: edge\n  args: [.nan, 1]\n  expected: 0\n';
    expect(problemsOf({ 'tests/hidden.yaml': hidden })).toEqual([
      'add-two/tests/hidden.yaml:4: [0].expected: test "a": Infinity is not a JSON number',
      'add-two/tests/hidden.yaml:7: [1].args[0][1]: test "b": integer arguments beyond ±2^53 reach JavaScript and TypeScript rounded: declare a signature to pass them exactly',
      'add-two/tests/hidden.yaml:11: [2].args: test "c": [0]: NaN is not a JSON number',
    ]);
  });

  it('passes integer arguments of any size exactly to an untyped Python-only challenge', () => {
    const meta = MINIMAL_CHALLENGE['challenge.yaml']!.replace('[python, javascript]', '[python]');
    const hidden = '- name: a\n  group: basic\n  args: [9007199254740993, 1]\n  expected: 9007199254740994\n- name: b\n  group: edge\n  args: [0, 0]\n  expected: 0\n';
    const { challenge, problems } = loadChallenge(writeChallenge(root, 'add-two', { 'challenge.yaml': meta, 'tests/hidden.yaml': hidden, 'reference/javascript.js': null, 'starter/javascript.js': null }));
    expect(problems).toEqual([]);
    expect(challenge!.tests.hidden.map((t) => ('argsJson' in t ? t.argsJson : undefined))).toEqual(['[9007199254740993,1]', '[0,0]']);
  });

  it('requires a reference for every declared language', () => {
    expect(problemsOf({ 'reference/javascript.js': null })).toEqual([
      'add-two/reference/javascript.js: javascript: missing: every declared language needs a reference solution',
    ]);
  });

  it('refuses duplicate test names across public and hidden tests', () => {
    const hidden = MINIMAL_CHALLENGE['tests/hidden.yaml']!.replace('name: large', 'name: small');
    expect(problemsOf({ 'tests/hidden.yaml': hidden })).toEqual([
      'add-two/tests/hidden.yaml:9: [2].name: test "small": duplicate test name (first used in tests/public.yaml)',
    ]);
  });

  it('refuses function mode without a signature in a language whose driver is generated from one', () => {
    const meta = MINIMAL_CHALLENGE['challenge.yaml']!.replace('[python, javascript]', '[python, java]');
    expect(problemsOf({ 'challenge.yaml': meta, 'reference/java.java': 'class Main {}\n' })).toContainEqual(
      'add-two/challenge.yaml:4: languages[1]: java runs function mode from a signature: declare "signature" (params, returns) in challenge.yaml, or use stdio mode',
    );
  });

  it('requires id to equal the folder name', () => {
    expect(problemsOf({ 'challenge.yaml': MINIMAL_CHALLENGE['challenge.yaml']!.replace('id: add-two', 'id: add-three') })).toEqual([
      'add-two/challenge.yaml:1: id: must equal the folder name "add-two"',
    ]);
  });

  it('lists the problems of every file at once', () => {
    const lines = problemsOf({
      'challenge.yaml': MINIMAL_CHALLENGE['challenge.yaml']!.replace('kind: implement', 'kind: build'),
      'tests/public.yaml': '- name: small\n  args: 1\n  expected: 3\n',
      'prompt.md': null,
    });
    expect(lines).toEqual([
      expect.stringMatching(/^add-two\/challenge\.yaml:3: kind: Invalid option/),
      'add-two/prompt.md: missing',
      'add-two/tests/public.yaml:2: [0].args: expected array, received number',
    ]);
  });

  it.each([
    ['weights not summing to 1', 'scoring:\n  weights: { tests: 0.5, rubric: 0.4 }\n', 'scoring.weights: tests + objective + rubric must sum to 1'],
    ['text comparison in function mode', 'comparison: text\n', 'comparison: "text" compares stdout; use it in stdio mode'],
    ['an unknown comparison', 'comparison: fuzzy\n', 'comparison: expected "exact", "unordered", "text" or {float: tolerance}'],
    ['a limit above the maximum', 'limits: { timeMs: 600000 }\n', 'limits.timeMs: at most 15000'],
    ['an unknown limit', 'limits: { gpus: 1 }\n', 'limits.gpus: unknown key'],
  ])('refuses %s', (_what, extra, expected) => {
    const meta = MINIMAL_CHALLENGE['challenge.yaml']!.replace('scoring:\n  groups: { basic: 1, edge: 1 }\n', '') + extra;
    expect(problemsOf({ 'challenge.yaml': meta }).map((l) => l.replace(/^[^:]+:\d+: /, ''))).toEqual([expected]);
  });

  it('requires hidden groups to be declared in scoring.groups, and declared groups to be used', () => {
    const meta = MINIMAL_CHALLENGE['challenge.yaml']!.replace('{ basic: 1, edge: 1 }', '{ basic: 1, huge: 2 }');
    expect(problemsOf({ 'challenge.yaml': meta })).toEqual([
      'add-two/tests/hidden.yaml:2: [0].group: test "zeros": group "edge" is not in challenge.yaml scoring.groups',
      'add-two/challenge.yaml:8: scoring.groups.huge: no hidden test is in this group',
    ]);
  });

  it('refuses function-mode cases in a stdio challenge', () => {
    const meta = MINIMAL_CHALLENGE['challenge.yaml']!.replace('mode: function\nentry: addTwo\n', 'mode: stdio\n');
    const lines = problemsOf({ 'challenge.yaml': meta });
    expect(lines).toContain('add-two/tests/public.yaml:2: [0].args: unknown key');
    expect(lines).toContain('add-two/tests/public.yaml:1: [0].stdin: required');
  });

  it('requires a debug challenge to give the buggy starter for every language', () => {
    const meta = MINIMAL_CHALLENGE['challenge.yaml']!.replace('kind: implement', 'kind: debug');
    expect(problemsOf({ 'challenge.yaml': meta, 'starter/python.py': null })).toEqual([
      'add-two/starter/python.py: python: missing: a debug challenge gives the buggy code as the starter',
    ]);
  });

  it('requires a review challenge to have one response and a verdict in its key', () => {
    const meta = MINIMAL_CHALLENGE['challenge.yaml']!.replace('kind: implement', 'kind: review');
    const response = 'id: ai-answer\nlanguage: python\ncode: |\n  def add_two(a, b):\n      return a - b\n';
    expect(problemsOf({ 'challenge.yaml': meta, 'responses/a.yaml': response, 'key.yaml': 'buggyLines: [9]\n' })).toEqual([
      'add-two/key.yaml:1: verdict: required for a review challenge',
      'add-two/key.yaml:1: buggyLines[0]: line 9 is past the end of the response (3 lines)',
    ]);
  });

  it('refuses a source file that is not named after a language', () => {
    expect(problemsOf({ 'reference/solution.py': 'x = 1\n' })).toEqual([
      expect.stringMatching(/^add-two\/reference\/solution\.py: not a language file; expected one of python\.py, /),
    ]);
  });
});

const withMeta = (from: string, to: string) => MINIMAL_CHALLENGE['challenge.yaml']!.replace(from, to);
const RESPONSE_ONE = 'id: ai-one\nlanguage: python\ncode: |\n  def add_two(a, b):\n      return a - b\n';
const RESPONSE_TWO = 'id: ai-two\nlanguage: python\ncode: |\n  def add_two(a, b):\n      return a + b\n';
/** A compare challenge's files with this key and extra challenge.yaml lines. */
const compareFiles = (key: string, extra = ''): Record<string, string> => ({
  'challenge.yaml': withMeta('kind: implement', 'kind: compare') + extra,
  'responses/one.yaml': RESPONSE_ONE,
  'responses/two.yaml': RESPONSE_TWO,
  'key.yaml': key,
});

describe('loadChallenge: rules of the critique kinds', () => {
  const debugMeta = (sets: string) => withMeta('kind: implement', 'kind: debug').replace('  groups: { basic: 1, edge: 1 }\n', `  groups: { basic: 1, edge: 1 }\n${sets}`);
  const setHidden = (sets: (string | null)[]) =>
    MINIMAL_CHALLENGE['tests/hidden.yaml']!.split('- name: ').slice(1).map((c, i) => `- name: ${c}${sets[i] ? `  set: ${sets[i]}\n` : ''}`).join('');

  it('accepts a debug challenge whose hidden tests all carry a set', () => {
    const files = { 'challenge.yaml': debugMeta('  sets: { failToPass: 1, passToPass: 2 }\n'), 'tests/hidden.yaml': setHidden(['fail_to_pass', 'pass_to_pass', 'pass_to_pass']) };
    expect(loadChallenge(writeChallenge(root, 'add-two', files)).problems).toEqual([]);
  });

  it('with scoring.sets, names each hidden test without a set, and a weighed set no test is in', () => {
    const files = { 'challenge.yaml': debugMeta('  sets: { failToPass: 1, passToPass: 2 }\n'), 'tests/hidden.yaml': setHidden(['fail_to_pass', null, 'fail_to_pass']) };
    expect(problemsOf(files)).toEqual([
      'add-two/tests/hidden.yaml:6: [1].name: test "negatives": scoring.sets weighs the debug sets: give this test "set: fail_to_pass" or "set: pass_to_pass" (the validation report shows which)',
      'add-two/challenge.yaml:9: scoring.sets.passToPass: weighs the pass_to_pass set, but no hidden test is in it',
    ]);
  });

  it('refuses a set on a public test, and on the hidden tests of another kind', () => {
    const files = {
      'tests/public.yaml': `${MINIMAL_CHALLENGE['tests/public.yaml']}  set: fail_to_pass\n`,
      'tests/hidden.yaml': setHidden([null, 'pass_to_pass', null]),
    };
    expect(problemsOf(files)).toEqual([
      'add-two/tests/public.yaml:4: [0].set: test "small": only hidden tests carry a set (public tests are examples, not scored)',
      'add-two/tests/hidden.yaml:9: [1].set: test "negatives": only a debug challenge\'s hidden tests carry a set; this one is implement',
    ]);
  });

  it.each([
    ['scoring.sets', '  sets: { failToPass: 1, passToPass: 1 }\n', 'scoring.sets: only a debug challenge has test sets (the tests its buggy starter fails and passes); this one is implement'],
    ['scoring.objective', '  objective: { verdict: 2 }\n', 'scoring.objective: weighs the objective pieces of review and compare challenges; this one is implement'],
    ['an objective weight', '  weights: { tests: 0.5, objective: 0.5 }\n', "scoring.weights.objective: only review and compare answers are graded objectively; an implement challenge's objective weight must be 0"],
  ])('refuses %s on a kind it does not apply to', (_what, extra, expected) => {
    const lines = problemsOf({ 'challenge.yaml': withMeta('  groups: { basic: 1, edge: 1 }\n', `  groups: { basic: 1, edge: 1 }\n${extra}`), 'key.yaml': 'notes: x\n' });
    expect(lines.map((l) => l.replace(/^[^:]+:\d+: /, ''))).toEqual([expected]);
  });

  it('requires a compare key to say how much better, and no strength with equal', () => {
    expect(problemsOf(compareFiles('preferred: ai-one\n'))).toEqual(['add-two/key.yaml:1: strength: required: how much better the preferred answer is (slightly, clearly or much)']);
    expect(problemsOf(compareFiles('preferred: equal\nstrength: much\n'))).toEqual(['add-two/key.yaml:2: strength: no strength with preferred: equal (neither answer is better)']);
    expect(loadChallenge(writeChallenge(root, 'add-two', compareFiles('preferred: equal\n'))).problems).toEqual([]);
    expect(loadChallenge(writeChallenge(root, 'add-two', compareFiles('preferred: ai-two\nstrength: slightly\n'))).problems).toEqual([]);
  });

  it('requires the buggy lines of a partially correct answer', () => {
    const files = { 'challenge.yaml': withMeta('kind: implement', 'kind: review'), 'responses/a.yaml': RESPONSE_ONE, 'key.yaml': 'verdict: partially_correct\n' };
    expect(problemsOf(files)).toEqual(['add-two/key.yaml:1: buggyLines: a partially correct answer needs the lines that hold the bug']);
  });

  it('lets an explain challenge show one response, not two', () => {
    const meta = withMeta('kind: implement', 'kind: explain').replace('  groups: { basic: 1, edge: 1 }\n', '  weights: { rubric: 1 }\nexplanation: { required: true }\n');
    const files = { 'challenge.yaml': meta, 'rubric.yaml': 'criteria: []\n', 'tests/hidden.yaml': '[]\n', 'responses/one.yaml': RESPONSE_ONE };
    const oneProblems = loadChallenge(writeChallenge(root, 'add-two', files)).problems.map(formatProblem);
    expect(oneProblems.filter((l) => l.includes('response'))).toEqual([]);
    expect(problemsOf({ ...files, 'responses/two.yaml': RESPONSE_TWO }).filter((l) => l.includes('response'))).toEqual([
      expect.stringMatching(/add-two\/responses: an explain challenge shows at most one response \(the code it is about\); found 2$/),
    ]);
  });

  it('refuses swapOf on another kind, and naming itself', () => {
    expect(problemsOf({ 'challenge.yaml': `${MINIMAL_CHALLENGE['challenge.yaml']}swapOf: other\n` })).toEqual([
      'add-two/challenge.yaml:9: swapOf: only a compare challenge can show another\'s pair swapped; this one is implement',
    ]);
    expect(problemsOf(compareFiles('preferred: ai-one\nstrength: much\n', 'swapOf: add-two\n'))).toEqual([
      'add-two/challenge.yaml:9: swapOf: names this challenge itself; name the compare challenge whose pair this one shows swapped',
    ]);
  });
});

describe('loadCatalog', () => {
  it('loads every folder, a bad challenge not stopping the others', () => {
    writeChallenge(root, 'add-two');
    writeChallenge(root, 'broken', { 'prompt.md': null });
    writeChallenge(root, 'add-more');
    const loaded = loadCatalog(root);
    expect(loaded.map((l) => [l.id, l.challenge !== null])).toEqual([
      ['add-more', true],
      ['add-two', true],
      ['broken', false],
    ]);
  });

  it('checks that swapOf names a compare challenge of the catalog with the same responses', () => {
    const key = 'preferred: ai-one\nstrength: much\n';
    const write = (slug: string, files: Record<string, string>) => writeChallenge(root, slug, { ...files, 'challenge.yaml': files['challenge.yaml']!.replace('id: add-two', `id: ${slug}`) });
    write('pair', compareFiles(key));
    write('pair-swapped', compareFiles(key, 'swapOf: pair\n'));
    write('pair-ghost', compareFiles(key, 'swapOf: nowhere\n'));
    write('pair-other', { ...compareFiles(key, 'swapOf: pair\n'), 'responses/two.yaml': RESPONSE_TWO.replace('a + b', 'b + a') });
    write('pair-of-implement', compareFiles(key, 'swapOf: add-two\n'));
    writeChallenge(root, 'add-two');
    const loaded = loadCatalog(root);
    const problems = (id: string) => loaded.find((l) => l.id === id)!.problems.map((p) => formatProblem({ ...p, file: path.relative(root, p.file) }));
    expect(problems('pair')).toEqual([]);
    expect(loaded.filter((l) => l.challenge).map((l) => l.id)).toEqual(['add-two', 'pair', 'pair-swapped']);
    expect(problems('pair-ghost')).toEqual(['pair-ghost/challenge.yaml: swapOf: no challenge "nowhere" in the catalog']);
    expect(problems('pair-other')).toEqual(['pair-other/challenge.yaml: swapOf: "pair" shows other responses; a swapped probe shows the same two (same ids and code)']);
    expect(problems('pair-of-implement')).toEqual(['pair-of-implement/challenge.yaml: swapOf: "add-two" is an implement challenge; name a compare challenge']);
  });

  it('loads the seeded catalog without problems', () => {
    const loaded = loadCatalog(SEED_CATALOG);
    expect(loaded.length).toBeGreaterThanOrEqual(4);
    expect(loaded.flatMap((l) => l.problems.map(formatProblem))).toEqual([]);
  });
});

describe('challengeHash', () => {
  it('is stable for the same files and changes when any file changes', () => {
    const a = loadChallenge(writeChallenge(root, 'add-two')).challenge!;
    const again = loadChallenge(path.join(root, 'add-two')).challenge!;
    expect(challengeHash(again)).toBe(challengeHash(a));
    expect(challengeHash(a)).toMatch(/^[0-9a-f]{64}$/);
    fs.appendFileSync(path.join(root, 'add-two', 'reference', 'python.py'), '# tweak\n');
    expect(challengeHash(loadChallenge(path.join(root, 'add-two')).challenge!)).not.toBe(challengeHash(a));
  });
});
