import type { CandidateTest } from '../attempts/attempt.schema';
import { ChallengeMetaSchema } from '../challenges/challenge.schema';
import { critiqueChallenge, FAKE_ADD } from '../test-support/critique-factories';
import { FakeRunner } from '../test-support/fake-runner';
import { Pacer } from './next-turn';
import { candidateTestProblems } from './probe-cases';
import { probeOutcomes, referenceLanguage, runProbe } from './probe';

const review = critiqueChallenge('review');
const compare = critiqueChallenge('compare');

describe('runProbe', () => {
  it('runs each case on the AI answer and on the reference, and says which the expected value matched', async () => {
    const runner = new FakeRunner();
    const tests: CandidateTest[] = [
      { id: 'exposes', args: [2, 3], expected: 5, claim: 'fails on 2 and 3' },
      { id: 'wrong-expectation', args: [2, 3], expected: 6 },
      { id: 'no-expectation', args: [1, 1] },
      { id: 'crashes-reference', args: ['x', 1], expected: 'x1' },
      { id: 'both-right', args: [0, 0], expected: 0 },
    ];
    const probe = await runProbe(runner, review, ['resp-minus'], tests);
    expect(probe.programs.map((p) => [p.role, p.label, p.responseId])).toEqual([
      ['answer', 'A', 'resp-minus'],
      ['reference', null, null],
    ]);
    const byId = Object.fromEntries(probe.cases.map((c) => [c.id, c]));
    expect(byId.exposes).toMatchObject({ expected: '5', claim: 'fails on 2 and 3', reference: { status: 'matches', why: null }, exposes: true });
    expect(byId.exposes!.answers).toEqual([
      expect.objectContaining({ label: 'A', responseId: 'resp-minus', matchesExpected: false, run: expect.objectContaining({ valueJson: '-1' }) }),
    ]);
    expect(byId['wrong-expectation']).toMatchObject({ reference: { status: 'differs' }, exposes: false });
    expect(byId['no-expectation']).toMatchObject({ expected: null, reference: { status: 'not_checked', why: 'no expected value given' }, exposes: null });
    expect(byId['no-expectation']!.answers[0]).toMatchObject({ matchesExpected: null, run: { valueJson: '0' } });
    expect(byId['crashes-reference']).toMatchObject({ reference: { status: 'failed', why: expect.stringContaining('crashed') }, exposes: null });
    expect(byId['crashes-reference']!.reference.why).not.toContain('REF-STDERR-SECRET');
    expect(byId['crashes-reference']!.reference.run?.stderr).toContain('REF-STDERR-SECRET'); // kept for staff
    expect(byId['both-right']).toMatchObject({ reference: { status: 'matches' }, exposes: false });
    // Inputs only reach the sandbox: one job per program, no expected value in any.
    expect(runner.jobs).toHaveLength(2);
    expect(runner.jobs[1]!.code).toBe(FAKE_ADD.reference);
    expect(JSON.stringify(runner.jobs)).not.toContain('x1');
    expect(runner.jobs[0]!.cases.map((c) => c.name)).toEqual(['case-1', 'case-2', 'case-3', 'case-4', 'case-5']);
  });

  it('runs the answers in the order shown, labelled A and B', async () => {
    const probe = await runProbe(new FakeRunner(), compare, ['resp-plus', 'resp-minus'], [{ id: 'c', args: [5, 1], expected: 6 }]);
    expect(probe.cases[0]!.answers.map((a) => [a.label, a.responseId, a.matchesExpected])).toEqual([
      ['A', 'resp-plus', true],
      ['B', 'resp-minus', false],
    ]);
    expect(probeOutcomes(probe)).toEqual([
      {
        id: 'c',
        reference: 'matches',
        why: null,
        claim: null,
        answers: [
          { responseId: 'resp-plus', matches: true },
          { responseId: 'resp-minus', matches: false },
        ],
      },
    ]);
  });

  it('compares with the challenge comparison: stdio text ignores trailing spaces', async () => {
    const code = { responses: { 'resp-minus': 'module.exports = (s) => "3   \\n\\n";' }, reference: 'module.exports = (s) => "3\\n";' };
    const stdio = critiqueChallenge('review', { mode: 'stdio', code });
    const withText = { ...stdio, meta: ChallengeMetaSchema.parse({ ...stdio.meta, comparison: 'text' }) };
    const probe = await runProbe(new FakeRunner(), withText, [], [{ id: 's', stdin: '1 2\n', expected: '3' }]);
    expect(probe.cases[0]).toMatchObject({ expected: '3', reference: { status: 'matches' }, exposes: false });
    expect(probe.cases[0]!.answers[0]).toMatchObject({ matchesExpected: true, run: { stdout: '3   \n\n' } });
    const exact = await runProbe(new FakeRunner(), stdio, [], [{ id: 's', stdin: '1 2\n', expected: '3' }]);
    expect(exact.cases[0]).toMatchObject({ reference: { status: 'matches' }, exposes: true });
  });

  it('an AI answer that does not compile matches nothing and runs no case', async () => {
    const code = { responses: { 'resp-minus': 'COMPILE_ERROR' }, reference: FAKE_ADD.reference };
    const probe = await runProbe(new FakeRunner(), critiqueChallenge('review', { code }), [], [{ id: 'c', args: [1, 2], expected: 3 }]);
    expect(probe.programs[0]!.compile).toMatchObject({ ok: false });
    expect(probe.cases[0]!.answers[0]).toMatchObject({ matchesExpected: false, run: { status: 'not_run' } });
    expect(probe.cases[0]).toMatchObject({ reference: { status: 'matches' }, exposes: true });
  });

  it('runs nothing without cases, and does not run a case of the other mode (a stored draft can hold one)', async () => {
    const runner = new FakeRunner();
    expect(await runProbe(runner, review, [], [])).toEqual({ kind: 'probe', mode: 'function', comparison: 'exact', programs: [], cases: [] });
    const probe = await runProbe(runner, review, [], [{ id: 'wrong-mode', stdin: '1 2', expected: '3' }]);
    expect(runner.jobs).toHaveLength(0);
    expect(probe.cases[0]).toMatchObject({ reference: { status: 'failed', why: 'not run: this challenge takes args', run: null }, exposes: null });
  });

  it('a challenge without a reference checks nothing, and says so', async () => {
    const probe = await runProbe(new FakeRunner(), { ...review, reference: {} }, [], [{ id: 'c', args: [1, 2], expected: 3 }]);
    expect(probe.programs.map((p) => p.role)).toEqual(['answer']);
    expect(probe.cases[0]!.reference).toEqual({ run: null, status: 'failed', why: 'the challenge has no reference to check against' });
  });

  it('lets the event loop run while comparing large outputs', async () => {
    const big = 'x'.repeat(70_000);
    const code = { responses: { 'resp-minus': `module.exports = () => ${JSON.stringify(big)};` }, reference: `module.exports = () => ${JSON.stringify(big)};` };
    const tests: CandidateTest[] = Array.from({ length: 4 }, (_, i) => ({ id: `c${i}`, args: [i], expected: big }));
    let turns = 0;
    let probing = true;
    const tick = () => {
      if (!probing) return;
      turns += 1;
      setImmediate(tick);
    };
    setImmediate(tick);
    const probe = await runProbe(new FakeRunner(), critiqueChallenge('review', { code }), [], tests, new Pacer({ bytes: 64 * 1024, ms: Infinity }));
    probing = false;
    expect(probe.cases.every((c) => c.reference.status === 'matches')).toBe(true);
    expect(turns).toBeGreaterThanOrEqual(7); // a turn after each of the 8 large outputs judged (but the last)
  });
});

