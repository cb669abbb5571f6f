import fs from 'node:fs';
import { EngineError, InvalidJobError, type CaseInput, type CaseReport, type RunJob, type RunReport, type Runner } from '@assay/runners';
import { loadChallenge, type LoadedChallenge } from './challenge.loader';
import { validateChallenge } from './challenge.validator';
import { FUNCTION_TARGETS } from '@assay/runners';
import { MINIMAL_CHALLENGE, SIGNED_CHALLENGE, tempCatalog, writeChallenge } from './test-support/challenge-fixture';

type Behaviour = (job: RunJob, input: CaseInput & { args: number[] }, call: number) => Partial<CaseReport> | 'compile_error';

/** A runner that answers from `behave` instead of running code; records every job. */
function fakeRunner(behave: Behaviour): Pick<Runner, 'run'> & { jobs: RunJob[] } {
  const jobs: RunJob[] = [];
  return {
    jobs,
    async run(job: RunJob): Promise<RunReport> {
      jobs.push(job);
      const call = jobs.filter((j) => j.code === job.code && j.language === job.language).length;
      const withArgs = (c: CaseInput) => ('argsJson' in c ? { name: c.name, args: JSON.parse(c.argsJson) as number[] } : (c as CaseInput & { args: number[] }));
      const outcomes = job.cases.map((c) => behave(job, withArgs(c), call));
      const base = { language: job.language, image: 'fake', imageId: 'fake', timeMs: 1, containers: 1, compiles: 0 };
      if (outcomes.includes('compile_error')) return { ...base, compile: { ok: false, output: 'SyntaxError: bad\nmore', timeMs: 1 }, cases: [] };
      const cases = job.cases.map((c, i) => ({ name: c.name, status: 'ok' as const, stdout: '', stderr: '', exitCode: 0, timeMs: 1, ...(outcomes[i] as Partial<CaseReport>) }));
      return { ...base, compile: null, cases };
    },
  };
}

/** Adds correctly when given the reference; the starter throws. */
const honest: Behaviour = (job, c) => (job.code.includes('raise') || job.code.includes('{\n}') ? { status: 'runtime_error', exitCode: 1 } : { valueJson: JSON.stringify(c.args[0]! + c.args[1]!) });

