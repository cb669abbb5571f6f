import { z } from 'zod';
import { SubmissionReviewSchema as ReviewItemSchema, ReviewQueueItemSchema, type SubmissionReview as ReviewItem } from '@assay/contract';
import type { ApiClient } from '../../../lib/api-client';

export type ReviewQueueItem = z.infer<typeof ReviewQueueItemSchema>;
export type { ReviewItem };
export type RubricCriterion = ReviewItem['challenge']['rubric'][number];

/** The blind queue: final submissions with an explanation or answers, oldest first. */
export function getReviewQueue(api: ApiClient): Promise<ReviewQueueItem[]> {
  return api.get('/api/v1/reviews/queue', { schema: z.array(ReviewQueueItemSchema) });
}

export function getReviewItem(api: ApiClient, submissionId: string): Promise<ReviewItem> {
  return api.get(`/api/v1/reviews/items/${encodeURIComponent(submissionId)}`, { schema: ReviewItemSchema });
}
