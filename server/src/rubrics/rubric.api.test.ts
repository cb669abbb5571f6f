import path from 'node:path';
import { eq } from 'drizzle-orm';
import { parse } from 'yaml';
import { loadChallenge } from '../challenges/challenge.loader';
import { tempCatalog, writeChallenge } from '../challenges/test-support/challenge-fixture';
import { RubricFileSchema, type Rubric } from '../challenges/rubric.schema';
import { reviewItems, reviews, submissions, users } from '../db/schema';
import { assessmentWithInvite, startAttempt } from '../test-support/factories';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';

const catalog = (id: string) => loadChallenge(path.resolve(__dirname, '../../../challenges', id)).challenge!;
const ID = 'merge-intervals';
/** A challenge without a rubric (every catalog challenge has one): the small add-two fixture. */
const NO_RUBRIC = 'add-two';
const EXPLANATION = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
/** The two reviewers' picks (criterion id → level index) on merge-intervals' approach / correctness / complexity. */
const PICKS = [
  { approach: 3, correctness: 1, complexity: 2 },
  { approach: 2, correctness: 2, complexity: 1 },
];

let t: TestApp;
let admin: Awaited<ReturnType<typeof loginAs>>;
let attemptId = '';
const reviewers: Awaited<ReturnType<typeof loginAs>>[] = [];

const url = (id = ID) => `/api/v1/challenges/${id}/rubric`;
const getRubric = async (id = ID) => (await admin.agent.get(url(id)).expect(200)).body;
const put = (body: unknown, id = ID) => admin.agent.put(url(id)).set('X-CSRF-Token', admin.csrf).send(body);
/** Each reviewer's view of their review (the review API): its total as scored now, and whether its rubric version is outdated. */
const views = async () =>
  Promise.all(
    reviewers.map(async (r, i) => {
      const view = (await r.agent.get(`/api/v1/reviews/review-${i}`).expect(200)).body;
      return { total: view.total as number, outdated: view.rubricOutdated as boolean, revision: view.item.rubric.revision as number };
    }),
  );
const totals = async () => (await views()).map((v) => v.total);
/** The candidate report's rubric part of the reviewed challenge, and the attempt's score (the scores part, through HTTP; rounded to 4 decimals). */
const reported = async () => {
  const report = (await admin.agent.get(`/api/v1/attempts/${attemptId}/report`).expect(200)).body;
  const challenge = report.challenges.find((c: { challengeId: string }) => c.challengeId === ID);
  return { rubric: challenge.score.rubric.value as number, attempt: report.score.score as number };
};
const edit = (rubric: Rubric, change: (r: Rubric) => void): Rubric => {
  const copy = structuredClone(rubric);
  change(copy);
  return copy;
};

beforeAll(async () => {
  t = await testApp();
  admin = await loginAs(t, 'admin');
  // A finished submit with an explanation, and two submitted reviews of it pinned to rubric version 1 (inserted directly: only the rows matter here, not how reviewers made them).
  const { token, assessment } = await assessmentWithInvite(t, { challenges: [catalog(ID), loadChallenge(writeChallenge(tempCatalog(), NO_RUBRIC)).challenge!] });
  const { agent, csrf, attempt } = await startAttempt(t, token);
  attemptId = attempt.id;
  await agent
    .post(`/api/v1/attempt/challenges/${ID}/submit`)
    .set('X-CSRF-Token', csrf)
    .send({ language: 'javascript', code: 'module.exports = (xs) => xs;', explanation: EXPLANATION })
    .expect(202);
  await t.services.queue.idle();
  const { db } = t.services.database;
  const [submission] = await db.select({ id: submissions.id }).from(submissions).where(eq(submissions.attemptId, attempt.id));
  const pinned = await t.services.rubrics.current(ID);
  expect(pinned).toMatchObject({ version: 1, revision: 1 });
  await db.insert(reviewItems).values({
    id: 'item-1',
    purpose: 'score',
    submissionId: submission!.id,
    attemptId: attempt.id,
    assessmentId: assessment.id,
    challengeId: ID,
    rubricVersion: 1,
    required: 2,
    status: 'final',
  });
  for (const [i, levels] of PICKS.entries()) {
    const reviewer = await loginAs(t, 'reviewer');
    reviewers.push(reviewer);
    const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, reviewer.email));
    const at = t.clock.now();
    await db.insert(reviews).values({
      id: `review-${i}`,
      itemId: 'item-1',
      reviewerId: user!.id,
      role: 'reviewer',
      status: 'submitted',
      rubricVersion: 1,
      claimedAt: at,
      expiresAt: at,
      levels,
      spans: [],
      comments: {},
      submittedAt: at,
    });
  }
}, 120_000); // a safety net on a loaded machine (load 16 on 2 cores), never a speed check
afterAll(() => t.close());

