import { eq } from 'drizzle-orm';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { ChallengeMetaSchema, type Challenge } from '../challenges/challenge.schema';
import { RubricSchema } from '../challenges/rubric.schema';
import { attempts, invites, reviewItems, reviews, submissions } from '../db/schema';
import { newId } from '../lib/ids';
import { RubricRepo } from '../rubrics/rubric.repo';
import { RubricStore } from '../rubrics/rubric.store';
import { addChallenge } from '../test-support/factories';
import { loginAs, testApp, type TestApp } from '../test-support/test-app';
import { ExportRepo } from './export.repo';
import { EXPORT_PAGE_SIZE } from './export.service';

let t: TestApp;
let admin: Awaited<ReturnType<typeof loginAs>>;

beforeAll(async () => {
  t = await testApp();
  admin = await loginAs(t, 'admin');
});
afterAll(() => t.close());

/** A challenge scored 70 % tests, 30 % rubric, with a two-criterion rubric. */
function explainedChallenge(id: string): Challenge {
  const base = addChallenge({ id });
  const rubric = RubricSchema.parse({
    criteria: [
      {
        id: 'bug',
        title: 'Bug',
        description: 'Finds it',
        weight: 2,
        levels: [
          { points: 0, descriptor: 'no' },
          { points: 1, descriptor: 'partly' },
          { points: 2, descriptor: 'yes' },
        ],
      },
      {
        id: 'fix',
        title: 'Fix',
        description: 'Fixes it',
        levels: [
          { points: 0, descriptor: 'no' },
          { points: 3, descriptor: 'yes' },
        ],
      },
    ],
  });
  const meta = ChallengeMetaSchema.parse({ ...base.meta, scoring: { weights: { tests: 0.7, rubric: 0.3 } }, explanation: { required: true } });
  return { ...base, meta, rubric, files: { ...base.files, 'challenge.yaml': JSON.stringify(meta), 'rubric.yaml': JSON.stringify(rubric) } };
}

async function assessmentOf(title: string, challenges: Challenge[]) {
  for (const c of challenges) await t.services.challenges.save(c);
  return t.services.assessments.create(
    { title, description: '', durationMinutes: 60, languages: ['python'], challengeIds: challenges.map((c) => c.id), opensAt: null, closesAt: null },
    null,
  );
}

/** Attempts written straight to storage (an export reads what is stored), with a judged submit per tests score given. */
async function storeAttempt(assessmentId: string, opts: { email: string; startedAt: Date; versions: Record<string, number>; tests?: Record<string, number>; final?: boolean }) {
  const { db } = t.services.database;
  const inviteId = newId();
  const id = newId();
  await db.insert(invites).values({ id: inviteId, assessmentId, email: opts.email, tokenHash: newId(), expiresAt: new Date('2030-01-01'), usedAt: opts.startedAt });
  const finishedAt = new Date(opts.startedAt.getTime() + 30 * 60_000);
  await db.insert(attempts).values({
    id,
    assessmentId,
    inviteId,
    email: opts.email,
    versions: opts.versions,
    startedAt: opts.startedAt,
    deadlineAt: new Date(opts.startedAt.getTime() + 60 * 60_000),
    finishedAt,
    finishReason: 'candidate',
    finalAt: opts.final ? finishedAt : null,
  });
  for (const [challengeId, testsScore] of Object.entries(opts.tests ?? {})) {
    await db.insert(submissions).values({
      id: newId(),
      attemptId: id,
      challengeId,
      challengeVersion: opts.versions[challengeId]!,
      kind: 'submit',
      language: 'python',
      code: 'x',
      explanation: 'Because.',
      status: 'done',
      testsScore,
      createdAt: finishedAt,
      finishedAt,
    });
  }
  return id;
}

const download = (path: string, who = admin.agent) =>
  who
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    });

