import { sql } from 'drizzle-orm';
import { AssessmentRepo } from '../assessments/assessment.repo';
import { AttemptRepo } from '../attempts/attempt.repo';
import { newId } from '../lib/ids';
import { SubmissionRepo } from '../submissions/submission.repo';
import { storedAttempt } from '../test-support/stored-rows';
import { repoSuite } from '../test-support/repo-suite';
import { ReviewRepo } from './review.repo';

describe('ReviewRepo reads JSON columns through their schemas', () => {
  const t = repoSuite((db) => new ReviewRepo(db));
  let id: string;
  beforeAll(async () => {
    const { attempt, challengeId } = await storedAttempt(t.database, { assessments: new AssessmentRepo(t.database.db), attempts: new AttemptRepo(t.database.db) });
    id = newId();
    await new SubmissionRepo(t.database.db).insert({
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

  it('reads final submits with their answers as written', async () => {
    expect((await t.repo.finalSubmits()).map((r) => [r.id, r.answers])).toEqual([[id, { verdict: 'correct' }]]);
    expect((await t.repo.submission(id))?.answers).toEqual({ verdict: 'correct' });
  });

  it('names submissions.answers when a stored value does not match', async () => {
    await t.database.db.execute(sql`update submissions set answers = '{"verdict": 1}'::jsonb where id = ${id}`);
    await expect(t.repo.finalSubmits()).rejects.toThrow(/stored submissions\.answers\.verdict does not match/);
    await expect(t.repo.submission(id)).rejects.toThrow(/submissions\.answers/);
  });
});