describe('GET /api/v1/challenges/:id/rubric', () => {
  it('gives the rubric now, its history and how many reviews use each version', async () => {
    const doc = await getRubric();
    expect(doc).toMatchObject({ challengeId: ID, challengeTitle: 'Merge Intervals', challengeVersion: 1, current: { version: 1, revision: 1, editedBy: null } });
    expect(doc.current.rubric.criteria.map((c: { id: string }) => c.id)).toEqual(['approach', 'correctness', 'complexity']);
    expect(doc.history).toHaveLength(1);
    expect(doc.versions).toEqual([{ version: 1, revision: 1, reviews: 2, current: true }]);
  });

  it('has no rubric yet for a challenge without one, and 404 for an unknown challenge', async () => {
    expect(await getRubric(NO_RUBRIC)).toMatchObject({ current: null, history: [], versions: [] });
    await admin.agent.get(url('no-such-challenge')).expect(404);
  });

  it('is for admins only', async () => {
    const reviewer = await loginAs(t, 'reviewer');
    await reviewer.agent.get(url()).expect(403);
    await reviewer.agent
      .put(url())
      .set('X-CSRF-Token', reviewer.csrf)
      .send({ rubric: (await getRubric()).current.rubric })
      .expect(403);
    await (await import('supertest')).default(t.app).get(url()).expect(401);
  });
});

