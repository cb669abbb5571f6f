import { finishedAttempts } from '../reviews/review-fixtures';
import { testApp, type TestApp } from '../test-support/test-app';
import { ReviewersReportSchema } from './calibration.schema';
import { staffMember } from './test-support/calibration-fixture';

type Staff = Awaited<ReturnType<typeof staffMember>>;
let t: TestApp;
let admin: Staff;
let assessmentId: string;

const next = async (who: Staff) => (await who.agent.post('/api/v1/reviews/next').set('X-CSRF-Token', who.csrf).send({}).expect(200)).body;
const submit = (who: Staff, reviewId: string, levels: object) =>
  who.agent.put(`/api/v1/reviews/${reviewId}`).set('X-CSRF-Token', who.csrf).send({ levels, submit: true }).expect(200);
const asAdmin = (method: 'post' | 'delete', url: string, body?: object) => admin.agent[method](url).set('X-CSRF-Token', admin.csrf).send(body);

beforeAll(async () => {
  t = await testApp();
  admin = await staffMember(t, 'admin');
  ({
    assessment: { id: assessmentId },
  } = await finishedAttempts(t, { settings: { reviewsPerItem: 1 } }));
});
afterAll(() => t.close());

describe('calibration through the review workflow', () => {
  it('serves the gold item an admin made, refuses a paused reviewer until resumed, measures accuracy, and stops serving a retired gold item', async () => {
    const [r1, r2, r3, r4] = [await staffMember(t, 'reviewer'), await staffMember(t, 'reviewer'), await staffMember(t, 'reviewer'), await staffMember(t, 'reviewer')];
    const scored = (await next(r1)).review;
    await submit(r1, scored.reviewId, { clarity: 2, correctness: 1 });

    const gold = (await asAdmin('post', `/api/v1/review-items/${scored.item.itemId}/gold`, { levels: { clarity: 2, correctness: 2 } }).expect(201)).body;
    await asAdmin('post', `/api/v1/reviewers/${r3.id}/pause`, { reason: 'calibration first' }).expect(200);
    expect(await next(r3)).toEqual({ review: null, message: expect.stringMatching(/paused/) });

    const served = (await next(r2)).review;
    expect(served.item.itemId).toBe(gold.itemId);
    await submit(r2, served.reviewId, { clarity: 1, correctness: 2 });

    await asAdmin('delete', `/api/v1/reviewers/${r3.id}/pause`).expect(204);
    expect((await next(r3)).review.item.itemId).toBe(gold.itemId);

    await asAdmin('delete', `/api/v1/review-items/${gold.itemId}/gold`).expect(204);
    expect((await next(r4)).review).toBeNull();

    const report = ReviewersReportSchema.parse((await admin.agent.get(`/api/v1/assessments/${assessmentId}/reviewers`).expect(200)).body);
    // r2 picked the reference on one criterion of two, one level off on the other; one gold item is too few to flag.
    expect(report.reviewers.find((r) => r.reviewer.id === r2.id)).toMatchObject({ gold: { items: 1, criteria: 2, accuracy: 0.5, meanDistance: 0.5 }, flagged: false });
    expect(report.reviewers.find((r) => r.reviewer.id === r1.id)).toMatchObject({ scoredItems: 1, gold: { items: 0, accuracy: null } });
    // Only the scored item's set counts towards agreement, not the gold item's.
    expect((await admin.agent.get(`/api/v1/assessments/${assessmentId}/agreement`).expect(200)).body.reviews).toBe(1);
  });
});
