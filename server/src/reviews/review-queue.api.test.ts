import { reviewItems, reviewerPauses } from '../db/schema';
import { newId } from '../lib/ids';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';
import { finishedAttempts } from './review-fixtures';
import { ReviewRepo } from './review.repo';
import { ReviewService } from './review.service';

type Staff = Awaited<ReturnType<typeof loginAs>>;
const next = async (who: Staff) => (await who.agent.post('/api/v1/reviews/next').set('X-CSRF-Token', who.csrf).send({}).expect(200)).body;
const submit = async (who: Staff, reviewId: string, levels: object) =>
  (await who.agent.put(`/api/v1/reviews/${reviewId}`).set('X-CSRF-Token', who.csrf).send({ levels, submit: true }).expect(200)).body;
const userId = async (t: TestApp, who: Staff) => (await t.services.users.byEmail(who.email))!.id;

describe('paused reviewers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
    await finishedAttempts(t);
  });
  afterAll(() => t.close());

  it('get no item, and are told why', async () => {
    const paused = await loginAs(t, 'reviewer');
    await t.services.database.db.insert(reviewerPauses).values({ reviewerId: await userId(t, paused), reason: 'below threshold', pausedAt: t.clock.now() });
    expect(await next(paused)).toEqual({ review: null, message: expect.stringMatching(/paused/) });
    expect((await next(await loginAs(t, 'reviewer'))).review).not.toBeNull();
  });
});

describe('gold items', () => {
  let t: TestApp;
  let goldId: string;
  let scoreItemId: string;
  beforeAll(async () => {
    t = await testApp();
    await finishedAttempts(t, { settings: { reviewsPerItem: 1 } });
    await t.services.reviews.ensureItems();
    const [item] = await t.services.database.db.select().from(reviewItems);
    scoreItemId = item!.id;
    goldId = newId();
    // What calibration makes: a copy of a scored explanation with reference levels, created after it.
    t.clock.advance(60_000);
    await t.services.database.db
      .insert(reviewItems)
      .values({ ...item!, id: goldId, purpose: 'gold', status: 'open', goldLevels: { clarity: 2, correctness: 2 }, createdAt: t.clock.now() });
  });
  afterAll(() => t.close());

  it('are served exactly like other items, to any number of reviewers, never twice per submission', async () => {
    const [r1, r2, r3] = [await loginAs(t, 'reviewer'), await loginAs(t, 'reviewer'), await loginAs(t, 'reviewer')];
    const a = (await next(r1)).review;
    expect(a.item.itemId).toBe(scoreItemId);
    const [b, c] = [(await next(r2)).review, (await next(r3)).review];
    // The score item is full (1 review): both get the gold copy, which has no cap.
    expect([b.item.itemId, c.item.itemId]).toEqual([goldId, goldId]);
    const shape = (v: object): unknown =>
      v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, Array.isArray(x) ? 'array' : shape(x)])) : typeof v;
    expect(shape({ ...b.item, itemId: '' })).toEqual(shape({ ...a.item, itemId: '' }));
    expect(JSON.stringify(b)).not.toMatch(/gold/i);
    // r1 scored this submission's score item: its gold copy never comes to them.
    await submit(r1, a.reviewId, { clarity: 2, correctness: 2 });
    expect((await next(r1)).review).toBeNull();
  });

  it('are never adjudicated nor made final, however far apart their sets are', async () => {
    const mine = async (who: Staff) => (await who.agent.get('/api/v1/reviews/mine').expect(200)).body[0];
    const [r4, r5] = [await loginAs(t, 'reviewer'), await loginAs(t, 'reviewer')];
    const [x, y] = [(await next(r4)).review, (await next(r5)).review];
    await submit(r4, x.reviewId, { clarity: 2, correctness: 2 });
    await submit(r5, y.reviewId, { clarity: 0, correctness: 0 });
    expect(await mine(r5)).toMatchObject({ itemStatus: 'open', editable: true });
    const [gold] = (await t.services.database.db.select().from(reviewItems)).filter((i) => i.id === goldId);
    expect(gold).toMatchObject({ status: 'open', finalAt: null });
    expect((await t.services.adjudications.list({ userId: 'nobody', role: 'admin' })).map((i) => i.itemId)).not.toContain(goldId);
  });
});

describe('onItemFinal', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.close());

  it('is told once, with the attempt, when an item becomes final', async () => {
    const { services: s } = t;
    const told: string[] = [];
    const service = new ReviewService({
      repo: new ReviewRepo(s.database.db),
      rubrics: s.rubrics,
      challenges: s.challenges,
      clock: t.clock,
      logger: s.logger,
      onItemFinal: async (attemptId) => void told.push(attemptId),
    });
    await finishedAttempts(t);
    const [r1, r2] = [await loginAs(t, 'reviewer'), await loginAs(t, 'reviewer')];
    const viewers = [
      { userId: await userId(t, r1), role: 'reviewer' as const },
      { userId: await userId(t, r2), role: 'reviewer' as const },
    ];
    const claims = [(await service.next(viewers[0]!)).review!, (await service.next(viewers[1]!)).review!];
    const body = { levels: { clarity: 2, correctness: 2 }, spans: [], comments: {}, comment: '', submit: true };
    await service.save(claims[0].reviewId, viewers[0]!, body);
    expect(told).toEqual([]);
    await service.save(claims[1].reviewId, viewers[1]!, body);
    const attempt = await s.database.db.query.attempts.findFirst();
    expect(told).toEqual([attempt!.id]);
  });
});