describe('PUT /api/v1/challenges/:id/rubric', () => {
  it('names the path of a problem, and writes nothing', async () => {
    const { current } = await getRubric();
    const bad = edit(current.rubric, (r) => void (r.criteria[1]!.levels[0]!.points = -1));
    const res = await put({ rubric: bad }).expect(400);
    expect(res.body.error.message).toMatch(/^body\.rubric\.criteria\.1\.levels\.0\.points: must be at least 0/);
    expect(res.body.error.details.fields[0].field).toBe('body.rubric.criteria.1.levels.0.points');
    const gate = await put({ rubric: edit(current.rubric, (r) => void (r.gates = [{ criterion: 'nope', minPoints: 1 }])) }).expect(400);
    expect(gate.body.error.message).toMatch(/^body\.rubric\.gates\.0\.criterion: no criterion has id "nope"/);
    expect(await getRubric()).toMatchObject({ challengeVersion: 1, history: [expect.anything()] });
  });

  it('answers "unchanged" for the same rubric and writes nothing', async () => {
    const { current } = await getRubric();
    const res = await put({ rubric: current.rubric, note: 'no change' }).expect(200);
    expect(res.body).toEqual({ outcome: 'unchanged', version: 1, revision: 1, challengeVersion: 1, rescored: 0, keptOld: 0 });
    expect(await getRubric()).toMatchObject({ challengeVersion: 1, history: [expect.anything()] });
  });

  it('saves new points and weights as the next revision, which re-scores every review of that version', async () => {
    const { current } = await getRubric();
    expect(await totals()).toEqual([6, 5]);
    const before = await reported();
    expect(before.rubric).toBeCloseTo((6 / 7 + 5 / 7) / 2, 3);
    const next = edit(current.rubric, (r) => {
      r.criteria[0]!.levels[3]!.points = 5; // approach: the top level is worth more
      r.criteria[2]!.weight = 2; // complexity counts twice
    });
    const res = await put({ rubric: next, note: 'approach matters most', base: { version: 1, revision: 1 } }).expect(200);
    expect(res.body).toEqual({ outcome: 'revision', version: 1, revision: 2, challengeVersion: 2, rescored: 2, keptOld: 0 });
    // approach 5 + correctness 1 + complexity 2 × 2; approach 2 + correctness 2 + complexity 1 × 2
    expect(await totals()).toEqual([10, 6]);
    expect(await views()).toEqual([expect.objectContaining({ revision: 2, outdated: false }), expect.objectContaining({ revision: 2, outdated: false })]);
    // Full marks are now 5 + 2 + 2 × 2 = 11: the report's rubric part and the attempt's score follow.
    const after = await reported();
    expect(after.rubric).toBeCloseTo((10 / 11 + 6 / 11) / 2, 3);
    expect(after.attempt).toBeLessThan(before.attempt);
    const doc = await getRubric();
    expect(doc.history.map((h: { version: number; revision: number }) => [h.version, h.revision])).toEqual([
      [1, 2],
      [1, 1],
    ]);
    expect(doc.history[0]).toMatchObject({ note: 'approach matters most', challengeVersion: 2, editedBy: { name: expect.stringMatching(/^admin/) } });
    expect(doc.versions).toEqual([{ version: 1, revision: 2, reviews: 2, current: true }]);
  });

  it('saved a new challenge version whose rubric.yaml reads back as the rubric, other files unchanged', async () => {
    const challenge = (await admin.agent.get(`/api/v1/challenges/${ID}`).expect(200)).body;
    expect(challenge.version).toBe(2);
    const { current } = await getRubric();
    expect(RubricFileSchema.parse(parse(challenge.files['rubric.yaml']))).toEqual(current.rubric);
    const { 'rubric.yaml': _rubric, ...rest } = challenge.files;
    const { 'rubric.yaml': _seedRubric, ...seedRest } = catalog(ID).files;
    expect(rest).toEqual(seedRest);
    expect((await t.services.challenges.version(ID, 1))!.challenge.rubric!.criteria[0]!.levels[3]!.points).toBe(3);
  });

  it('refuses a save based on a revision that is no longer the newest (409)', async () => {
    const { current } = await getRubric();
    const res = await put({ rubric: edit(current.rubric, (r) => void (r.criteria[0]!.title = 'Method')), base: { version: 1, revision: 1 } }).expect(409);
    expect(res.body.error).toMatchObject({ code: 'rubric_changed', message: expect.stringMatching(/it is now version 1 revision 2/) });
  });

  it('makes an added level a new version; the old reviews keep theirs and their totals', async () => {
    const { current } = await getRubric();
    const before = await reported();
    const next = edit(current.rubric, (r) => void r.criteria[1]!.levels.splice(1, 0, { points: 0.5, descriptor: 'Names the overlap case only.' }));
    const res = await put({ rubric: next, note: 'a level between none and some' }).expect(200);
    expect(res.body).toEqual({ outcome: 'version', version: 2, revision: 1, challengeVersion: 3, rescored: 0, keptOld: 2 });
    expect(await views()).toEqual([
      { total: 10, outdated: true, revision: 2 },
      { total: 6, outdated: true, revision: 2 },
    ]);
    expect(await reported()).toEqual(before);
    expect((await t.services.rubrics.current(ID))!.rubric.criteria[1]!.levels).toHaveLength(4);
    const doc = await getRubric();
    expect(doc.versions).toEqual([
      { version: 2, revision: 1, reviews: 0, current: true },
      { version: 1, revision: 2, reviews: 2, current: false },
    ]);
    expect(doc.history).toHaveLength(3);
  });

  it('gives a challenge without a rubric its first one', async () => {
    const rubric = {
      criteria: [
        {
          id: 'why',
          title: 'Why',
          description: 'Explains it',
          levels: [
            { points: 0, descriptor: 'no' },
            { points: 1, descriptor: 'yes' },
          ],
        },
      ],
    };
    const res = await put({ rubric, note: 'first' }, NO_RUBRIC).expect(200);
    expect(res.body).toEqual({ outcome: 'version', version: 1, revision: 1, challengeVersion: 2, rescored: 0, keptOld: 0 });
    expect((await getRubric(NO_RUBRIC)).current).toMatchObject({ note: 'first', rubric: { criteria: [{ id: 'why', weight: 1 }] } });
  });

  it('takes an edit made through the challenge’s files into the history, unattributed', async () => {
    const challenge = (await admin.agent.get(`/api/v1/challenges/${NO_RUBRIC}`).expect(200)).body;
    const files = { ...challenge.files, 'rubric.yaml': challenge.files['rubric.yaml'].replace('points: 1,', 'points: 2,') };
    await admin.agent.put(`/api/v1/challenges/${NO_RUBRIC}`).set('X-CSRF-Token', admin.csrf).send({ files }).expect(200);
    expect((await getRubric(NO_RUBRIC)).history[0]).toMatchObject({ version: 1, revision: 2, editedBy: null, note: 'from challenge version 3' });
  });
});
