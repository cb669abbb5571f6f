import { eq } from 'drizzle-orm';
import { RubricSchema, type RubricFileInput } from '../../challenges/rubric.schema';
import { reviewItems, reviews, submissions, users } from '../../db/schema';
import { newId } from '../../lib/ids';
import { RubricRepo } from '../../rubrics/rubric.repo';
import { RubricStore } from '../../rubrics/rubric.store';
import { addChallenge, assessmentWithInvite, startAttempt } from '../../test-support/factories';
import { loginAs, type TestApp } from '../../test-support/test-app';

/** Two criteria of three levels each (level indexes 0, 1, 2). */
export const TWO_CRITERIA: RubricFileInput = {
  criteria: [
    { id: 'clarity', title: 'Clarity', description: 'Says why', levels: ['unclear', 'partly', 'clear'].map((d, i) => ({ points: i, descriptor: d })) },
    { id: 'fix', title: 'Fix', description: 'Names the fix', levels: ['none', 'vague', 'exact'].map((d, i) => ({ points: i * 2, descriptor: d })) },
  ],
};

/**
 * An assessment over one challenge with a rubric (pinned as version 1), one
 * finished-looking attempt and `count` scored review items, each on its own
 * submit; the review workflow's rows are written directly, as its service
 * would.
 */
export async function scoredItems(t: TestApp, count: number, rubric: RubricFileInput = TWO_CRITERIA) {
  const base = addChallenge();
  const challenge = { ...base, rubric: RubricSchema.parse(rubric), files: { ...base.files, 'rubric.yaml': JSON.stringify(rubric) } };
  const { assessment, token } = await assessmentWithInvite(t, { challenges: [challenge] });
  const { attempt } = await startAttempt(t, token);
  const { db } = t.services.database;
  await new RubricStore(new RubricRepo(db), t.services.challenges, t.clock).current(challenge.id);
  const itemIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const submissionId = newId();
    await db.insert(submissions).values({
      id: submissionId,
      attemptId: attempt.id,
      challengeId: challenge.id,
      challengeVersion: 1,
      kind: 'submit',
      language: 'javascript',
      code: `// ${i}`,
      explanation: `Explanation ${i}`,
      status: 'done',
      createdAt: new Date(t.clock.now().getTime() + i),
    });
    const itemId = newId();
    await db.insert(reviewItems).values({
      id: itemId,
      purpose: 'score',
      submissionId,
      attemptId: attempt.id,
      assessmentId: assessment.id,
      challengeId: challenge.id,
      rubricVersion: 1,
      required: 2,
      status: 'open',
      createdAt: new Date(t.clock.now().getTime() + i),
    });
    itemIds.push(itemId);
  }
  return { assessmentId: assessment.id, challengeId: challenge.id, itemIds };
}

let order = 0;

/** A submitted review row (or an adjudicator's, with `role`), submitted after every earlier one. */
export async function storeReview(t: TestApp, itemId: string, reviewerId: string, levels: Record<string, number>, role: 'reviewer' | 'adjudicator' = 'reviewer') {
  order += 1;
  const at = new Date(t.clock.now().getTime() + order * 1000);
  await t.services.database.db.insert(reviews).values({
    id: newId(),
    itemId,
    reviewerId,
    role,
    status: 'submitted',
    rubricVersion: 1,
    claimedAt: at,
    expiresAt: new Date(at.getTime() + 20 * 60_000),
    levels,
    spans: [],
    comments: {},
    submittedAt: at,
    ...(role === 'adjudicator' ? { reason: 'settled' } : {}),
  });
}

/** A logged-in staff member with their user id. */
export async function staffMember(t: TestApp, role: 'admin' | 'reviewer') {
  const login = await loginAs(t, role);
  const [row] = await t.services.database.db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, login.email));
  return { ...login, id: row!.id, name: row!.name };
}
