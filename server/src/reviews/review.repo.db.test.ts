import { sql } from 'drizzle-orm';
import { AssessmentRepo } from '../assessments/assessment.repo';
import { AttemptRepo } from '../attempts/attempt.repo';
import type { Database } from '../db/client';
import { newId } from '../lib/ids';
import { SubmissionRepo } from '../submissions/submission.repo';
import { storedAttempt } from '../test-support/stored-rows';
import { testDatabase } from '../test-support/test-db';
import { ReviewRepo } from './review.repo';

describe('ReviewRepo reads JSON columns through their schemas', () => {
  let database: Database;
  let repo: ReviewRepo;
  let id: string;
  beforeAll(async () => {
    database = await testDatabase();
    repo = new ReviewRepo(database.db);
    const { attempt, challengeId } = await storedAttempt(database, { assessments: new AssessmentRepo(database.db), attempts: new AttemptRepo(database.db) });
    id = newId();
    await new SubmissionRepo(database.db).insert({
      id,
      attemptId: attempt.id,
      challengeId,
      challengeVersion: 1,
      kind: 'submit',
      language: 'python',
      code: 'x',
      status: 'done',
      answers: { verdict: 'correct' },
    });
  });
  afterAll(() => database.close());

  it('reads final submits with their answers as written', async () => {
    expect((await repo.finalSubmits()).map((r) => [r.id, r.answers])).toEqual([[id, { verdict: 'correct' }]]);
    expect((await repo.submission(id))?.answers).toEqual({ verdict: 'correct' });
  });

  it('names submissions.answers when a stored value does not match', async () => {
    await database.db.execute(sql`update submissions set answers = '{"verdict": 1}'::jsonb where id = ${id}`);
    await expect(repo.finalSubmits()).rejects.toThrow(/stored submissions\.answers\.verdict does not match/);
    await expect(repo.submission(id)).rejects.toThrow(/submissions\.answers/);
  });
});
