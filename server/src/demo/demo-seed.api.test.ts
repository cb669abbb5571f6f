import request from 'supertest';
import { testApp, type TestApp } from '../test-support/test-app';
import { DEMO_ASSESSMENTS } from './demo-assessments';
import { DEMO_USERS, seedDemo } from './demo-seed';

// Each seed imports the whole catalog (every challenge file parsed and hashed): slow on a busy machine.
jest.setTimeout(120_000);

describe('seedDemo', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp();
  });
  afterAll(() => t.close());

  it('imports the catalog, makes the demo staff and assessment, and a fresh invite on each start', async () => {
    const first = await seedDemo(t.services);
    expect(first.imported.length).toBeGreaterThan(0);
    expect(first.imported.every((i) => i.created)).toBe(true);
    for (const user of DEMO_USERS) expect(await t.services.users.authenticate(user.email, user.password)).toMatchObject({ role: user.role });
    expect(first.inviteUrl).toMatch(/^http:\/\/assay\.test\/invite\//);

    const second = await seedDemo(t.services);
    expect(second.imported.every((i) => !i.created)).toBe(true);
    expect(second.inviteUrl).not.toBe(first.inviteUrl);
    // The second start reuses the demo assessment (found by its title) and adds its invite there.
    const demo = (await t.services.assessments.list()).filter((a) => a.title === 'Demo: coding screen');
    expect(demo).toHaveLength(1);
    // The printed candidate link opens the same three challenges whatever the catalog adds.
    expect(await t.services.assessments.challengeIds(demo[0]!.id)).toEqual(['mean-and-stddev', 'merge-intervals', 'roman-numerals']);
    expect((await t.services.assessments.invites(demo[0]!.id)).length).toBe(2);
  });

  it('leaves a finished attempt whose explanations wait for review, made once, with a review and a compare pair graded against their keys', async () => {
    const first = await seedDemo(t.services);
    expect(first.toReview.sort()).toEqual(['compare-rle-readability', 'compare-rle-readability-swapped', 'fix-search-insert', 'merge-intervals', 'review-mutable-default']);
    await t.services.queue.idle();
    const reviewer = DEMO_USERS.find((u) => u.role === 'reviewer')!;
    const agent = request.agent(t.app);
    const { csrfToken } = (await agent.post('/api/v1/auth/login').send({ email: reviewer.email, password: reviewer.password }).expect(200)).body;
    const { review } = (await agent.post('/api/v1/reviews/next').set('X-CSRF-Token', csrfToken).send({}).expect(200)).body;
    expect(first.toReview).toContain(review.item.challenge.id);
    expect(review.item.explanation.length).toBeGreaterThan(50);

    const [titled] = (await t.services.assessments.list()).filter((a) => a.title === 'Demo: explanations to review');
    const admin = request.agent(t.app);
    const staff = DEMO_USERS.find((u) => u.role === 'admin')!;
    await admin.post('/api/v1/auth/login').send({ email: staff.email, password: staff.password }).expect(200);
    const [attempt] = (await admin.get(`/api/v1/assessments/${titled!.id}/attempts`).expect(200)).body;
    const submitted = await t.services.submissionRepo.forAttempt(attempt.id);
    const objective = (id: string) => submitted.find((x) => x.challengeId === id && x.kind === 'submit')?.objective;
    // The review's verdict and flag match the key.
    expect(objective('review-mutable-default')).toMatchObject({ verdict: { correct: true }, lines: { found: [1] } });
    // The compare pair and its probe were answered by position: the same label both times, so the clean answer first and the dense one second.
    const [pair, probe] = [objective('compare-rle-readability')!, objective('compare-rle-readability-swapped')!];
    expect(probe.preference!.order).toEqual([...pair.preference!.order].reverse());
    expect([pair.preference!.given!.preferred, pair.score]).toEqual(['rle-clean', 1]);
    expect([probe.preference!.given!.preferred, probe.score]).toEqual(['rle-dense', 0]);

    await seedDemo(t.services);
    const again = (await t.services.assessments.list()).filter((a) => a.title === 'Demo: explanations to review');
    expect(again).toHaveLength(1);
    expect(again[0]!.counts).toMatchObject({ started: 1, finished: 1 });
  });

  it('makes the three ready-made assessments once, each with every challenge it names, in order', async () => {
    const { assessments } = await seedDemo(t.services);
    expect(assessments.map((a) => a.title)).toEqual(['Generalist screen', 'Debugging', 'AI-answer review']);
    const kinds = new Map((await t.services.challenges.list()).map((c) => [c.id, c.kind]));
    const kindsOf = async (title: string) => {
      const [found] = (await t.services.assessments.list()).filter((a) => a.title === title);
      const ids = await t.services.assessments.challengeIds(found!.id);
      // Every challenge named in demo-assessments.ts is in the catalog and in the assessment.
      expect(ids).toEqual(DEMO_ASSESSMENTS.find((d) => d.title === title)!.challengeIds);
      return { ids, kinds: new Set(ids.map((id) => kinds.get(id))) };
    };
    for (const a of assessments) expect(a.missing).toEqual([]);

    expect([...(await kindsOf('Generalist screen')).kinds].sort()).toEqual(['compare', 'debug', 'explain', 'implement', 'review']);
    const debugging = await kindsOf('Debugging');
    expect([...debugging.kinds]).toEqual(['debug']);
    expect(debugging.ids.length).toBeGreaterThan(1);
    const review = await kindsOf('AI-answer review');
    expect([...review.kinds].sort()).toEqual(['compare', 'explain', 'review']);
    // The consistency probe comes with the pair it swaps.
    const probes = await Promise.all(review.ids.map(async (id) => (await t.services.challenges.current(id))!.challenge.meta.swapOf));
    const swapped = probes.filter((x) => x !== undefined);
    expect(swapped.length).toBeGreaterThan(0);
    for (const of of swapped) expect(review.ids).toContain(of);

    await seedDemo(t.services);
    const titles = (await t.services.assessments.list()).map((a) => a.title);
    for (const demo of DEMO_ASSESSMENTS) expect(titles.filter((x) => x === demo.title)).toHaveLength(1);
  });
});
