import { loginAs, testApp, type TestApp } from '../test-support/test-app';
import { finishedAttempts } from './review-fixtures';
import { ReviewRepo } from './review.repo';

type Staff = Awaited<ReturnType<typeof loginAs>>;
// Levels are indexes: clarity 0/1/2 points, correctness 0/2/4 points, a gate at correctness ≥ 2 points.
const HIGH = { levels: { clarity: 2, correctness: 2 }, spans: [{ criterion: 'clarity', start: 0, end: 9 }] }; // 6 points, gate passed
const LOW = { levels: { clarity: 2, correctness: 0 } }; // 2 points, gate failed
const MIDDLE = { levels: { clarity: 1, correctness: 2 } }; // 5 points

const next = async (who: Staff) => (await who.agent.post('/api/v1/reviews/next').set('X-CSRF-Token', who.csrf).send({}).expect(200)).body.review;
const submit = async (who: Staff, reviewId: string, body: object) =>
  (
    await who.agent
      .put(`/api/v1/reviews/${reviewId}`)
      .set('X-CSRF-Token', who.csrf)
      .send({ ...body, submit: true })
      .expect(200)
  ).body;
const adjudicate = (who: Staff, itemId: string, body: object) => who.agent.post(`/api/v1/adjudications/${itemId}`).set('X-CSRF-Token', who.csrf).send(body);

let t: TestApp;
let admin: Staff, r1: Staff, r2: Staff, r3: Staff;
let repo: ReviewRepo;
beforeAll(async () => {
  t = await testApp();
  [admin, r1, r2, r3] = [await loginAs(t, 'admin'), await loginAs(t, 'reviewer'), await loginAs(t, 'reviewer'), await loginAs(t, 'reviewer')];
  repo = new ReviewRepo(t.services.database.db);
});
afterAll(() => t.close());

/** One finished attempt whose item r1 and r2 score with `a` and `b`; returns the item id and the two review ids. */
async function scored(a: object, b: object) {
  await finishedAttempts(t);
  const first = await next(r1);
  t.clock.advance(1_000); // "Reviewer 1" is the first to claim
  const second = await next(r2);
  expect(second.item.itemId).toBe(first.item.itemId);
  await submit(r1, first.reviewId, a);
  await submit(r2, second.reviewId, b);
  return { itemId: first.item.itemId as string, reviews: [first.reviewId as string, second.reviewId as string] };
}
const itemStatus = async (itemId: string) => (await repo.item(itemId))?.status;

describe('disagreement', () => {
  it('sends an item whose totals are further apart than the threshold, or split on a gate, to adjudication', async () => {
    const { itemId } = await scored(HIGH, LOW);
    expect(await itemStatus(itemId)).toBe('adjudication');
    const listed = (await admin.agent.get('/api/v1/adjudications').expect(200)).body;
    expect(listed).toEqual([expect.objectContaining({ itemId, reviews: 2, spread: 4, gatesDiffer: true, challengeTitle: 'Add two numbers' })]);
  });

  it('re-checks a resubmitted set: reviewers who come to agree make the item final', async () => {
    const { itemId, reviews } = await scored(HIGH, LOW);
    expect(await itemStatus(itemId)).toBe('adjudication');
    await submit(r2, reviews[1]!, MIDDLE);
    expect(await itemStatus(itemId)).toBe('final');
    expect((await admin.agent.get('/api/v1/adjudications').expect(200)).body.map((i: { itemId: string }) => i.itemId)).not.toContain(itemId);
  });

  it('makes an item final at once when the totals are within the threshold and the gates agree', async () => {
    const { itemId } = await scored(HIGH, MIDDLE);
    expect(await itemStatus(itemId)).toBe('final');
  });
});

