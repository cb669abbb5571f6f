import { eq } from 'drizzle-orm';
import { ChallengeMetaSchema, type Challenge } from '../challenges/challenge.schema';
import { attempts } from '../db/schema';
import { critiqueChallenge } from '../test-support/critique-factories';
import { assessmentWithInvite, startAttempt } from '../test-support/factories';
import type { FakeRunner } from '../test-support/fake-runner';
import { testApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

type Agent = Awaited<ReturnType<typeof startAttempt>>['agent'];

/** Posts a Run or Submit of answers (no code: the critique kinds have none) and returns the finished candidate view. */
async function post(agent: Agent, csrf: string, challengeId: string, kind: 'run' | 'submit', answers: object, status = 202) {
  const res = await agent.post(`/api/v1/attempt/challenges/${challengeId}/${kind}`).set('X-CSRF-Token', csrf).send({ language: 'python', code: '', explanation: 'why', answers });
  expect(res.status).toBe(status);
  if (status !== 202) return res.body;
  await t.services.queue.idle();
  return (await agent.get(`/api/v1/attempt/submissions/${res.body.id}`).expect(200)).body;
}

const explainOf = (base: Challenge): Challenge => ({ ...base, meta: ChallengeMetaSchema.parse({ ...base.meta, kind: 'explain', scoring: { weights: { rubric: 1 } } }) });

describe('review and compare: Run is a probe of the candidate’s cases', () => {
  it('shows the AI answer’s outputs and of the reference only whether it matched', async () => {
    const review = critiqueChallenge('review');
    const { token } = await assessmentWithInvite(t, { challenges: [review] });
    const { agent, csrf } = await startAttempt(t, token);
    const view = await post(agent, csrf, review.id, 'run', {
      tests: [
        { id: 'bug', args: [2, 3], expected: 5, claim: 'subtracts' },
        { id: 'crash', args: ['s', 1] },
      ],
    });
    expect(view).toMatchObject({ kind: 'probe', status: 'done', finishedAt: null, compile: null, answers: [{ label: 'A', compile: null }] });
    expect(view.cases).toEqual([
      {
        id: 'bug',
        input: { args: [2, 3] },
        expected: '5',
        claim: 'subtracts',
        outputs: [{ label: 'A', verdict: 'wrong_answer', actual: '-1', stdout: '', stderr: '', timeMs: 1, matchesExpected: false }],
        reference: { status: 'matches', why: null },
        exposes: true,
      },
      expect.objectContaining({ id: 'crash', reference: { status: 'failed', why: expect.stringContaining('crashed') }, exposes: null }),
    ]);
    const text = JSON.stringify(view);
    for (const secret of ['REF-STDERR-SECRET', 'resp-minus', 'responseId', 'programs']) expect(text).not.toContain(secret);
    const detail = await agent.get(`/api/v1/attempt/challenges/${review.id}`).expect(200);
    expect(detail.body.submissions).toEqual([expect.objectContaining({ kind: 'run', passed: null, total: null })]);
  });

  it('runs in the AI answer’s language even when the assessment offers candidates only others to write in', async () => {
    const review = critiqueChallenge('review');
    const { token } = await assessmentWithInvite(t, { challenges: [review], languages: ['java'] });
    const { agent, csrf } = await startAttempt(t, token);
    const detail = await agent.get(`/api/v1/attempt/challenges/${review.id}`).expect(200);
    expect(detail.body.languages).toEqual(['python']);
    const view = await post(agent, csrf, review.id, 'run', { tests: [{ id: 'bug', args: [2, 3], expected: 5 }] });
    expect(view).toMatchObject({ kind: 'probe', status: 'done', cases: [{ id: 'bug', exposes: true }] });
  });

  it('refuses a Run without cases, and a case of the other mode, naming the field', async () => {
    const review = critiqueChallenge('review');
    const { token } = await assessmentWithInvite(t, { challenges: [review] });
    const { agent, csrf } = await startAttempt(t, token);
    const none = await post(agent, csrf, review.id, 'run', {}, 400);
    expect(none.error.message).toMatch(/^body\.answers\.tests: /);
    const misfit = await post(
      agent,
      csrf,
      review.id,
      'submit',
      {
        tests: [
          { id: 'a', args: [1, 2] },
          { id: 'b', stdin: '1 2' },
        ],
      },
      400,
    );
    expect(misfit.error.message).toMatch(/^body\.answers\.tests\.1\.args: /);
    expect(misfit.error.details.fields).toEqual([{ field: 'body.answers.tests.1.args', message: expect.any(String) }]);
    expect(await t.services.submissionRepo.forAttempt((await agent.get('/api/v1/attempt').expect(200)).body.id)).toEqual([]);
  });
});

describe('review and compare with a signature: the candidate’s cases are typed', () => {
  const signature = {
    params: [
      { name: 'a', type: 'int' },
      { name: 'b', type: 'int' },
    ],
    returns: 'int',
  };

  it('refuses an argument or expected value that does not fit, naming the field and the parameter', async () => {
    const review = critiqueChallenge('review', { signature });
    const { token } = await assessmentWithInvite(t, { challenges: [review] });
    const { agent, csrf } = await startAttempt(t, token);
    const refused = await post(
      agent,
      csrf,
      review.id,
      'run',
      {
        tests: [
          { id: 'ok', args: [1, 2] },
          { id: 'bad', args: [1, 's'], expected: [3] },
          { id: 'few', args: [1] },
        ],
      },
      400,
    );
    expect(refused.error.message).toBe('body.answers.tests.1.args.1: tests[1].args[1] (b): expected int, got the string "s"');
    expect(refused.error.details.fields).toEqual([
      { field: 'body.answers.tests.1.args.1', message: 'tests[1].args[1] (b): expected int, got the string "s"' },
      { field: 'body.answers.tests.1.expected', message: 'tests[1].expected: expected int, got an array' },
      { field: 'body.answers.tests.2.args', message: 'tests[2].args: 1 argument for 2 parameters (a, b)' },
    ]);
  });

  it('runs cases that fit, and the job carries the signature', async () => {
    const review = critiqueChallenge('review', { signature });
    const { token } = await assessmentWithInvite(t, { challenges: [review] });
    const { agent, csrf } = await startAttempt(t, token);
    const jobs = (t.runner as FakeRunner).jobs;
    const before = jobs.length;
    const view = await post(agent, csrf, review.id, 'run', { tests: [{ id: 'bug', args: [2, 3], expected: 5 }] });
    expect(view).toMatchObject({ kind: 'probe', status: 'done', cases: [{ id: 'bug', exposes: true }] });
    const sent = jobs.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    for (const job of sent) expect(job).toMatchObject({ mode: 'function', entry: 'add', signature, cases: [{ name: 'case-1', args: [2, 3] }] });
  });
});

describe('review and compare: Submit is graded against the key and says only that it was submitted', () => {
  it('stores the probe and the objective result, and shows no count', async () => {
    const review = critiqueChallenge('review');
    const { token } = await assessmentWithInvite(t, { challenges: [review] });
    const { agent, csrf, attempt } = await startAttempt(t, token);
    const answers = { verdict: 'incorrect', flags: [{ line: 1, comment: 'minus' }], tests: [{ id: 'bug', args: [2, 3], expected: 5 }] };
    const view = await post(agent, csrf, review.id, 'submit', answers);
    expect(view).toEqual(expect.objectContaining({ kind: 'submit', status: 'done', passed: null, total: 0, groups: [], verdicts: {}, compile: null, finishedAt: null }));
    expect(JSON.stringify(view)).not.toMatch(/objective|score|resp-minus|exposes/);
    const [row] = await t.services.submissionRepo.forAttempt(attempt.id);
    expect(row!.objectiveScore).toBe(1);
    expect(row!.objective).toMatchObject({ score: 1, verdict: { given: 'incorrect', correct: true }, tests: { exposing: 1 } });
    expect(row!.probe?.cases[0]).toMatchObject({ id: 'bug', exposes: true, reference: { status: 'matches', run: { valueJson: '5' } } });
    expect(row!.result).toBeNull();
    const attemptView = await agent.get('/api/v1/attempt').expect(200);
    expect(attemptView.body.challenges[0].lastSubmission).toMatchObject({ status: 'done', passed: null, total: 0 });
  });

  it('a Submit without cases runs nothing and is still graded', async () => {
    const review = critiqueChallenge('review');
    const { token } = await assessmentWithInvite(t, { challenges: [review] });
    const { agent, csrf, attempt } = await startAttempt(t, token);
    const jobs = (t.runner as unknown as { jobs: unknown[] }).jobs.length;
    await post(agent, csrf, review.id, 'submit', { verdict: 'correct' });
    expect((t.runner as unknown as { jobs: unknown[] }).jobs.length).toBe(jobs);
    const [row] = await t.services.submissionRepo.forAttempt(attempt.id);
    expect(row).toMatchObject({ status: 'done', probe: { cases: [] } });
    expect(row!.objective?.verdict).toEqual({ given: 'correct', key: 'incorrect', correct: false });
  });

  it('finishing submits a draft whose answers changed since the last submit, and grades it', async () => {
    const review = critiqueChallenge('review');
    const { token } = await assessmentWithInvite(t, { challenges: [review] });
    const { agent, csrf, attempt } = await startAttempt(t, token);
    await post(agent, csrf, review.id, 'submit', { verdict: 'correct' });
    t.clock.advance(1000);
    const draft = { language: 'python', code: '', explanation: 'why', answers: { verdict: 'incorrect', flags: [{ line: 1, comment: 'x' }] } };
    await agent.put(`/api/v1/attempt/challenges/${review.id}/draft`).set('X-CSRF-Token', csrf).send(draft).expect(200);
    await agent.post('/api/v1/attempt/finish').set('X-CSRF-Token', csrf).expect(200);
    await t.services.queue.idle();
    const [last] = await t.services.submissionRepo.forAttempt(attempt.id, { kind: 'submit' });
    expect(last).toMatchObject({ status: 'done', answers: draft.answers, objective: { verdict: { given: 'incorrect', correct: true } } });
    expect(last!.objectiveScore).toBeGreaterThan(0);
  });
});

describe('compare: the order of the answers', () => {
  it('is recorded at start, stable on reload, reversed for a swapOf pair, and grading maps A/B through it', async () => {
    const pair = critiqueChallenge('compare', { id: 'order-pair' });
    const swapped = critiqueChallenge('compare', { id: 'order-pair-swapped', swapOf: 'order-pair' });
    const { token } = await assessmentWithInvite(t, { challenges: [pair, swapped] });
    const { agent, csrf, attempt } = await startAttempt(t, token);
    const orders = (await t.services.attempts.row(attempt.id)).responseOrders;
    expect([...orders['order-pair']!].sort()).toEqual(['resp-minus', 'resp-plus']);
    expect(orders['order-pair-swapped']).toEqual([...orders['order-pair']!].reverse());

    const codeOf = Object.fromEntries(pair.responses.map((r) => [r.id, r.code]));
    for (const c of [pair, swapped]) {
      const first = await agent.get(`/api/v1/attempt/challenges/${c.id}`).expect(200);
      expect(first.body.challenge.responses.map((r: { label: string; code: string }) => [r.label, r.code])).toEqual(orders[c.id]!.map((id, i) => [['A', 'B'][i], codeOf[id]]));
      expect(JSON.stringify(first.body)).not.toContain('resp-');
      const again = await agent.get(`/api/v1/attempt/challenges/${c.id}`).expect(200);
      expect(again.body.challenge.responses).toEqual(first.body.challenge.responses);
    }

    // The key prefers resp-plus: pick its label in the first, the same label (now the other answer) in the swapped copy.
    const label = ['A', 'B'][orders['order-pair']!.indexOf('resp-plus')];
    await post(agent, csrf, pair.id, 'submit', { preference: { choice: label, strength: 'clearly' } });
    await post(agent, csrf, swapped.id, 'submit', { preference: { choice: label, strength: 'clearly' } });
    const rows = await t.services.submissionRepo.forAttempt(attempt.id, { kind: 'submit' });
    const byChallenge = Object.fromEntries(rows.map((r) => [r.challengeId, r]));
    expect(byChallenge[pair.id]!.objective?.preference).toMatchObject({ given: { preferred: 'resp-plus' }, order: orders['order-pair'] });
    expect(byChallenge[pair.id]!.objectiveScore).toBe(1);
    expect(byChallenge[swapped.id]!.objective?.preference).toMatchObject({ given: { preferred: 'resp-minus' }, order: orders['order-pair-swapped'] });
    expect(byChallenge[swapped.id]!.objectiveScore).toBe(0);
  });

  it('an attempt started before orders were recorded shows and grades the files’ order', async () => {
    const pair = critiqueChallenge('compare');
    const { token } = await assessmentWithInvite(t, { challenges: [pair] });
    const { agent, csrf, attempt } = await startAttempt(t, token);
    await t.services.database.db.update(attempts).set({ responseOrders: {} }).where(eq(attempts.id, attempt.id));
    const detail = await agent.get(`/api/v1/attempt/challenges/${pair.id}`).expect(200);
    expect(detail.body.challenge.responses.map((r: { code: string }) => r.code)).toEqual(pair.responses.map((r) => r.code));
    await post(agent, csrf, pair.id, 'submit', { preference: { choice: 'B', strength: 'clearly' } }); // B: resp-plus, second in the files
    const [row] = await t.services.submissionRepo.forAttempt(attempt.id);
    expect(row!.objective?.preference).toMatchObject({ given: { preferred: 'resp-plus' }, order: ['resp-minus', 'resp-plus'] });
  });

  it('a Run labels each answer’s outputs as shown', async () => {
    const pair = critiqueChallenge('compare');
    const { token } = await assessmentWithInvite(t, { challenges: [pair] });
    const { agent, csrf, attempt } = await startAttempt(t, token);
    const order = (await t.services.attempts.row(attempt.id)).responseOrders[pair.id]!;
    const view = await post(agent, csrf, pair.id, 'run', { tests: [{ id: 'c', args: [5, 1], expected: 6 }] });
    const want = Object.fromEntries(order.map((id, i) => [['A', 'B'][i], id === 'resp-plus' ? '6' : '4']));
    expect(Object.fromEntries(view.cases[0].outputs.map((o: { label: string; actual: string }) => [o.label, o.actual]))).toEqual(want);
  });
});

describe('explain', () => {
  it('shows its response, refuses a Run and stores a Submit without running anything', async () => {
    const explain = explainOf(critiqueChallenge('review'));
    const { token } = await assessmentWithInvite(t, { challenges: [explain] });
    const { agent, csrf, attempt } = await startAttempt(t, token);
    const detail = await agent.get(`/api/v1/attempt/challenges/${explain.id}`).expect(200);
    expect(detail.body.challenge.responses).toEqual([{ label: 'A', language: 'python', code: explain.responses[0]!.code, explanation: explain.responses[0]!.explanation }]);
    const refused = await agent.post(`/api/v1/attempt/challenges/${explain.id}/run`).set('X-CSRF-Token', csrf).send({ language: 'python', code: '' }).expect(409);
    expect(refused.body.error.code).toBe('nothing_to_run');
    const jobs = (t.runner as unknown as { jobs: unknown[] }).jobs.length;
    await post(agent, csrf, explain.id, 'submit', {});
    expect((t.runner as unknown as { jobs: unknown[] }).jobs.length).toBe(jobs);
    const [row] = await t.services.submissionRepo.forAttempt(attempt.id);
    expect(row).toMatchObject({ status: 'done', explanation: 'why', result: null, probe: null, objective: null });
  });
});
