import { z } from 'zod';
import type { RouteRegistry } from '../http/route-registry';
import { SubmissionReviewSchema, SubmissionReviewParamsSchema, ReviewQueueItemSchema } from './review.schema';
import type { ReviewService } from './review.service';

/** Reviewer API (read side): the blind queue and one item. */
export function registerReviewRoutes(routes: RouteRegistry, deps: { reviews: ReviewService }): void {
  routes.add({
    method: 'get',
    path: '/api/v1/reviews/queue',
    tag: 'reviews',
    summary: 'Final submissions with an explanation or answers to judge; no candidate identity',
    access: 'staff',
    response: z.array(ReviewQueueItemSchema),
    handler: () => deps.reviews.queue(),
  });
  routes.add({
    method: 'get',
    path: '/api/v1/reviews/items/:submissionId',
    tag: 'reviews',
    summary: 'One item: prompt, rubric, code, test counts and the explanation',
    access: 'staff',
    params: SubmissionReviewParamsSchema,
    response: SubmissionReviewSchema,
    handler: ({ params }) => deps.reviews.item(params.submissionId),
  });
}
