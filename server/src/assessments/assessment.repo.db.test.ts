import { sql } from 'drizzle-orm';
import { AttemptRepo } from '../attempts/attempt.repo';
import { storedAttempt } from '../test-support/stored-rows';
import { repoSuite } from '../test-support/repo-suite';
import { AssessmentRepo } from './assessment.repo';

describe('AssessmentRepo reads JSON columns through their schemas', () => {
  const t = repoSuite((db) => new AssessmentRepo(db));

  it('reads back the language list as written', async () => {
    const { assessmentId } = await storedAttempt(t.database, { assessments: t.repo, attempts: new AttemptRepo(t.database.db) });
    expect((await t.repo.byId(assessmentId))?.languages).toEqual(['python']);
  });

  it('finds the oldest assessment with a title, and nothing for another title', async () => {
    await storedAttempt(t.database, { assessments: t.repo, attempts: new AttemptRepo(t.database.db) });
    await storedAttempt(t.database, { assessments: t.repo, attempts: new AttemptRepo(t.database.db) });
    const [oldest] = await t.repo.ids();
    expect(await t.repo.idByTitle('T')).toBe(oldest);
    expect(await t.repo.idByTitle('t')).toBeUndefined();
  });

  it('names assessments.languages when a stored value does not match', async () => {
    const { assessmentId } = await storedAttempt(t.database, { assessments: t.repo, attempts: new AttemptRepo(t.database.db) });
    await t.database.db.execute(sql`update assessments set languages = '"python"'::jsonb where id = ${assessmentId}`);
    await expect(t.repo.byId(assessmentId)).rejects.toThrow(/stored assessments\.languages does not match/);
  });
});