describe('GET /api/v1/assessments/:id/exports/attempts.{csv,jsonl}', () => {
  let assessmentId: string;
  let ids: string[];

  beforeAll(async () => {
    const a = await assessmentOf('Backend screen: Q3', [addChallenge({ id: 'exp-add' }), explainedChallenge('exp-explain')]);
    assessmentId = a.id;
    const versions = { 'exp-add': 1, 'exp-explain': 1 };
    ids = [
      await storeAttempt(a.id, { email: 'ada@example.test', startedAt: new Date('2026-01-05T09:00:00Z'), versions, tests: { 'exp-add': 1, 'exp-explain': 0.5 } }),
      await storeAttempt(a.id, { email: '=HYPERLINK("http://evil.test")@example.test', startedAt: new Date('2026-01-05T10:00:00Z'), versions, tests: { 'exp-add': 0.25 } }),
    ];
  });

  it('lists each attempt with its status, score and per challenge score and parts, as CSV parsed back', async () => {
    const res = await download(`/api/v1/assessments/${assessmentId}/exports/attempts.csv`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="backend-screen-q3-attempts-2026-01-05.csv"');
    const rows = parse(res.body as string, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([
      'attempt_id',
      'email',
      'started_at',
      'finished_at',
      'final_at',
      'status',
      'score',
      ...['exp-add', 'exp-explain'].flatMap((c) => ['status', 'score', 'tests', 'objective', 'rubric'].map((f) => `${c}.${f}`)),
    ]);
    // exp-add is all tests; exp-explain is 0.7 tests + 0.3 rubric, the rubric not reviewed yet: provisional.
    expect(rows[0]).toMatchObject({
      attempt_id: ids[0],
      email: 'ada@example.test',
      started_at: '2026-01-05T09:00:00.000Z',
      finished_at: '2026-01-05T09:30:00.000Z',
      final_at: '',
      status: 'provisional',
      score: '0.675',
      'exp-add.status': 'final',
      'exp-add.score': '1',
      'exp-add.tests': '1',
      'exp-add.objective': '',
      'exp-add.rubric': '',
      'exp-explain.status': 'provisional',
      'exp-explain.score': '0.35',
      'exp-explain.tests': '0.5',
      'exp-explain.rubric': '',
    });
    // A cell a spreadsheet would run starts with an apostrophe.
    expect(rows[1]).toMatchObject({ attempt_id: ids[1], email: `'=HYPERLINK("http://evil.test")@example.test`, 'exp-add.tests': '0.25', 'exp-explain.tests': '0' }); // finished without a submit: 0
  });

  it('gives the same content as JSONL, one attempt per line with its challenges nested, written as is', async () => {
    const res = await download(`/api/v1/assessments/${assessmentId}/exports/attempts.jsonl`).expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="backend-screen-q3-attempts-2026-01-05.jsonl"');
    const lines = (res.body as string)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.attemptId)).toEqual(ids);
    expect(lines[1].email).toBe('=HYPERLINK("http://evil.test")@example.test');
    expect(lines[0]).toEqual({
      attemptId: ids[0],
      email: 'ada@example.test',
      startedAt: '2026-01-05T09:00:00.000Z',
      finishedAt: '2026-01-05T09:30:00.000Z',
      finalAt: null,
      status: 'provisional',
      score: 0.675,
      challenges: [
        { challengeId: 'exp-add', status: 'final', score: 1, tests: 1, objective: null, rubric: null },
        { challengeId: 'exp-explain', status: 'provisional', score: 0.35, tests: 0.5, objective: null, rubric: null },
      ],
    });
  });

  it('is for admins only, and 404 for an unknown assessment', async () => {
    const reviewer = await loginAs(t, 'reviewer');
    await reviewer.agent.get(`/api/v1/assessments/${assessmentId}/exports/attempts.csv`).expect(403);
    await request(t.app).get(`/api/v1/assessments/${assessmentId}/exports/labels.jsonl`).expect(401);
    const res = await admin.agent.get('/api/v1/assessments/nope/exports/attempts.csv').expect(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

it('is described in the OpenAPI document as four admin downloads', async () => {
  const spec = (await request(t.app).get('/api/openapi.json').expect(200)).body;
  for (const file of ['attempts.csv', 'attempts.jsonl', 'labels.csv', 'labels.jsonl']) {
    const get = spec.paths[`/api/v1/assessments/{id}/exports/${file}`].get;
    expect(get['x-access']).toBe('admin');
    expect(Object.keys(get.responses)).toContain('200');
  }
});

describe('an export of many attempts', () => {
  it('reads them in keyset pages of 200 as it writes, and every attempt comes out once, in start order', async () => {
    const a = await assessmentOf('Many', [addChallenge({ id: 'exp-many' })]);
    const total = 2 * EXPORT_PAGE_SIZE + 50;
    const start = new Date('2026-02-01T00:00:00Z').getTime();
    const { db } = t.services.database;
    const inviteRows = Array.from({ length: total }, (_, i) => ({
      id: newId(),
      assessmentId: a.id,
      email: `c${i}@example.test`,
      tokenHash: newId(),
      expiresAt: new Date('2030-01-01'),
    }));
    await db.insert(invites).values(inviteRows);
    // Every two attempts share a start time, so the page boundary falls inside a tie the id breaks.
    const attemptRows = inviteRows.map((inv, i) => {
      const startedAt = new Date(start + Math.floor(i / 2) * 1000);
      return { id: newId(), assessmentId: a.id, inviteId: inv.id, email: inv.email, versions: { 'exp-many': 1 }, startedAt, deadlineAt: new Date(startedAt.getTime() + 3_600_000) };
    });
    await db.insert(attempts).values(attemptRows);
    const pages = jest.spyOn(ExportRepo.prototype, 'attemptPage');
    // Paging is the point here, not scoring (tested above): a page's scores are a cheap stand-in.
    const scores = jest.spyOn(t.services.attemptScores, 'forAttempts').mockResolvedValue([]);
    try {
      const res = await download(`/api/v1/assessments/${a.id}/exports/attempts.csv`).expect(200);
      const rows = parse(res.body as string, { columns: true }) as Record<string, string>[];
      const expected = [...attemptRows].sort((x, y) => x.startedAt.getTime() - y.startedAt.getTime() || (x.id < y.id ? -1 : 1)).map((r) => r.id);
      expect(rows.map((r) => r.attempt_id)).toEqual(expected);
      expect(pages).toHaveBeenCalledTimes(3);
      expect(pages.mock.calls.map((c) => c[2])).toEqual([EXPORT_PAGE_SIZE, EXPORT_PAGE_SIZE, EXPORT_PAGE_SIZE]);
      const returned = await Promise.all(pages.mock.results.map((r) => r.value as Promise<unknown[]>));
      expect(returned.map((p) => p.length)).toEqual([EXPORT_PAGE_SIZE, EXPORT_PAGE_SIZE, 50]);
      // Scored a page at a time: one call per page, never one per attempt.
      expect(scores.mock.calls.map((c) => c[0].length)).toEqual([EXPORT_PAGE_SIZE, EXPORT_PAGE_SIZE, 50]);
    } finally {
      pages.mockRestore();
      scores.mockRestore();
    }
  });
});

describe('an attempt grading cannot score', () => {
  it('is exported with an empty score while the rest of its page keeps theirs', async () => {
    const a = await assessmentOf('Broken', [addChallenge({ id: 'exp-broken' })]);
    const versions = { 'exp-broken': 1 };
    const good = await storeAttempt(a.id, { email: 'good@example.test', startedAt: new Date('2026-03-01T09:00:00Z'), versions, tests: { 'exp-broken': 1 } });
    const bad = await storeAttempt(a.id, { email: 'bad@example.test', startedAt: new Date('2026-03-01T10:00:00Z'), versions, tests: { 'exp-broken': 1 } });
    const real = t.services.attemptScores.forAttempts.bind(t.services.attemptScores);
    const scores = jest.spyOn(t.services.attemptScores, 'forAttempts').mockImplementation(async (ids) => {
      if (ids.includes(bad)) throw new Error('a corrupt row');
      return real(ids);
    });
    try {
      const res = await download(`/api/v1/assessments/${a.id}/exports/attempts.csv`).expect(200);
      const rows = parse(res.body as string, { columns: true }) as Record<string, string>[];
      expect(rows.map((r) => [r.attempt_id, r.score])).toEqual([
        [good, '1'],
        [bad, ''],
      ]);
    } finally {
      scores.mockRestore();
    }
  });
});

describe('GET /api/v1/assessments/:id/exports/labels.{csv,jsonl}', () => {
  it('lists one row per reviewer × item × criterion with the level and its points in the pinned rubric version', async () => {
    const challenge = explainedChallenge('exp-labels');
    const a = await assessmentOf('Labels', [challenge]);
    const attemptId = await storeAttempt(a.id, {
      email: 'bo@example.test',
      startedAt: new Date('2026-01-06T09:00:00Z'),
      versions: { 'exp-labels': 1 },
      tests: { 'exp-labels': 1 },
    });
    const { db } = t.services.database;
    const revision = await new RubricStore(new RubricRepo(db), t.services.challenges, t.clock).current('exp-labels');
    expect(revision?.version).toBe(1);
    const [submission] = await db.select({ id: submissions.id }).from(submissions).where(eq(submissions.attemptId, attemptId));
    const r1 = await t.services.users.create({ email: 'r1@example.test', name: '@Rita', role: 'reviewer', password: 'correct horse battery' });
    const r2 = await t.services.users.create({ email: 'r2@example.test', name: 'Sam', role: 'reviewer', password: 'correct horse battery' });
    const itemId = newId();
    await db.insert(reviewItems).values({
      id: itemId,
      purpose: 'score',
      submissionId: submission!.id,
      attemptId,
      assessmentId: a.id,
      challengeId: 'exp-labels',
      rubricVersion: 1,
      required: 2,
      status: 'open',
    });
    const review = (reviewerId: string, levels: Record<string, number>, status: 'submitted' | 'claimed') => ({
      id: newId(),
      itemId,
      reviewerId,
      role: 'reviewer' as const,
      status,
      rubricVersion: 1,
      claimedAt: new Date('2026-01-06T10:00:00Z'),
      expiresAt: new Date('2026-01-06T10:20:00Z'),
      levels,
      spans: [],
      comments: {},
      submittedAt: status === 'submitted' ? new Date('2026-01-06T10:10:00Z') : null,
    });
    await db.insert(reviews).values([review(r1.id, { bug: 2, fix: 1 }, 'submitted'), review(r2.id, { bug: 1 }, 'claimed')]);

    const res = await download(`/api/v1/assessments/${a.id}/exports/labels.csv`).expect(200);
    const rows = parse(res.body as string, { columns: true }) as Record<string, string>[];
    const common = {
      assessment_id: a.id,
      item_id: itemId,
      purpose: 'score',
      attempt_id: attemptId,
      challenge_id: 'exp-labels',
      rubric_version: '1',
      reviewer_id: r1.id,
      reviewer_name: "'@Rita",
      role: 'reviewer',
      submitted_at: '2026-01-06T10:10:00.000Z',
    };
    // Only submitted reviews: the claimed draft of r2 is not a label yet.
    expect(rows).toEqual([
      { ...common, criterion: 'bug', level: '2', points: '2' },
      { ...common, criterion: 'fix', level: '1', points: '3' },
    ]);
    const jsonl = await download(`/api/v1/assessments/${a.id}/exports/labels.jsonl`).expect(200);
    const lines = (jsonl.body as string)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { ...common, reviewer_name: '@Rita', rubric_version: 1, criterion: 'bug', level: 2, points: 2 },
      { ...common, reviewer_name: '@Rita', rubric_version: 1, criterion: 'fix', level: 1, points: 3 },
    ]);
  });
});
