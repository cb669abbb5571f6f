import { sql } from 'drizzle-orm';
import { AttemptRepo } from '../attempts/attempt.repo';
import type { Database } from '../db/client';
import { storedAttempt } from '../test-support/stored-rows';
import { testDatabase } from '../test-support/test-db';
import { AssessmentRepo } from './assessment.repo';

describe('AssessmentRepo reads JSON columns through their schemas', () => {
  let database: Database;
  let repo: AssessmentRepo;
  beforeAll(async () => {
    database = await testDatabase();
    repo = new AssessmentRepo(database.db);
  });
  afterAll(() => database.close());

  it('reads back the language list as written', async () => {
    const { assessmentId } = await storedAttempt(database, { assessments: repo, attempts: new AttemptRepo(database.db) });
    expect((await repo.byId(assessmentId))?.languages).toEqual(['python']);
  });

  it('names assessments.languages when a stored value does not match', async () => {
    const { assessmentId } = await storedAttempt(database, { assessments: repo, attempts: new AttemptRepo(database.db) });
    await database.db.execute(sql`update assessments set languages = '"python"'::jsonb where id = ${assessmentId}`);
    await expect(repo.byId(assessmentId)).rejects.toThrow(/stored assessments\.languages does not match/);
  });
});