describe('GET and POST /api/v1/adjudications/:itemId', () => {
  it('shows a reviewer who did not score it every set, numbered, with spans; not the item to its own reviewers', async () => {
    const [{ itemId }] = (await admin.agent.get('/api/v1/adjudications').expect(200)).body;
    expect((await r1.agent.get('/api/v1/adjudications').expect(200)).body).toEqual([]);
    expect((await r1.agent.get(`/api/v1/adjudications/${itemId}`).expect(403)).body.error.message).toMatch(/you had this item as a reviewer/);
    const view = (await r3.agent.get(`/api/v1/adjudications/${itemId}`).expect(200)).body;
    expect(view).toMatchObject({ itemId, status: 'adjudication', threshold: 2 });
    expect(view.sets.map((s: { label: string; total: number }) => [s.label, s.total])).toEqual([
      ['Reviewer 1', 6],
      ['Reviewer 2', 2],
    ]);
    expect(view.sets[0].spans).toEqual(HIGH.spans);
    const adminView = (await admin.agent.get(`/api/v1/adjudications/${itemId}`).expect(200)).body;
    expect(adminView.sets.map((s: { label: string }) => s.label)).toEqual([expect.stringMatching(/^reviewer \d+$/), expect.stringMatching(/^reviewer \d+$/)]);
  });

  it('marks, for admins only, the set of a reviewer paused since', async () => {
    const [{ itemId }] = (await admin.agent.get('/api/v1/adjudications').expect(200)).body;
    const r2Id = (await r2.agent.get('/api/v1/auth/me').expect(200)).body.id as string;
    await admin.agent.post(`/api/v1/reviewers/${r2Id}/pause`).set('X-CSRF-Token', admin.csrf).send({ reason: 'below threshold' }).expect(200);
    try {
      const adminView = (await admin.agent.get(`/api/v1/adjudications/${itemId}`).expect(200)).body;
      expect(adminView.sets.map((s: { label: string }) => s.label)).toEqual([expect.stringMatching(/^reviewer \d+$/), expect.stringMatching(/^reviewer \d+ \(paused\)$/)]);
      const reviewerView = (await r3.agent.get(`/api/v1/adjudications/${itemId}`).expect(200)).body;
      expect(reviewerView.sets.map((s: { label: string }) => s.label)).toEqual(['Reviewer 1', 'Reviewer 2']);
    } finally {
      await admin.agent.delete(`/api/v1/reviewers/${r2Id}/pause`).set('X-CSRF-Token', admin.csrf).expect(204);
    }
  });

  it('records a reviewer’s final scores with a reason and makes the item final', async () => {
    const [{ itemId }] = (await r3.agent.get('/api/v1/adjudications').expect(200)).body;
    expect((await adjudicate(r3, itemId, { levels: { clarity: 1 }, reason: 'x' }).expect(400)).body.error.message).toMatch(/^body\.levels\.correctness/);
    expect((await adjudicate(r3, itemId, { ...MIDDLE, reason: ' ' }).expect(400)).body.error.message).toMatch(/^body\.reason/);
    const done = (await adjudicate(r3, itemId, { ...MIDDLE, reason: 'The gate is met; clarity is partial.' }).expect(200)).body;
    expect(done.status).toBe('final');
    expect(done.sets.at(-1)).toMatchObject({ label: 'Adjudicator', role: 'adjudicator', total: 5, reason: 'The gate is met; clarity is partial.' });
    expect((await adjudicate(admin, itemId, { ...HIGH, reason: 'again' }).expect(409)).body.error.code).toBe('not_in_adjudication');
    const [input] = await repo.scoreInputs((await repo.item(itemId))!.attemptId);
    expect(input).toMatchObject({ status: 'final', adjudication: { levels: MIDDLE.levels } });
    expect(input!.reviews).toHaveLength(2);
    // main wires onItemFinal to the attempt's score: its only item is final, so the attempt is.
    const attemptId = (await repo.item(itemId))!.attemptId;
    const attempt = await t.services.database.db.query.attempts.findFirst({ where: (a, { eq }) => eq(a.id, attemptId) });
    expect(attempt!.finalAt).toBeInstanceOf(Date);
  });

  it('lets an admin adjudicate too', async () => {
    const { itemId, reviews } = await scored(LOW, HIGH);
    await adjudicate(admin, itemId, { ...LOW, reason: 'Correctness is wrong.' }).expect(200);
    expect(await itemStatus(itemId)).toBe('final');
    // The reviewers' sets can no longer change.
    const res = await r1.agent.put(`/api/v1/reviews/${reviews[0]}`).set('X-CSRF-Token', r1.csrf).send(HIGH).expect(409);
    expect(res.body.error.code).toBe('item_final');
  });

  it('answers an item still open with 404', async () => {
    await finishedAttempts(t);
    const { item } = await next(r1);
    await admin.agent.get(`/api/v1/adjudications/${item.itemId}`).expect(404);
  });
});
