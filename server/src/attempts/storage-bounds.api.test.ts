import { addChallenge, assessmentWithInvite, startAttempt } from '../test-support/factories';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';
import { HIDDEN_OUTPUT_BYTES } from '../submissions/stored-output';
import type { Judgement as SubmissionResult } from '../grading/judge';

// A candidate cannot fill the disk: autosaves coalesce, hidden-case output is
// capped, and the views the page polls read summaries only.
jest.setTimeout(60_000);

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** Prints 100 KiB on stdout and returns a 100 KiB value: far beyond what a hidden case keeps. */
const FLOOD = "module.exports = (a, b) => { return 'x'.repeat(100 * 1024); };";

describe('draft history', () => {
  it('keeps at most one snapshot per challenge per 10 s: 100 autosaves in a minute store at most 7 rows', async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent, attempt } = await startAttempt(t, token);
    const id = challenges[0]!.id;
    for (let i = 1; i <= 100; i += 1) {
      await t.services.attempts.saveDraft(attempt.id, id, { language: 'python', code: `v${i}` });
      t.clock.advance(600);
    }
    const history = await t.services.attempts.history(attempt.id, id);
    expect(history.length).toBeLessThanOrEqual(7);
    expect(history.at(-1)!.code).toBe('v100');
    const res = await agent.get(`/api/v1/attempt/challenges/${id}`).expect(200);
    expect(res.body.draft.codes.python).toBe('v100');
  });

  it('never lets one language’s save replace another’s within a window', async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent, csrf } = await startAttempt(t, token);
    const url = `/api/v1/attempt/challenges/${challenges[0]!.id}/draft`;
    await agent.put(url).set('X-CSRF-Token', csrf).send({ language: 'python', code: 'py' }).expect(200);
    await agent.put(url).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: 'js' }).expect(200);
    await agent.put(url).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: 'js2' }).expect(200);
    const res = await agent.get(`/api/v1/attempt/challenges/${challenges[0]!.id}`).expect(200);
    expect(res.body.draft.codes).toEqual({ python: 'py', javascript: 'js2' });
  });
});

describe('stored results', () => {
  async function floodBoth() {
    const { token, challenges } = await assessmentWithInvite(t, { challenges: [addChallenge()] });
    const { agent, csrf, attempt } = await startAttempt(t, token);
    const id = challenges[0]!.id;
    const run = await agent.post(`/api/v1/attempt/challenges/${id}/run`).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: FLOOD }).expect(202);
    const submit = await agent.post(`/api/v1/attempt/challenges/${id}/submit`).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: FLOOD }).expect(202);
    await t.services.queue.idle();
    const stored = async (sid: string) => (await t.services.submissionRepo.byId(sid))!.result as SubmissionResult;
    return { agent, attempt, run: await stored(run.body.id), submit: await stored(submit.body.id) };
  }

  it('caps each hidden case’s stored value and output, marks the cut, and keeps the verdict', async () => {
    const { submit } = await floodBoth();
    expect(submit.cases).toHaveLength(3);
    for (const c of submit.cases) {
      expect(c.pass).toBe(false);
      expect(c.valueJson).toBeUndefined();
      expect(c.valueBytes).toBeGreaterThan(100 * 1024);
      expect(Buffer.byteLength(c.stdout)).toBeLessThanOrEqual(HIDDEN_OUTPUT_BYTES + 100);
    }
  });

  it('keeps a public Run’s output whole', async () => {
    const { run } = await floodBoth();
    expect(run.cases[0]!.valueJson).toHaveLength(100 * 1024 + 2); // the string's JSON text, quotes included
  });

  it('GET /api/v1/attempt reads summaries only, never the stored results', async () => {
    const { agent } = await floodBoth();
    const full = jest.spyOn(t.services.submissionRepo, 'forAttempt');
    const byId = jest.spyOn(t.services.submissionRepo, 'byId');
    const res = await agent.get('/api/v1/attempt').expect(200);
    expect(full).not.toHaveBeenCalled();
    expect(byId).not.toHaveBeenCalled();
    expect(res.text.length).toBeLessThan(4_096);
    expect(res.body.challenges[0].lastSubmission).toMatchObject({ status: 'done', passed: 0, total: 3 });
    full.mockRestore();
    byId.mockRestore();
  });

  it('shows admins the attempt’s stored size', async () => {
    const { attempt } = await floodBoth();
    const admin = await loginAs(t, 'admin');
    const res = await admin.agent.get(`/api/v1/attempts/${attempt.id}`).expect(200);
    expect(res.body.storedBytes.submissions).toBeGreaterThan(0);
    expect(res.body.storedBytes.total).toBe(res.body.storedBytes.drafts + res.body.storedBytes.submissions);
  });
});
