import { eq } from 'drizzle-orm';
import { reviewItems } from '../db/schema';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';
import { GoldItemSchema, ReviewersReportSchema } from './calibration.schema';
import { scoredItems, staffMember, storeReview } from './test-support/calibration-fixture';

let t: TestApp;
let admin: Awaited<ReturnType<typeof staffMember>>;
let reviewer: Awaited<ReturnType<typeof loginAs>>;

beforeAll(async () => {
  t = await testApp();
  admin = await staffMember(t, 'admin');
  reviewer = await loginAs(t, 'reviewer');
});
afterAll(() => t.close());

const post = (url: string, body: unknown) =>
  admin.agent
    .post(url)
    .set('X-CSRF-Token', admin.csrf)
    .send(body as object);
const del = (url: string) => admin.agent.delete(url).set('X-CSRF-Token', admin.csrf);

describe('POST /api/v1/review-items/:itemId/gold', () => {
  it('makes a gold copy of a scored item: same submission and rubric version, the reference levels, open', async () => {
    const { itemIds, assessmentId, challengeId } = await scoredItems(t, 1);
    const res = await post(`/api/v1/review-items/${itemIds[0]}/gold`, { levels: { clarity: 2, fix: 1 } }).expect(201);
    const gold = GoldItemSchema.parse(res.body);
    expect(gold).toMatchObject({ sourceItemId: itemIds[0], challengeId, rubricVersion: 1, goldLevels: { clarity: 2, fix: 1 }, status: 'active', reviews: 0, retiredAt: null });
    const [source] = await t.services.database.db.select().from(reviewItems).where(eq(reviewItems.id, itemIds[0]!));
    const [row] = await t.services.database.db.select().from(reviewItems).where(eq(reviewItems.id, gold.itemId));
    expect(row).toMatchObject({
      purpose: 'gold',
      submissionId: source!.submissionId,
      assessmentId,
      rubricVersion: 1,
      status: 'open',
      goldLevels: { clarity: 2, fix: 1 },
      createdBy: admin.id,
    });
    const list = await admin.agent.get(`/api/v1/assessments/${assessmentId}/gold`).expect(200);
    expect(list.body.map((g: { itemId: string }) => g.itemId)).toEqual([gold.itemId]);
  });

  it.each([
    [{ clarity: 2, fix: 1, style: 0 }, 'body.levels.style: no criterion "style" in rubric version 1'],
    [{ clarity: 2 }, 'body.levels.fix: pick the reference level of criterion "fix"'],
    [{ clarity: 3, fix: 1 }, 'body.levels.clarity: criterion "clarity" has levels 0 to 2; 3 is not one'],
  ])('refuses levels %j that do not fit the pinned rubric, naming the criterion', async (levels, message) => {
    const { itemIds, assessmentId } = await scoredItems(t, 1);
    const res = await post(`/api/v1/review-items/${itemIds[0]}/gold`, { levels }).expect(400);
    expect(res.body.error.message).toBe(message);
    expect((await admin.agent.get(`/api/v1/assessments/${assessmentId}/gold`).expect(200)).body).toEqual([]);
  });

  it('refuses a body that is not levels, an unknown item, a second live gold copy and a gold item as the source', async () => {
    const { itemIds } = await scoredItems(t, 1);
    expect((await post(`/api/v1/review-items/${itemIds[0]}/gold`, { levels: { clarity: -1 } }).expect(400)).body.error.message).toMatch(/^body\.levels\.clarity: /);
    await post('/api/v1/review-items/no-such-item/gold', { levels: { clarity: 0, fix: 0 } }).expect(404);
    const gold = (await post(`/api/v1/review-items/${itemIds[0]}/gold`, { levels: { clarity: 0, fix: 0 } }).expect(201)).body;
    expect((await post(`/api/v1/review-items/${itemIds[0]}/gold`, { levels: { clarity: 1, fix: 1 } }).expect(409)).body.error.code).toBe('already_gold');
    await post(`/api/v1/review-items/${gold.itemId}/gold`, { levels: { clarity: 1, fix: 1 } }).expect(409);
  });
});

describe('DELETE /api/v1/review-items/:itemId/gold', () => {
  it('retires the gold item (no longer open, so no new claims) and lets the explanation be marked again', async () => {
    const { itemIds, assessmentId } = await scoredItems(t, 1);
    const gold = (await post(`/api/v1/review-items/${itemIds[0]}/gold`, { levels: { clarity: 0, fix: 0 } }).expect(201)).body;
    await del(`/api/v1/review-items/${gold.itemId}/gold`).expect(204);
    await del(`/api/v1/review-items/${gold.itemId}/gold`).expect(204);
    const [row] = await t.services.database.db.select().from(reviewItems).where(eq(reviewItems.id, gold.itemId));
    expect(row).toMatchObject({ status: 'final', finalAt: t.clock.now() });
    const list = (await admin.agent.get(`/api/v1/assessments/${assessmentId}/gold`).expect(200)).body;
    expect(list).toEqual([expect.objectContaining({ itemId: gold.itemId, status: 'retired', retiredAt: t.clock.now().toISOString() })]);
    await post(`/api/v1/review-items/${itemIds[0]}/gold`, { levels: { clarity: 1, fix: 1 } }).expect(201);
    await del(`/api/v1/review-items/${itemIds[0]}/gold`).expect(404); // a scored item is not a gold item
  });
});

