import { sql } from 'drizzle-orm';
import { AssessmentRepo } from '../assessments/assessment.repo';
import { AttemptRepo } from '../attempts/attempt.repo';
import type { Database } from '../db/client';
import type { Judgement } from '../grading/judge';
import { newId } from '../lib/ids';
import { storedAttempt } from '../test-support/stored-rows';
import { testDatabase } from '../test-support/test-db';
import { boundForStorage } from './stored-output';
import { SubmissionRepo } from './submission.repo';

/** A judgement with every field the worker may store set, hidden-case capping included. */
function fullJudgement(): Judgement {
  return {
    image: 'assay/python:latest',
    imageId: 'sha256:abc',
    compile: { ok: true, output: 'warning: x', timeMs: 12 },
    cases: [
      {
        name: 'h1',
        status: 'ok',
        stdout: 'a\u0000b',
        stderr: '',
        exitCode: 0,
        timeMs: 3,
        memoryKb: 2048,
        valueJson: '9007199254740993',
        pass: true,
        group: 'basic',
      },
      {
        name: 'h2',
        status: 'runtime_error',
        stdout: 'x'.repeat(10_000),
        stderr: 'Traceback',
        exitCode: 1,
        signal: 'SIGKILL',
        timeMs: 4,
        valueJson: JSON.stringify('y'.repeat(10_000)),
        pass: false,
        reason: 'crashed',
        group: 'edge',
      },
      // Stored before the runner reported valueJson: the parsed value is what there is (grading/case-values.ts reads it).
      { name: 'h3', status: 'ok', stdout: '', stderr: '', exitCode: 0, timeMs: 1, value: { a: [1, null] }, pass: true },
    ],
    runTimeMs: 40,
    score: { score: 0.5, groups: [{ name: 'basic', weight: 1, passed: 1, total: 1, score: 1 }] },
  };
}

describe('SubmissionRepo reads JSON columns through their schemas', () => {
  let database: Database;
  let repo: SubmissionRepo;
  let attemptId: string;
  let challengeId: string;
  beforeAll(async () => {
    database = await testDatabase();
    repo = new SubmissionRepo(database.db);
    const stored = await storedAttempt(database, { assessments: new AssessmentRepo(database.db), attempts: new AttemptRepo(database.db) });
    attemptId = stored.attempt.id;
    challengeId = stored.challengeId;
  });
  afterAll(() => database.close());

  const insert = (kind: 'run' | 'submit' = 'submit') =>
    repo.insert({ id: newId(), attemptId, challengeId, challengeVersion: 1, kind, language: 'python', code: 'x', status: 'queued', answers: { flaggedLines: [2] } });

  it('reads a stored result back equal, every field kept (hidden-case capping included)', async () => {
    const row = await insert();
    const result = boundForStorage(fullJudgement(), 'submit');
    expect(result.cases[1]!.valueBytes).toBeGreaterThan(0); // the capped form is what is stored
    await repo.update(row.id, { status: 'done', result, testsScore: 0.5 });
    const back = await repo.byId(row.id);
    expect(back?.result).toEqual(result);
    expect(back?.answers).toEqual({ flaggedLines: [2] });
    expect((await repo.forAttempt(attemptId)).find((s) => s.id === row.id)?.result).toEqual(result);
  });

  it('names submissions.result when a stored value does not match', async () => {
    const row = await insert();
    await database.db.execute(sql`update submissions set result = '{"image": "i", "cases": "many"}'::jsonb where id = ${row.id}`);
    await expect(repo.byId(row.id)).rejects.toThrow(/stored submissions\.result\.\w+ does not match/);
    await database.db.execute(sql`update submissions set result = null where id = ${row.id}`);
  });

  it('names submissions.answers when a stored value does not match', async () => {
    const row = await insert();
    await database.db.execute(sql`update submissions set answers = '{"flaggedLines": [0]}'::jsonb where id = ${row.id}`);
    await expect(repo.byId(row.id)).rejects.toThrow(/stored submissions\.answers\.flaggedLines\.0 does not match/);
    await database.db.execute(sql`update submissions set answers = null where id = ${row.id}`);
  });

  it('claims an unfinished submission once per try, and never a finished one', async () => {
    const row = await insert();
    expect(await repo.claim(row.id)).toMatchObject({ status: 'running', attempts: 1 });
    expect(await repo.claim(row.id)).toMatchObject({ status: 'running', attempts: 2 }); // a retry, or a restart while it ran
    await repo.update(row.id, { status: 'done' });
    expect(await repo.claim(row.id)).toBeUndefined();
    expect(await repo.claim('no-such-id')).toBeUndefined();
    expect((await repo.byId(row.id))?.attempts).toBe(2);
  });
});
