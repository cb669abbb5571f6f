import { assessmentWithInvite, startAttempt } from '../test-support/factories';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';
import { finishedAttempts } from './review-fixtures';

type Staff = Awaited<ReturnType<typeof loginAs>>;
// Levels are indexes: clarity 0/1/2 points, correctness 0/2/4 points (review-fixtures.ts).
const AGREE_A = { levels: { clarity: 2, correctness: 2 }, comment: 'clear and right' };
const AGREE_B = { levels: { clarity: 1, correctness: 2 }, comment: 'right' };

const next = async (who: Staff) => (await who.agent.post('/api/v1/reviews/next').set('X-CSRF-Token', who.csrf).send({}).expect(200)).body;
const put = (who: Staff, reviewId: string, body: object) => who.agent.put(`/api/v1/reviews/${reviewId}`).set('X-CSRF-Token', who.csrf).send(body);
const submit = async (who: Staff, reviewId: string, body: object) => (await put(who, reviewId, { ...body, submit: true }).expect(200)).body;

describe('blind review: POST /api/v1/reviews/next, GET and PUT /api/v1/reviews/:reviewId', () => {
  let t: TestApp;
  let emails: string[];
  let r1: Staff, r2: Staff, r3: Staff;
  beforeAll(async () => {
    t = await testApp();
    [r1, r2, r3] = [await loginAs(t, 'reviewer'), await loginAs(t, 'reviewer'), await loginAs(t, 'reviewer')];
    ({ emails } = await finishedAttempts(t));
  });
  afterAll(() => t.close());

  it('claims an item showing the task, code, explanation, tests and rubric, and nothing that names the candidate', async () => {
    const { review, message } = await next(r1);
    expect(message).toBeNull();
    expect(review).toMatchObject({ status: 'claimed', editable: true, peers: [], total: null, levels: {} });
    expect(review.item).toMatchObject({
      explanation: 'It returns a + b, candidate 0.',
      tests: { passed: 3, total: 3 },
      challenge: { explanationPrompt: 'Why does it work?', keyNotes: 'A good answer says it adds.' },
    });
    expect(review.item.rubric.criteria.map((c: { id: string }) => c.id)).toEqual(['clarity', 'correctness']);
    expect(new Date(review.expiresAt).getTime() - new Date(review.claimedAt).getTime()).toBe(20 * 60_000);
    const attempt = await t.services.database.db.query.attempts.findFirst();
    const submission = await t.services.database.db.query.submissions.findFirst();
    const text = JSON.stringify(review);
    for (const secret of [emails[0]!, attempt!.id, attempt!.inviteId, submission!.id, 'REFERENCE-SECRET', '7001']) expect(text).not.toContain(secret);
  });

  it('gives the reviewer their live claim again instead of a second item', async () => {
    const first = (await next(r1)).review;
    expect((await next(r1)).review.reviewId).toBe(first.reviewId);
  });

  it('hides peers’ scores until the viewer submitted, then shows them numbered, never named', async () => {
    const mine = (await next(r1)).review;
    t.clock.advance(1_000); // r1 claimed first: "Reviewer 1"
    const theirs = (await next(r2)).review;
    expect(theirs.item.itemId).toBe(mine.item.itemId);
    expect(theirs.reviewId).not.toBe(mine.reviewId);
    const submitted = await submit(r1, mine.reviewId, AGREE_A);
    expect(submitted).toMatchObject({ status: 'submitted', total: 6, gatesPassed: true, peers: [] });
    // r2 has not submitted: r1's scores stay hidden from them.
    const before = (await r2.agent.get(`/api/v1/reviews/${theirs.reviewId}`).expect(200)).body;
    expect(before.peers).toEqual([]);
    const after = await submit(r2, theirs.reviewId, AGREE_B);
    expect(after.peers).toEqual([expect.objectContaining({ label: 'Reviewer 1', role: 'reviewer', levels: AGREE_A.levels, total: 6, comment: 'clear and right' })]);
    expect(JSON.stringify(after)).not.toMatch(/reviewer\d+@example\.test|reviewer \d/);
  });

  it('makes an item final when the required sets agree; then nothing can change', async () => {
    const [mine] = (await r1.agent.get('/api/v1/reviews/mine').expect(200)).body;
    expect(mine).toMatchObject({ status: 'submitted', itemStatus: 'final', editable: false, challengeTitle: 'Add two numbers' });
    const res = await put(r1, mine.reviewId, { ...AGREE_B, submit: true }).expect(409);
    expect(res.body.error.code).toBe('item_final');
    expect((await next(r3)).review).toBeNull();
  });

  it('shows a review to its owner only', async () => {
    const [mine] = (await r1.agent.get('/api/v1/reviews/mine').expect(200)).body;
    await r2.agent.get(`/api/v1/reviews/${mine.reviewId}`).expect(404);
    await put(r2, mine.reviewId, AGREE_A).expect(404);
  });

  it('is not for candidates', async () => {
    const { token } = await assessmentWithInvite(t);
    const { agent, csrf } = await startAttempt(t, token);
    await agent.post('/api/v1/reviews/next').set('X-CSRF-Token', csrf).send({}).expect(401);
  });
});