let root: string;
beforeEach(() => {
  root = tempCatalog();
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const load = (changes: Record<string, string | null> = {}): LoadedChallenge => loadChallenge(writeChallenge(root, 'add-two', changes));
const debugMeta = MINIMAL_CHALLENGE['challenge.yaml']!.replace('kind: implement', 'kind: debug');

describe('validateChallenge', () => {
  it('accepts a challenge whose references pass every test three times', async () => {
    const runner = fakeRunner(honest);
    const report = await validateChallenge(load(), runner, { repeats: 3 });
    expect(report).toMatchObject({ id: 'add-two', kind: 'implement', valid: true, problems: [], languages: ['python', 'javascript'], tests: { public: 1, hidden: 3 } });
    expect(runner.jobs).toHaveLength(6);
    expect(runner.jobs.map((j) => j.entry).sort()).toEqual(['addTwo', 'addTwo', 'addTwo', 'add_two', 'add_two', 'add_two']);
  });

  it('sends test inputs only (their exact JSON text), never expected values', async () => {
    const runner = fakeRunner(honest);
    await validateChallenge(load(), runner, { repeats: 1 });
    for (const job of runner.jobs) for (const c of job.cases) expect(Object.keys(c).sort()).toEqual(['argsJson', 'name']);
    expect(runner.jobs[0]!.cases.map((c) => ('argsJson' in c ? c.argsJson : ''))).toEqual(['[1,2]', '[0,0]', '[-4,1]', '[1000000,2345678]']);
  });

  it('names the hidden test and language a wrong reference fails', async () => {
    const runner = fakeRunner((job, c, call) => (job.language === 'javascript' && c.name === 'negatives' ? { valueJson: '0' } : honest(job, c, call)));
    const report = await validateChallenge(load(), runner);
    expect(report.valid).toBe(false);
    expect(report.problems).toEqual([
      { file: expect.stringMatching(/add-two\/reference\/javascript\.js$/), language: 'javascript', test: 'negatives', message: 'the reference fails this hidden test: expected -3, got 0' },
    ]);
  });

  it('reports a case that passes only sometimes as flaky', async () => {
    const runner = fakeRunner((job, c, call) => (job.language === 'python' && c.name === 'large' && call === 2 ? { status: 'time_limit' } : honest(job, c, call)));
    const report = await validateChallenge(load(), runner, { repeats: 3 });
    expect(report.problems).toEqual([expect.objectContaining({ language: 'python', test: 'large', message: 'flaky: the reference passed 2 of 3 runs (time_limit)' })]);
  });

  it('reports a reference that does not compile once, with the compiler output', async () => {
    const runner = fakeRunner((job, c, call) => (job.language === 'python' ? 'compile_error' : honest(job, c, call)));
    const report = await validateChallenge(load(), runner);
    expect(report.problems).toEqual([expect.objectContaining({ language: 'python', message: 'the reference does not compile: SyntaxError: bad | more' })]);
  });

  it('reports a job the runner refuses as a problem, not a crash', async () => {
    const runner = { run: () => Promise.reject(new InvalidJobError('limits.memoryMb is 4096, above the server maximum of 2048', 'limits.memoryMb')) };
    const report = await validateChallenge(load(), runner);
    expect(report.problems[0]).toMatchObject({ field: 'limits.memoryMb', message: expect.stringContaining('the runner refuses the job') });
  });

  it('lets an engine failure through: it is not the challenge at fault', async () => {
    const runner = { run: () => Promise.reject(new EngineError('docker is gone')) };
    await expect(validateChallenge(load(), runner)).rejects.toThrow('docker is gone');
  });

  it('requires a debug starter to fail some hidden test', async () => {
    const buggy = fakeRunner(honest);
    expect((await validateChallenge(load({ 'challenge.yaml': debugMeta }), buggy)).valid).toBe(true);
    const fixed = 'def add_two(a, b):\n    return b + a\n';
    const report = await validateChallenge(load({ 'challenge.yaml': debugMeta, 'starter/python.py': fixed }), fakeRunner(honest));
    expect(report.problems).toEqual([
      { file: expect.stringMatching(/add-two\/starter\/python\.py$/), language: 'python', message: 'the buggy starter passes every hidden test: add a test that exposes the bug' },
    ]);
  });

  it('runs nothing for a challenge with load problems, and reports them', async () => {
    const runner = fakeRunner(honest);
    const report = await validateChallenge(load({ 'prompt.md': null }), runner);
    expect(report).toMatchObject({ valid: false, kind: null, problems: [expect.objectContaining({ message: 'missing' })] });
    expect(runner.jobs).toHaveLength(0);
  });

  it('runs nothing for an explain challenge', async () => {
    const meta = [
      'id: add-two',
      'title: Why addition commutes',
      'kind: explain',
      'languages: [python]',
      'mode: stdio',
      'scoring: { weights: { rubric: 1 } }',
      'explanation: { required: true, minWords: 50 }',
      '',
    ].join('\n');
    const rubric = 'criteria:\n  - { id: clarity, title: Clarity, description: Clear., points: 2 }\n';
    const loaded = load({ 'challenge.yaml': meta, 'rubric.yaml': rubric, 'tests/public.yaml': null, 'tests/hidden.yaml': null, 'reference/python.py': null, 'reference/javascript.js': null, 'starter/python.py': null, 'starter/javascript.js': null });
    const runner = fakeRunner(honest);
    expect(await validateChallenge(loaded, runner)).toMatchObject({ kind: 'explain', valid: true });
    expect(runner.jobs).toHaveLength(0);
  });

  describe('debug sets', () => {
    /** A starter that drops the sign of `a`: it passes zeros and large, fails negatives. */
    const absStarter = 'def add_two(a, b):\n    return abs(a) + b  # STARTER\n';
    const absStarterJs = 'function addTwo(a, b) {\n  return Math.abs(a) + b; // STARTER\n}\n';
    const starterAware =
      (flaky?: { test: string; call: number }): Behaviour =>
      (job, c, call) => {
        if (!job.code.includes('STARTER')) return honest(job, c, call);
        if (flaky && job.language === 'python' && c.name === flaky.test && call === flaky.call) return { status: 'time_limit' };
        return { valueJson: JSON.stringify(Math.abs(c.args[0]!) + c.args[1]!) };
      };
    const withSets = (sets: Record<string, string>) =>
      MINIMAL_CHALLENGE['tests/hidden.yaml']!.split('- name: ')
        .slice(1)
        .map((c) => `- name: ${c}  set: ${sets[c.split('\n')[0]!]}\n`)
        .join('');
    const setsMeta = debugMeta.replace('  groups: { basic: 1, edge: 1 }\n', '  groups: { basic: 1, edge: 1 }\n  sets: { failToPass: 1, passToPass: 1 }\n');
    const debugLoad = (sets: Record<string, string>) => load({ 'challenge.yaml': setsMeta, 'starter/python.py': absStarter, 'starter/javascript.js': absStarterJs, 'tests/hidden.yaml': withSets(sets) });
    const right = { zeros: 'pass_to_pass', negatives: 'fail_to_pass', large: 'pass_to_pass' };

    it('accepts sets that match the starter, and reports each hidden test\'s outcome on it', async () => {
      const report = await validateChallenge(debugLoad(right), fakeRunner(starterAware()), { repeats: 2 });
      expect(report.problems).toEqual([]);
      const python = report.results.filter((r) => r.language === 'python');
      expect(python.map((r) => [r.test, r.starter])).toEqual([
        ['small', undefined],
        ['zeros', 'passes'],
        ['negatives', 'fails'],
        ['large', 'passes'],
      ]);
    });

    it('names a test in the wrong set and the set it belongs in', async () => {
      const report = await validateChallenge(debugLoad({ ...right, zeros: 'fail_to_pass', negatives: 'pass_to_pass' }), fakeRunner(starterAware()), { repeats: 1 });
      expect(report.problems.filter((p) => p.language === 'python')).toEqual([
        { file: expect.stringMatching(/add-two\/starter\/python\.py$/), language: 'python', test: 'zeros', message: 'set fail_to_pass, but the buggy starter passes it: it belongs in pass_to_pass' },
        { file: expect.stringMatching(/add-two\/starter\/python\.py$/), language: 'python', test: 'negatives', message: 'set pass_to_pass, but the buggy starter fails it: it belongs in fail_to_pass' },
      ]);
      expect(report.problems.filter((p) => p.language === 'javascript').map((p) => p.test)).toEqual(['zeros', 'negatives']);
    });

    it('refuses a test with a set that is flaky on the starter', async () => {
      const report = await validateChallenge(debugLoad(right), fakeRunner(starterAware({ test: 'large', call: 2 })), { repeats: 3 });
      expect(report.problems).toEqual([
        expect.objectContaining({ language: 'python', test: 'large', message: 'the buggy starter passes this test in 2 of 3 runs: a debug test must pass or fail on it every time' }),
      ]);
      expect(report.results.find((r) => r.language === 'python' && r.test === 'large')?.starter).toBe('flaky');
    });

    it('a starter that does not compile fails every test, so a pass_to_pass test is misplaced', async () => {
      const runner = fakeRunner((job, c, call) => (job.code.includes('STARTER') ? 'compile_error' : honest(job, c, call)));
      const report = await validateChallenge(debugLoad(right), runner, { repeats: 1 });
      expect(report.problems.map((p) => [p.language, p.test])).toEqual([
        ['python', 'zeros'],
        ['python', 'large'],
        ['javascript', 'zeros'],
        ['javascript', 'large'],
      ]);
    });
  });

  it('requires a partially correct review answer to fail some hidden test', async () => {
    const meta = MINIMAL_CHALLENGE['challenge.yaml']!.replace('kind: implement', 'kind: review');
    const response = 'id: ai-answer\nlanguage: python\ncode: |\n  def add_two(a, b):\n      return a + b\n';
    const report = await validateChallenge(load({ 'challenge.yaml': meta, 'responses/a.yaml': response, 'key.yaml': 'verdict: partially_correct\nbuggyLines: [2]\n' }), fakeRunner(honest), { repeats: 1 });
    expect(report.problems).toEqual([
      { file: expect.stringMatching(/add-two\/key\.yaml$/), field: 'verdict', message: 'response "ai-answer" passes every hidden test although the key says partially_correct' },
    ]);
  });

  describe('with a signature', () => {
    afterEach(() => jest.restoreAllMocks());
    const answers: Record<string, string> = { 'one span': '4', empty: '0', huge: '9223372036854775807' };
    /** References answer right; a generated stub (marked STUB) throws. */
    const typed: Behaviour = (job, c) => (job.code.includes('STUB') ? { status: 'runtime_error', exitCode: 1 } : { valueJson: answers[c.name] });
    const stubs = (text: (language: string) => string) => {
      for (const language of ['python', 'java', 'go'] as const) jest.spyOn(FUNCTION_TARGETS[language], 'stub').mockReturnValue(text(language));
    };
    const signed = (changes: Record<string, string | null> = {}) => loadChallenge(writeChallenge(root, 'span-total', { ...SIGNED_CHALLENGE, ...changes }));

    it('sends the signature and each test\'s exact arguments, and runs the generated starters once on the hidden tests', async () => {
      stubs((l) => `${l} STUB`);
      const runner = fakeRunner(typed);
      const report = await validateChallenge(signed(), runner, { repeats: 1 });
      expect(report).toMatchObject({ valid: true, problems: [] });
      for (const job of runner.jobs) expect(job.signature).toEqual(expect.objectContaining({ returns: 'int' }));
      const java = runner.jobs.filter((j) => j.language === 'java');
      expect(java.map((j) => [j.code, j.entry, j.cases.length])).toEqual([
        [SIGNED_CHALLENGE['reference/java.java'], 'spanTotal', 3],
        ['java STUB', 'spanTotal', 2],
      ]);
      expect(java[0]!.cases[2]).toEqual({ name: 'huge', argsJson: '[[{"lo":0,"hi":9223372036854775807}],1]' });
    });

    it('reports a generated starter that does not compile, at the signature', async () => {
      stubs((l) => (l === 'go' ? 'go STUB COMPILE' : `${l} STUB`));
      const runner = fakeRunner((job, c, call) => (job.code.includes('COMPILE') ? 'compile_error' : typed(job, c, call)));
      const report = await validateChallenge(signed(), runner, { repeats: 1 });
      expect(report.problems).toEqual([
        { file: expect.stringMatching(/span-total\/challenge\.yaml$/), field: 'signature', language: 'go', message: 'the starter generated from the signature does not compile: SyntaxError: bad | more' },
      ]);
    });

    it('reports a starter that already passes every hidden test, and a generator that fails', async () => {
      stubs(() => 'solved already');
      jest.spyOn(FUNCTION_TARGETS.java, 'stub').mockImplementation(() => {
        throw new Error('java: not written yet');
      });
      const report = await validateChallenge(signed({ 'starter/go.go': 'func spanTotal() {}\n' }), fakeRunner(typed), { repeats: 1 });
      expect(report.problems).toEqual([
        expect.objectContaining({ language: 'python', field: 'signature', message: 'the starter generated from the signature passes every hidden test: an implement starter must leave the work to the candidate' }),
        expect.objectContaining({ language: 'java', field: 'signature', message: 'no starter can be generated from the signature: java: not written yet' }),
        { file: expect.stringMatching(/span-total\/starter\/go\.go$/), language: 'go', message: 'the starter passes every hidden test: an implement starter must leave the work to the candidate' },
      ]);
    });
  });
});
