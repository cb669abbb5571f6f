import { z } from 'zod';
import {
  AdjudicationQueueItemSchema,
  AdjudicationViewSchema,
  MyReviewSchema,
  NextReviewSchema,
  ReviewViewSchema,
  type AdjudicationBodySchema,
  type NextReview,
  type ReviewBody,
  type ReviewView,
} from '@assay/contract';
import type { ApiClient } from '../../../lib/api-client';

export type { NextReview, ReviewBody, ReviewView };
export type ReviewItem = ReviewView['item'];
export type ReviewRubric = ReviewItem['rubric'];
export type RubricCriterion = ReviewRubric['criteria'][number];
export type PeerSet = ReviewView['peers'][number];
export type MyReview = z.infer<typeof MyReviewSchema>;
export type AdjudicationQueueItem = z.infer<typeof AdjudicationQueueItemSchema>;
export type AdjudicationView = z.infer<typeof AdjudicationViewSchema>;
export type AdjudicationBody = z.input<typeof AdjudicationBodySchema>;

/** TanStack Query keys of the reviewer pages, in one place so mutations invalidate the right ones. */
export const reviewKeys = {
  mine: ['reviews', 'mine'] as const,
  review: (reviewId: string) => ['reviews', 'one', reviewId] as const,
  adjudications: ['adjudications'] as const,
  adjudication: (itemId: string) => ['adjudications', itemId] as const,
};

const staff = { scope: 'staff' as const };
const at = (id: string) => encodeURIComponent(id);

/** The signed-in reviewer's own claims and submitted reviews. */
export function getMyReviews(api: ApiClient): Promise<MyReview[]> {
  return api.get('/api/v1/reviews/mine', { schema: z.array(MyReviewSchema) });
}

/** Claims the next item (or returns the reviewer's live claim); `review: null` with why when there is none. */
export function claimNext(api: ApiClient): Promise<NextReview> {
  return api.post('/api/v1/reviews/next', { ...staff, body: {}, schema: NextReviewSchema });
}

/** One of the reviewer's own reviews: the blind item, their scores, and peers' sets once they have submitted. */
export function getReview(api: ApiClient, reviewId: string): Promise<ReviewView> {
  return api.get(`/api/v1/reviews/${at(reviewId)}`, { schema: ReviewViewSchema });
}

/** Saves the scores as a draft, or submits them (`submit: true`). */
export function saveReview(api: ApiClient, reviewId: string, body: ReviewBody): Promise<ReviewView> {
  return api.put(`/api/v1/reviews/${at(reviewId)}`, { ...staff, body, schema: ReviewViewSchema });
}

/** Gives the claim back: the item returns to the queue (for other reviewers). */
export async function releaseReview(api: ApiClient, reviewId: string): Promise<void> {
  await api.post(`/api/v1/reviews/${at(reviewId)}/release`, { ...staff, body: {} });
}

/** Items whose reviewers disagreed beyond the threshold. */
export function getAdjudications(api: ApiClient): Promise<AdjudicationQueueItem[]> {
  return api.get('/api/v1/adjudications', { schema: z.array(AdjudicationQueueItemSchema) });
}

/** One item to adjudicate: every submitted set side by side. */
export function getAdjudication(api: ApiClient, itemId: string): Promise<AdjudicationView> {
  return api.get(`/api/v1/adjudications/${at(itemId)}`, { schema: AdjudicationViewSchema });
}

/** Records the final scores with the reason; the item becomes final. */
export async function adjudicate(api: ApiClient, itemId: string, body: AdjudicationBody): Promise<void> {
  await api.post(`/api/v1/adjudications/${at(itemId)}`, { ...staff, body });
}
