import { sql } from 'drizzle-orm';
import { AssessmentRepo } from '../assessments/assessment.repo';
import { AttemptRepo } from '../attempts/attempt.repo';
import { users } from '../db/schema';
import { newId } from '../lib/ids';
import { SubmissionRepo } from '../submissions/submission.repo';
import { storedAttempt } from '../test-support/stored-rows';
import { repoSuite } from '../test-support/repo-suite';
import { ReviewRepo } from './review.repo';

const T0 = new Date('2026-01-05T09:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe('ReviewRepo', () => {
  const t = repoSuite((db) => new ReviewRepo(db));
  let attemptId: string;
  let challengeId: string;
  let submissionId: string;
  const reviewers = [newId(), newId(), newId()];
  /** The reviewer who lost the race for the item (on PostgreSQL any of the three may). */
  let outsider = '';

  beforeAll(async () => {
    const attempts = new AttemptRepo(t.database.db);
    const stored = await storedAttempt(t.database, { assessments: new AssessmentRepo(t.database.db), attempts });
    ({ challengeId } = stored);
    attemptId = stored.attempt.id;
    const subs = new SubmissionRepo(t.database.db);
    const submit = (id: string, createdAt: Date, status: 'done' | 'queued', explanation = 'why') =>
      subs.insert({ id, attemptId, challengeId, challengeVersion: 1, kind: 'submit', language: 'python', code: 'x', explanation, status, createdAt });
    await submit(newId(), at(1), 'done');
    submissionId = newId();
    await submit(submissionId, at(2), 'done');
    for (const [i, id] of reviewers.entries()) {
      await t.database.db.insert(users).values({ id, email: `r${i}@example.test`, name: `R ${i}`, role: 'reviewer', passwordHash: 'x' });
    }
    await attempts.finish(attemptId, at(3), 'candidate');
  });

  /** Another finished attempt whose only submit (judged) carries `explanation`. */
  async function finishedWithOneSubmit(explanation: string) {
    const attempts = new AttemptRepo(t.database.db);
    const other = await storedAttempt(t.database, { assessments: new AssessmentRepo(t.database.db), attempts });
    await new SubmissionRepo(t.database.db).insert({
      id: newId(),
      attemptId: other.attempt.id,
      challengeId: other.challengeId,
      challengeVersion: 1,
      kind: 'submit',
      language: 'python',
      code: 'x',
      explanation,
      status: 'done',
      createdAt: at(1),
    });
    await attempts.finish(other.attempt.id, at(2), 'candidate');
    return other;
  }

  it('makes one score item per finished attempt’s last judged submit, idempotently', async () => {
    expect(await t.repo.challengesNeedingItems()).toEqual([challengeId]);
    expect(await t.repo.insertItems(challengeId, 1, at(4))).toBe(1);
    expect(await t.repo.insertItems(challengeId, 1, at(4))).toBe(0);
    expect(await t.repo.challengesNeedingItems()).toEqual([]);
    const [input] = await t.repo.scoreInputs(attemptId);
    expect((await t.repo.item(input!.itemId))?.submissionId).toBe(submissionId);
  });

  it('makes no item for a last submit without an explanation (the score counts it as 0)', async () => {
    const other = await finishedWithOneSubmit('  \n ');
    expect(await t.repo.insertItems(other.challengeId, 1, at(4))).toBe(0);
    expect(await t.repo.scoreInputs(other.attempt.id)).toEqual([]);
  });

  it('claims race-safely: the item’s row is locked and its room counted again', async () => {
    const [itemId] = await t.repo.claimable(reviewers[0]!, at(5), 5);
    const claim = (reviewerId: string) => t.repo.claim(itemId!, { id: newId(), reviewerId, claimedAt: at(5), expiresAt: at(25) });
    const results = await Promise.all(reviewers.map(claim));
    // required is 2 (the assessment's default): the third reviewer gets nothing.
    expect(results.filter(Boolean)).toHaveLength(2);
    outsider = reviewers[results.findIndex((r) => !r)]!;
    expect(await t.repo.claimable(outsider, at(5), 5)).toEqual([]);
    // Past the lock the claims stop holding the item: the third reviewer can have it.
    expect(await t.repo.claimable(outsider, at(26), 5)).toEqual([itemId]);
  });

  // scoreInputs is what the scores helper (grading/attempt-scores.ts) reads.
  it('scoreInputs: per challenge the pinned version, status, required, submitted reviewer sets and the adjudication', async () => {
    const rows = await t.repo.rowsOf((await t.repo.scoreInputs(attemptId))[0]!.itemId);
    const [first, second] = rows;
    await t.repo.saveReview(first!.id, { levels: { clarity: 1 }, spans: [], comments: {}, comment: '', updatedAt: at(6), status: 'submitted', submittedAt: at(6) });
    await t.repo.saveReview(second!.id, { levels: { clarity: 0 }, spans: [], comments: {}, comment: 'draft', updatedAt: at(6) });
    const [input] = await t.repo.scoreInputs(attemptId);
    expect(input).toEqual({
      challengeId,
      itemId: first!.itemId,
      rubricVersion: 1,
      status: 'open',
      required: 2,
      reviews: [{ reviewerId: first!.reviewerId, levels: { clarity: 1 } }],
      adjudication: null,
    });
    await t.repo.saveReview(second!.id, { levels: { clarity: 2 }, spans: [], comments: {}, comment: '', updatedAt: at(7), status: 'submitted', submittedAt: at(7) });
    expect(await t.repo.moveItem(first!.itemId, ['open'], 'adjudication', null)).toBe(true);
    const done = await t.repo.adjudicate(first!.itemId, {
      id: newId(),
      reviewerId: outsider,
      rubricVersion: 1,
      claimedAt: at(8),
      levels: { clarity: 1 },
      spans: [],
      comments: {},
      comment: '',
      reason: 'middle',
      submittedAt: at(8),
      updatedAt: at(8),
    });
    expect(done).toBe(true);
    const [after] = await t.repo.scoreInputs(attemptId);
    expect(after).toMatchObject({ status: 'final', adjudication: { reviewerId: outsider, levels: { clarity: 1 } } });
    expect(after!.reviews).toHaveLength(2);
    expect(await t.repo.scoreInputs(newId())).toEqual([]);
  });

  it('scoreInputsOf reads many attempts at once, each as scoreInputs reads it alone, and leaves out attempts without items', async () => {
    const other = await finishedWithOneSubmit('because');
    expect(await t.repo.insertItems(other.challengeId, 1, at(4))).toBe(1);
    const none = newId();
    const batch = await t.repo.scoreInputsOf([attemptId, other.attempt.id, none]);
    expect([...batch.keys()].sort()).toEqual([attemptId, other.attempt.id].sort());
    expect(batch.get(attemptId)).toEqual(await t.repo.scoreInputs(attemptId));
    expect(batch.get(other.attempt.id)).toEqual(await t.repo.scoreInputs(other.attempt.id));
    expect(batch.get(other.attempt.id)).toEqual([expect.objectContaining({ challengeId: other.challengeId, status: 'open', reviews: [], adjudication: null })]);
    expect(await t.repo.scoreInputsOf([])).toEqual(new Map());
  });

  it('names reviews.levels when a stored value does not match', async () => {
    const itemId = (await t.repo.scoreInputs(attemptId))[0]!.itemId;
    await t.database.db.execute(sql`update reviews set levels = '{"clarity": "high"}'::jsonb where item_id = ${itemId} and role = 'adjudicator'`);
    await expect(t.repo.scoreInputs(attemptId)).rejects.toThrow(/stored reviews\.levels\.clarity does not match/);
  });
});
