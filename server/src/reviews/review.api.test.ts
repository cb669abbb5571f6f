import { CORRECT_ADD, WRONG_ADD, assessmentWithInvite, startAttempt } from '../test-support/factories';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
let reviewer: Awaited<ReturnType<typeof loginAs>>;
let candidateEmail = '';

beforeAll(async () => {
  t = await testApp();
  reviewer = await loginAs(t, 'reviewer');
  const { token, challenges, invite } = await assessmentWithInvite(t);
  candidateEmail = invite.email;
  const { agent, csrf } = await startAttempt(t, token);
  const url = `/api/v1/attempt/challenges/${challenges[0]!.id}/submit`;
  await agent.post(url).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: WRONG_ADD, explanation: 'first try' }).expect(202);
  await t.services.queue.idle();
  t.clock.advance(60_000);
  await agent.post(url).set('X-CSRF-Token', csrf).send({ language: 'javascript', code: CORRECT_ADD, explanation: 'It adds the two numbers.' }).expect(202);
  await t.services.queue.idle();
});
afterAll(() => t.close());

describe('GET /api/v1/reviews/queue', () => {
  it('lists only the last submit per attempt and challenge, without the candidate’s identity', async () => {
    const res = await reviewer.agent.get('/api/v1/reviews/queue').expect(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({ kind: 'implement', language: 'javascript', explanationWords: 5 });
    expect(JSON.stringify(res.body)).not.toContain(candidateEmail);
  });
});

describe('GET /api/v1/reviews/items/:submissionId', () => {
  it('shows the prompt, code, explanation and test counts, and no identity', async () => {
    const [item] = (await reviewer.agent.get('/api/v1/reviews/queue').expect(200)).body;
    const res = await reviewer.agent.get(`/api/v1/reviews/items/${item.submissionId}`).expect(200);
    expect(res.body).toMatchObject({ code: CORRECT_ADD, explanation: 'It adds the two numbers.', tests: { passed: 3, total: 3 } });
    expect(res.body.challenge.prompt).toContain('Return a + b');
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(candidateEmail);
    expect(text).not.toContain('attempt');
  });

  it('is not for candidates', async () => {
    const { token } = await assessmentWithInvite(t);
    const { agent } = await startAttempt(t, token);
    await agent.get('/api/v1/reviews/queue').expect(401);
  });
});