describe('claims and their expiry', () => {
  let t: TestApp;
  let r1: Staff, r2: Staff, r3: Staff;
  beforeAll(async () => {
    t = await testApp();
    [r1, r2, r3] = [await loginAs(t, 'reviewer'), await loginAs(t, 'reviewer'), await loginAs(t, 'reviewer')];
    await finishedAttempts(t, { settings: { claimMinutes: 20 } });
  });
  afterAll(() => t.close());

  it('returns an abandoned claim to the queue; the first reviewer never gets it again', async () => {
    const first = (await next(r1)).review;
    t.clock.advance(21 * 60_000);
    const late = await put(r1, first.reviewId, { ...AGREE_A, submit: true }).expect(409);
    expect(late.body.error).toMatchObject({ code: 'claim_expired', message: expect.stringContaining(first.expiresAt) });
    const second = (await next(r2)).review;
    expect(second.item.itemId).toBe(first.item.itemId);
    // One place is still free (2 reviews per item), but not for r1.
    expect(await next(r1)).toMatchObject({ review: null, message: expect.stringMatching(/nothing/i) });
    const [mine] = (await r1.agent.get('/api/v1/reviews/mine').expect(200)).body;
    expect(mine).toMatchObject({ status: 'released', editable: false });
  });

  it('lets a reviewer give a claim back: the item goes to someone else', async () => {
    const { review } = await next(r2);
    const released = (await r2.agent.post(`/api/v1/reviews/${review.reviewId}/release`).set('X-CSRF-Token', r2.csrf).send({}).expect(200)).body;
    expect(released).toMatchObject({ status: 'released', editable: false });
    expect((await put(r2, review.reviewId, AGREE_A).expect(409)).body.error.code).toBe('claim_released');
    expect((await next(r2)).review).toBeNull();
    expect((await next(r3)).review.item.itemId).toBe(review.item.itemId);
  });
});

describe('two reviewers at once', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.close());

  it('never over-fills an item', async () => {
    await finishedAttempts(t, { settings: { reviewsPerItem: 1 } });
    const staff = [await loginAs(t, 'reviewer'), await loginAs(t, 'reviewer'), await loginAs(t, 'admin')];
    const results = await Promise.all(staff.map(next));
    expect(results.filter((r) => r.review !== null)).toHaveLength(1);
  });
});

describe('saving and submitting scores', () => {
  let t: TestApp;
  let r1: Staff;
  let reviewId: string;
  beforeAll(async () => {
    t = await testApp();
    r1 = await loginAs(t, 'reviewer');
    await finishedAttempts(t);
    reviewId = (await next(r1)).review.reviewId;
  });
  afterAll(() => t.close());

  it.each([
    [{ levels: { nope: 1 } }, 'body.levels.nope'],
    [{ levels: { clarity: 3 } }, 'body.levels.clarity'],
    [{ levels: { clarity: -1 } }, 'body.levels.clarity'],
    [{ levels: {}, spans: [{ criterion: 'clarity', start: 0, end: 500 }] }, 'body.spans.0.end'],
    [{ levels: {}, spans: [{ criterion: 'style', start: 0, end: 2 }] }, 'body.spans.0.criterion'],
    [{ levels: {}, comments: { style: 'x' } }, 'body.comments.style'],
    [{ levels: { clarity: 1 }, submit: true }, 'body.levels.correctness'],
    [{ levels: {}, extra: 1 }, 'body'],
  ])('refuses %j naming %s', async (body, field) => {
    const res = await put(r1, reviewId, body).expect(400);
    expect(res.body.error.message.startsWith(field)).toBe(true);
  });

  it('keeps a draft (partial picks, spans, comments) and its running total', async () => {
    const body = { levels: { clarity: 1 }, spans: [{ criterion: 'clarity', start: 0, end: 9 }], comments: { clarity: 'ok' }, comment: 'so far' };
    const saved = (await put(r1, reviewId, body).expect(200)).body;
    expect(saved).toMatchObject({ ...body, status: 'claimed', total: null, editable: true });
    expect((await r1.agent.get(`/api/v1/reviews/${reviewId}`).expect(200)).body).toMatchObject(body);
  });

  it('lets a submitted set be edited until the item is final, and keeps it complete', async () => {
    await submit(r1, reviewId, AGREE_A);
    const edited = (await put(r1, reviewId, { levels: { clarity: 0, correctness: 1 } }).expect(200)).body;
    expect(edited).toMatchObject({ status: 'submitted', total: 2, editable: true });
    expect((await put(r1, reviewId, { levels: { clarity: 0 } }).expect(400)).body.error.message).toMatch(/^body\.levels\.correctness/);
  });
});
