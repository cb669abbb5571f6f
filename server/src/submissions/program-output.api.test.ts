import { ChallengeMetaSchema, type Challenge } from '../challenges/challenge.schema';
import { addChallenge, assessmentWithInvite, startAttempt } from '../test-support/factories';
import { testApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** A stdio challenge whose expected output itself holds a NUL, so the challenge content is stored with one too. */
function nulChallenge(): Challenge {
  const base = addChallenge();
  const meta = ChallengeMetaSchema.parse({ id: `nul-${base.id}`, title: 'Echo bytes', kind: 'implement', languages: ['python', 'javascript'], mode: 'stdio' });
  return {
    ...base,
    id: meta.id,
    meta,
    tests: {
      public: [{ name: 'p1', stdin: 'x', stdout: 'a\u0000b\n' }],
      hidden: [
        { name: 'h1', stdin: 'y', stdout: 'a\u0000b\n' },
        { name: 'h2', stdin: 'z', stdout: 'zz\n' },
      ],
    },
  };
}

// The FakeRunner evaluates JavaScript: module.exports(stdin) is the program's stdout.
const PRINTS_NUL = 'module.exports = () => "a\\u0000b\\n";';
const RETURNS_ODD = 'module.exports = () => ({ "k\\u0000": "a\\u0000b", lone: "\\ud800" });';

async function runAndSubmit(challenge: Challenge, code: string) {
  const { token } = await assessmentWithInvite(t, { challenges: [challenge] });
  const { agent, csrf } = await startAttempt(t, token);
  const views = [];
  for (const kind of ['run', 'submit'] as const) {
    const posted = await agent.post(`/api/v1/attempt/challenges/${challenge.id}/${kind}`).set('X-CSRF-Token', csrf).send({ language: 'javascript', code }).expect(202);
    await t.services.queue.idle();
    views.push((await agent.get(`/api/v1/attempt/submissions/${posted.body.id}`).expect(200)).body);
  }
  return views;
}

describe('program output the database cannot hold as is', () => {
  it('judges stdout with a NUL byte: the run and the submit get verdicts, not errors', async () => {
    const [run, submit] = await runAndSubmit(nulChallenge(), PRINTS_NUL);
    expect(run).toMatchObject({
      kind: 'run',
      status: 'done',
      error: null,
      cases: [{ name: 'p1', verdict: 'ok', stdout: 'a\u0000b\n', actual: 'a\u0000b\n', expected: 'a\u0000b\n' }],
    });
    expect(submit).toMatchObject({ kind: 'submit', status: 'done', error: null, passed: 1, total: 2 });
  });

  it('stores a returned value with NUL characters and a lone surrogate exactly as the program returned it', async () => {
    const challenge = addChallenge();
    const [run, submit] = await runAndSubmit(challenge, RETURNS_ODD);
    expect(run).toMatchObject({ status: 'done', cases: [{ verdict: 'wrong_answer' }] });
    // `actual` is the returned value as JSON text (exact at any size)
    expect(JSON.parse(run.cases[0].actual)).toEqual({ 'k\u0000': 'a\u0000b', lone: '\ud800' });
    expect(submit).toMatchObject({ status: 'done', passed: 0, verdicts: { wrong_answer: 3 } });
    const stored = await t.services.submissionRepo.byId(run.id);
    expect(JSON.parse((stored!.result as { cases: { valueJson: string }[] }).cases[0]!.valueJson)).toEqual({ 'k\u0000': 'a\u0000b', lone: '\ud800' });
  });
});

describe('a NUL in what the candidate sends', () => {
  it('is refused with a 400 naming the field (code and explanation are text columns), not a 500', async () => {
    const challenge = addChallenge();
    const { token } = await assessmentWithInvite(t, { challenges: [challenge] });
    const { agent, csrf } = await startAttempt(t, token);
    const draft = await agent.put(`/api/v1/attempt/challenges/${challenge.id}/draft`).set('X-CSRF-Token', csrf).send({ language: 'python', code: 'a\u0000b' }).expect(400);
    expect(draft.body.error.message).toMatch(/^body\.code: .*NUL/);
    const run = await agent
      .post(`/api/v1/attempt/challenges/${challenge.id}/run`)
      .set('X-CSRF-Token', csrf)
      .send({ language: 'python', code: 'x', explanation: 'why\u0000' })
      .expect(400);
    expect(run.body.error.message).toMatch(/^body\.explanation: .*NUL/);
  });
});
