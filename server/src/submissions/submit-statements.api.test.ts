import { CORRECT_ADD, assessmentWithInvite, startAttempt } from '../test-support/factories';
import { testApp, type TestApp } from '../test-support/test-app';

/**
 * The SQL one submit costs, POST to verdict, with its status stream open.
 * On the embedded database each statement is CPU on the server's one
 * thread, so this count is most of the server's share of submit → verdict
 * (`assay bench api`). Today's 8:
 * - POST: the session; the attempt with its assessment; the insert (stored before 202).
 * - worker: claim (running, try counted); the verdict; the score refresh's finish check.
 * - stream: the session; the submission with its attempt's feedback level.
 * A new statement on this path should be a choice: raise the bound with it.
 */
const SUBMIT_STATEMENTS = 8;

function collectText(r: NodeJS.ReadableStream, done: (error: Error | null, body: string) => void): void {
  let text = '';
  r.on('data', (c: Buffer) => (text += c.toString()));
  r.on('end', () => done(null, text));
}

let t: TestApp;
let counting = false;
const statements: string[] = [];
beforeAll(async () => {
  t = await testApp({ onQuery: (query) => void (counting && statements.push(query)) });
});
afterAll(() => t.close());

describe('one submit, POST to verdict', () => {
  it(`sends at most ${SUBMIT_STATEMENTS} SQL statements and still stores the submission before answering`, async () => {
    const { token, challenges } = await assessmentWithInvite(t);
    const { agent, csrf, attempt } = await startAttempt(t, token);
    counting = true;
    const posted = await agent
      .post(`/api/v1/attempt/challenges/${challenges[0]!.id}/submit`)
      .set('X-CSRF-Token', csrf)
      .send({ language: 'javascript', code: CORRECT_ADD })
      .expect(202);
    const beforeAnswer = [...statements];
    const stream = await agent.get(`/api/v1/attempt/submissions/${posted.body.id}/events`).buffer(true).parse(collectText).expect(200);
    await t.services.queue.idle();
    counting = false;

    expect(stream.body).toContain('"status":"done"');
    expect(beforeAnswer.filter((q) => q.startsWith('insert into "submissions"'))).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(SUBMIT_STATEMENTS);
    const [stored] = await t.services.submissionRepo.forAttempt(attempt.id, { kind: 'submit' });
    expect(stored).toMatchObject({ id: posted.body.id, status: 'done', testsScore: 1 });
  });

  it("answers 404 for another attempt's submission, its view and its stream", async () => {
    const mine = await assessmentWithInvite(t);
    const me = await startAttempt(t, mine.token);
    const posted = await me.agent
      .post(`/api/v1/attempt/challenges/${mine.challenges[0]!.id}/submit`)
      .set('X-CSRF-Token', me.csrf)
      .send({ language: 'javascript', code: CORRECT_ADD })
      .expect(202);
    await t.services.queue.idle();
    const other = await startAttempt(t, (await assessmentWithInvite(t)).token);
    await other.agent.get(`/api/v1/attempt/submissions/${posted.body.id}`).expect(404);
    await other.agent.get(`/api/v1/attempt/submissions/${posted.body.id}/events`).expect(404);
  });
});
