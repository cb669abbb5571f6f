import { sql } from 'drizzle-orm';
import { AssessmentRepo } from '../assessments/assessment.repo';
import { StoredValueError } from '../db/parse-column';
import { storedAttempt } from '../test-support/stored-rows';
import { repoSuite } from '../test-support/repo-suite';
import { AttemptRepo } from './attempt.repo';

describe('AttemptRepo reads JSON columns through their schemas', () => {
  const t = repoSuite((db) => new AttemptRepo(db));

  it('reads back pinned versions and draft answers as written', async () => {
    const { attempt, challengeId } = await storedAttempt(t.database, { assessments: new AssessmentRepo(t.database.db), attempts: t.repo });
    expect((await t.repo.byId(attempt.id))?.versions).toEqual({ [challengeId]: 1 });
    const answers = { verdict: 'incorrect' as const, flaggedLines: [3], testCase: { args: [1, 'a\u0000b'] } };
    await t.repo.insertDraft(attempt.id, challengeId, { language: 'python', code: 'x', explanation: null, answers, savedAt: new Date() });
    expect((await t.repo.newestDraft(attempt.id, challengeId))?.answers).toEqual(answers);
  });

  it('reads an attempt with its assessment in one query', async () => {
    const { attempt, assessmentId } = await storedAttempt(t.database, { assessments: new AssessmentRepo(t.database.db), attempts: t.repo });
    const select = jest.spyOn(t.database.db, 'select');
    try {
      const both = await t.repo.byIdWithAssessment(attempt.id);
      expect(select).toHaveBeenCalledTimes(1);
      expect(both?.attempt).toEqual(await t.repo.byId(attempt.id));
      expect(both?.assessment).toMatchObject({ id: assessmentId, languages: ['python'], feedback: 'full' });
      expect(await t.repo.byIdWithAssessment('no-such-attempt')).toBeUndefined();
    } finally {
      select.mockRestore();
    }
  });

  it('names attempts.versions when a stored value does not match', async () => {
    const { attempt } = await storedAttempt(t.database, { assessments: new AssessmentRepo(t.database.db), attempts: t.repo });
    await t.database.db.execute(sql`update attempts set versions = '{"c": "one"}'::jsonb where id = ${attempt.id}`);
    const read = t.repo.byId(attempt.id);
    await expect(read).rejects.toThrow(StoredValueError);
    await expect(t.repo.byId(attempt.id)).rejects.toThrow(/attempts\.versions\.c/);
  });

  it('names drafts.answers when a stored value does not match', async () => {
    const { attempt, challengeId } = await storedAttempt(t.database, { assessments: new AssessmentRepo(t.database.db), attempts: t.repo });
    await t.repo.insertDraft(attempt.id, challengeId, { language: 'python', code: 'x', explanation: null, answers: null, savedAt: new Date() });
    await t.database.db.execute(sql`update drafts set answers = '{"verdict": "maybe"}'::jsonb where attempt_id = ${attempt.id}`);
    await expect(t.repo.newestDraft(attempt.id, challengeId)).rejects.toThrow(/drafts\.answers\.verdict/);
    await expect(t.repo.history(attempt.id)).rejects.toThrow(/drafts\.answers/);
  });
});
