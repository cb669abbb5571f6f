import request from 'supertest';
import type { CaseReport, RunJob, RunReport, Runner } from '@assay/runners';
import { loadChallengeFiles } from '../challenges/challenge.loader';
import { ChallengeMetaSchema, type Challenge } from '../challenges/challenge.schema';
import { MINIMAL_CHALLENGE } from '../challenges/test-support/challenge-fixture';
import { addChallenge, assessmentWithInvite, startAttempt } from '../test-support/factories';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';

/** A runner that answers each job with the cases `reply` makes (what a hostile program could produce). */
class ScriptedRunner implements Runner {
  reply: (job: RunJob) => CaseReport[] = () => [];
  async run(job: RunJob): Promise<RunReport> {
    return { language: job.language, image: 'assay/python:latest', imageId: 'sha256:fake', compile: null, cases: this.reply(job), timeMs: 1 };
  }
  async warmed(): Promise<void> {}
  async settled(): Promise<void> {}
  async close(): Promise<void> {}
}

const ok = (name: string, out: { stdout?: string; valueJson?: string }): CaseReport =>
  ({ name, status: 'ok', stdout: out.stdout ?? '', stderr: '', exitCode: 0, timeMs: 1, ...(out.valueJson !== undefined ? { valueJson: out.valueJson } : {}) }) as CaseReport;

let t: TestApp;
const runner = new ScriptedRunner();
beforeAll(async () => {
  t = await testApp({ runner });
});
afterAll(() => t.close());

/** Starts an attempt on `challenge`, runs its public examples and returns the finished run as the candidate sees it. */
async function runExamples(challenge: Challenge) {
  const { token } = await assessmentWithInvite(t, { challenges: [challenge] });
  const { agent, csrf, attempt } = await startAttempt(t, token);
  const posted = await agent.post(`/api/v1/attempt/challenges/${challenge.id}/run`).set('X-CSRF-Token', csrf).send({ language: 'python', code: 'x' }).expect(202);
  await t.services.queue.idle();
  const view = await agent.get(`/api/v1/attempt/submissions/${posted.body.id}`).expect(200);
  return { view: view.body, attemptId: attempt.id, submissionId: posted.body.id as string };
}

/** A stdio challenge with `count` public examples expecting "5", compared with a float tolerance. */
function floatStdioChallenge(id: string, count: number): Challenge {
  const base = addChallenge({ id });
  const meta = ChallengeMetaSchema.parse({ id, title: 'Mean', kind: 'implement', languages: ['python'], mode: 'stdio', comparison: { float: 1e-6 } });
  const examples = Array.from({ length: count }, (_, i) => ({ name: `p${i}`, stdin: '', stdout: '5\n' }));
  return { ...base, meta, tests: { public: examples, hidden: [{ name: 'h', stdin: '', stdout: '5\n' }] } };
}

describe('a Run whose output is built to freeze the judge', () => {
  it('keeps /healthz answering while "1"×65000 + "x" is judged on every example', async () => {
    const CASES = 30;
    const judged = new Set<string>();
    let health: Promise<void> | undefined;
    let judgedWhenHealthAnswered = Infinity;
    runner.reply = (job) =>
      job.cases.map((c) => {
        const report = ok(c.name, {});
        // The judge reads each case's stdout as it compares it: the first read asks for /healthz.
        Object.defineProperty(report, 'stdout', {
          enumerable: true,
          get() {
            judged.add(c.name);
            health ??= request(t.app)
              .get('/healthz')
              .expect(200)
              .then(() => void (judgedWhenHealthAnswered = judged.size));
            return `${'1'.repeat(65_000)}x\n`;
          },
        });
        return report;
      });
    const { view } = await runExamples(floatStdioChallenge('freeze-float', CASES));
    await health;
    expect(view.cases).toHaveLength(CASES);
    expect(view.cases.every((c: { verdict: string }) => c.verdict === 'wrong_answer')).toBe(true);
    expect(judgedWhenHealthAnswered).toBeLessThan(CASES);
  }, 30_000);
});

describe('a Run whose values are built to fool the comparison', () => {
  const big = (files: Record<string, string>) => loadChallengeFiles('big-ints', { ...MINIMAL_CHALLENGE, ...files }).challenge!;
  const bigChallenge = big({
    'challenge.yaml': MINIMAL_CHALLENGE['challenge.yaml']!.replace('id: add-two', 'id: big-ints'),
    'tests/public.yaml': '- name: two to the 53 plus one\n  args: [1, 2]\n  expected: 9007199254740993\n',
  });

  it('fails 2**53 against 2**53 + 1 and shows both exactly', async () => {
    runner.reply = (job) => job.cases.map((c) => ok(c.name, { valueJson: '9007199254740992' }));
    const { view } = await runExamples(bigChallenge);
    expect(view.cases[0]).toMatchObject({ verdict: 'wrong_answer', expected: '9007199254740993', actual: '9007199254740992' });
  });

  it('passes 2**53 + 1 returned exactly', async () => {
    runner.reply = (job) => job.cases.map((c) => ok(c.name, { valueJson: '9007199254740993' }));
    const { view } = await runExamples(bigChallenge);
    expect(view.cases[0]).toMatchObject({ verdict: 'ok', expected: '9007199254740993', actual: '9007199254740993' });
  });

  it('fails {"mean": 10**400, "stddev": 10**400} on a float test, and stores what the program returned', async () => {
    const meanFiles = {
      'challenge.yaml': `${MINIMAL_CHALLENGE['challenge.yaml']!.replace('id: add-two', 'id: mean-huge')}comparison: {float: 0.000001}\n`,
      'tests/public.yaml': '- name: mean\n  args: [1, 2]\n  expected: {mean: 2.5, stddev: 1.118}\n',
    };
    const challenge = loadChallengeFiles('mean-huge', { ...MINIMAL_CHALLENGE, ...meanFiles }).challenge!;
    const huge = `1${'0'.repeat(400)}`;
    runner.reply = (job) => job.cases.map((c) => ok(c.name, { valueJson: `{"mean": ${huge}, "stddev": ${huge}}` }));
    const { view, attemptId } = await runExamples(challenge);
    expect(view.cases[0]).toMatchObject({ verdict: 'wrong_answer', actual: `{"mean": ${huge}, "stddev": ${huge}}` });
    const admin = await loginAs(t, 'admin');
    const detail = await admin.agent.get(`/api/v1/attempts/${attemptId}`).expect(200);
    const stored = detail.body.submissions[0].result.cases[0];
    expect(stored.valueJson).toBe(`{"mean": ${huge}, "stddev": ${huge}}`);
  });
});