describe('GET /api/v1/assessments/:id/reviewers', () => {
  it('gives accuracy against gold (hand-computed), flags a reviewer below the threshold on 3 gold items, and leaves a good one unflagged', async () => {
    const { itemIds, assessmentId } = await scoredItems(t, 3);
    const ana = await staffMember(t, 'reviewer');
    const ben = await staffMember(t, 'reviewer');
    const reference = [
      { clarity: 2, fix: 1 },
      { clarity: 0, fix: 2 },
      { clarity: 1, fix: 1 },
    ];
    const golds: string[] = [];
    for (const [i, levels] of reference.entries()) golds.push((await post(`/api/v1/review-items/${itemIds[i]}/gold`, { levels }).expect(201)).body.itemId);
    // ana: 4 of 6 criteria at the reference, distance 1 + 0 + 1 = 2 over 6; ben: all 6.
    await storeReview(t, golds[0]!, ana.id, { clarity: 2, fix: 0 });
    await storeReview(t, golds[1]!, ana.id, { clarity: 0, fix: 2 });
    await storeReview(t, golds[2]!, ana.id, { clarity: 2, fix: 1 });
    for (const [i, levels] of reference.entries()) await storeReview(t, golds[i]!, ben.id, levels);
    const report = ReviewersReportSchema.parse((await admin.agent.get(`/api/v1/assessments/${assessmentId}/reviewers`).expect(200)).body);
    expect(report).toMatchObject({ threshold: 0.7, minItems: 3 });
    const anaLine = report.reviewers.find((r) => r.reviewer.id === ana.id)!;
    expect(anaLine.gold).toMatchObject({ items: 3, criteria: 6 });
    expect(anaLine.gold.accuracy).toBeCloseTo(4 / 6, 12);
    expect(anaLine.gold.meanDistance).toBeCloseTo(2 / 6, 12);
    expect(anaLine).toMatchObject({ flagged: true, flags: ['accuracy against gold 66.7% is below the threshold 0.7 (3 gold items)'], scoredItems: 0, pause: null });
    expect(report.reviewers.find((r) => r.reviewer.id === ben.id)).toMatchObject({ gold: { accuracy: 1, meanDistance: 0 }, flagged: false, flags: [] });
    const goldList = (await admin.agent.get(`/api/v1/assessments/${assessmentId}/gold`).expect(200)).body;
    expect(goldList.map((g: { reviews: number }) => g.reviews)).toEqual([2, 2, 2]);
  });
});

describe('POST and DELETE /api/v1/reviewers/:userId/pause', () => {
  it('pauses a reviewer with a reason, shows it on the reviewers page and to pausedReviewerIds, and resumes them', async () => {
    const { assessmentId } = await scoredItems(t, 1);
    const cy = await staffMember(t, 'reviewer');
    const res = await post(`/api/v1/reviewers/${cy.id}/pause`, { reason: 'below threshold on gold' }).expect(200);
    expect(res.body).toEqual({ reviewerId: cy.id, reason: 'below threshold on gold', pausedAt: t.clock.now().toISOString(), pausedBy: admin.id });
    expect(await t.services.reviewerPauses.pausedReviewerIds()).toContain(cy.id);
    expect(await t.services.reviewerPauses.isPaused(cy.id)).toBe(true);
    const line = (await admin.agent.get(`/api/v1/assessments/${assessmentId}/reviewers`).expect(200)).body.reviewers.find(
      (r: { reviewer: { id: string } }) => r.reviewer.id === cy.id,
    );
    expect(line).toMatchObject({ reviewer: { paused: true }, pause: { reason: 'below threshold on gold' } });
    await post(`/api/v1/reviewers/${cy.id}/pause`, { reason: 'again' }).expect(200);
    expect((await t.services.reviewerPauses.get(cy.id))?.reason).toBe('again');
    await del(`/api/v1/reviewers/${cy.id}/pause`).expect(204);
    expect(await t.services.reviewerPauses.isPaused(cy.id)).toBe(false);
    expect(await t.services.reviewerPauses.pausedReviewerIds()).not.toContain(cy.id);
  });

  it('needs a reason and a known user', async () => {
    const dee = await staffMember(t, 'reviewer');
    expect((await post(`/api/v1/reviewers/${dee.id}/pause`, { reason: '  ' }).expect(400)).body.error.message).toBe('body.reason: say why the reviewer is paused');
    await post('/api/v1/reviewers/nobody/pause', { reason: 'x' }).expect(404);
  });
});

describe('calibration routes are for admins', () => {
  it('gives reviewers 403 on every route and candidates 401', async () => {
    const { itemIds, assessmentId } = await scoredItems(t, 1);
    const other = await staffMember(t, 'reviewer');
    const write = (method: 'post' | 'delete', url: string, body?: object) => reviewer.agent[method](url).set('X-CSRF-Token', reviewer.csrf).send(body);
    await write('post', `/api/v1/review-items/${itemIds[0]}/gold`, { levels: { clarity: 0, fix: 0 } }).expect(403);
    await write('delete', `/api/v1/review-items/${itemIds[0]}/gold`).expect(403);
    await write('post', `/api/v1/reviewers/${other.id}/pause`, { reason: 'x' }).expect(403);
    await write('delete', `/api/v1/reviewers/${other.id}/pause`).expect(403);
    for (const part of ['gold', 'reviewers', 'agreement']) await reviewer.agent.get(`/api/v1/assessments/${assessmentId}/${part}`).expect(403);
    await (await import('supertest')).default(t.app).get(`/api/v1/assessments/${assessmentId}/agreement`).expect(401);
  });

  it('answers 404 for an unknown assessment', async () => {
    for (const part of ['gold', 'reviewers', 'agreement']) await admin.agent.get(`/api/v1/assessments/nope/${part}`).expect(404);
  });
});