describe('referenceLanguage', () => {
  it("is the AI answer's language when the reference has it, else the first declared language it has", () => {
    expect(referenceLanguage(review)).toBe('python');
    const js = { ...review, responses: [{ ...review.responses[0]!, language: 'javascript' as const }] };
    expect(referenceLanguage(js)).toBe('python');
    expect(referenceLanguage({ ...js, reference: { python: 'p', javascript: 'j' } })).toBe('javascript');
    expect(referenceLanguage({ ...js, reference: {} })).toBeNull();
  });
});

describe('candidateTestProblems', () => {
  it('names the field of a case of the other mode, a duplicate id, and a value the comparison cannot read', () => {
    const deep = JSON.parse('['.repeat(1200) + ']'.repeat(1200)) as unknown;
    expect(
      candidateTestProblems('function', [
        { id: 'a', args: [1] },
        { id: 'a', args: [2], expected: 3 },
        { id: 'b', stdin: '1' },
        { id: 'c', args: [1], expected: deep },
      ]).map((p) => p.field),
    ).toEqual(['answers.tests.1.id', 'answers.tests.2.args', 'answers.tests.3.expected']);
    expect(candidateTestProblems('stdio', [{ id: 'a', args: [1] }])).toEqual([{ field: 'answers.tests.0.stdin', message: expect.stringContaining('reads stdin') }]);
    expect(candidateTestProblems('function', [{ id: 'n', args: [], expected: null }])).toEqual([]);
  });
});
