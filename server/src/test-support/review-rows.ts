import { eq } from 'drizzle-orm';
import { reviewItems, reviews } from '../db/schema';
import type { TestApp } from './test-app';

/** One submitted review as a test writes it: levels, and optionally spans, comments, a reason, the role. */
export interface ReviewRowInput {
  reviewerId: string;
  levels: Record<string, number>;
  role?: 'reviewer' | 'adjudicator';
  spans?: { criterion: string; start: number; end: number }[];
  comments?: Record<string, string>;
  comment?: string;
  reason?: string;
}

/**
 * Writes a score item for the attempt's last submit of `challengeId` at
 * the challenge's current rubric, with these submitted reviews, straight
 * into the tables (what the review workflow stores), replacing any before.
 * Returns the item id.
 */
export async function writeReviewItem(t: TestApp, attemptId: string, challengeId: string, status: 'open' | 'adjudication' | 'final', sets: ReviewRowInput[]): Promise<string> {
  const { db } = t.services.database;
  const rubric = (await t.services.rubrics.current(challengeId))!;
  const submits = await t.services.submissionRepo.forAttempt(attemptId, { kind: 'submit', challengeId });
  const submit = submits.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]!;
  const attempt = await t.services.attempts.row(attemptId);
  const itemId = `item-${attemptId}-${challengeId}`;
  const values = {
    purpose: 'score' as const,
    submissionId: submit.id,
    attemptId,
    assessmentId: attempt.assessmentId,
    challengeId,
    rubricVersion: rubric.version,
    required: 2,
    status,
  };
  await db
    .insert(reviewItems)
    .values({ id: itemId, ...values })
    .onConflictDoUpdate({ target: reviewItems.id, set: { status } });
  await db.delete(reviews).where(eq(reviews.itemId, itemId));
  for (const [i, set] of sets.entries()) {
    const at = t.clock.now();
    await db.insert(reviews).values({
      id: `${itemId}-${i}`,
      itemId,
      reviewerId: set.reviewerId,
      role: set.role ?? 'reviewer',
      status: 'submitted',
      rubricVersion: rubric.version,
      claimedAt: at,
      expiresAt: at,
      levels: set.levels,
      spans: set.spans ?? [],
      comments: set.comments ?? {},
      comment: set.comment ?? '',
      reason: set.reason ?? null,
      submittedAt: at,
    });
  }
  return itemId;
}

let made = 0;
/** A staff user to review with; returns its id. */
export async function staffUser(t: TestApp, name: string, role: 'admin' | 'reviewer' = 'reviewer'): Promise<string> {
  made += 1;
  const user = await t.services.users.create({ email: `staff${made}-${Date.now()}@example.test`, name, role, password: 'correct horse battery' });
  return user.id;
}
