import { z } from 'zod';
import type { Principal } from '../auth/principal';
import { UnauthorizedError } from '../http/errors';
import type { RouteRegistry } from '../http/route-registry';
import type { AdjudicationService } from './adjudication.service';
import type { Viewer } from './review-items';
import {
  AdjudicationBodySchema,
  AdjudicationQueueItemSchema,
  AdjudicationViewSchema,
  MyReviewSchema,
  NextReviewSchema,
  ReviewBodySchema,
  ReviewItemParamsSchema,
  ReviewParamsSchema,
  ReviewViewSchema,
} from './review.schema';
import type { ReviewService } from './review.service';
import * as ex from './review.examples';

/** The staff member behind a `staff` route. */
function viewer(principal: Principal): Viewer {
  if (principal.kind !== 'user') throw new UnauthorizedError();
  return { userId: principal.userId, role: principal.role };
}

/** Reviewer API: claim the next item, score it blind, and adjudicate disputed items. */
export function registerReviewRoutes(routes: RouteRegistry, deps: { reviews: ReviewService; adjudications: AdjudicationService }): void {
  const { reviews, adjudications } = deps;
  routes.add({
    method: 'post',
    path: '/api/v1/reviews/next',
    tag: 'reviews',
    summary: 'Claim the next item (or get your live claim back); null with why when paused or nothing waits',
    access: 'staff',
    response: NextReviewSchema,
    example: { response: ex.nextReview },
    handler: ({ principal }) => reviews.next(viewer(principal)),
  });
  routes.add({
    method: 'get',
    path: '/api/v1/reviews/mine',
    tag: 'reviews',
    summary: 'Your claims and submitted sets, newest first',
    access: 'staff',
    response: z.array(MyReviewSchema),
    example: { response: ex.myReviews },
    handler: ({ principal }) => reviews.mine(viewer(principal)),
  });
  routes.add({
    method: 'get',
    path: '/api/v1/reviews/:reviewId',
    tag: 'reviews',
    summary: 'One of your reviews with its blind item; peers’ sets once yours is submitted',
    access: 'staff',
    params: ReviewParamsSchema,
    response: ReviewViewSchema,
    example: { response: ex.reviewView },
    handler: ({ params, principal }) => reviews.view(params.reviewId, viewer(principal)),
  });
  routes.add({
    method: 'put',
    path: '/api/v1/reviews/:reviewId',
    tag: 'reviews',
    summary: 'Save your scores, or submit them (`submit: true`, every criterion picked); editable until the item is final',
    access: 'staff',
    params: ReviewParamsSchema,
    body: ReviewBodySchema,
    response: ReviewViewSchema,
    example: { body: ex.reviewBody, response: ex.reviewSubmitted },
    handler: ({ params, body, principal }) => reviews.save(params.reviewId, viewer(principal), body),
  });
  routes.add({
    method: 'post',
    path: '/api/v1/reviews/:reviewId/release',
    tag: 'reviews',
    summary: 'Give an unsubmitted claim back; the item returns to the queue (never to you)',
    access: 'staff',
    params: ReviewParamsSchema,
    response: ReviewViewSchema,
    example: { response: ex.reviewReleased },
    handler: ({ params, principal }) => reviews.release(params.reviewId, viewer(principal)),
  });
  routes.add({
    method: 'get',
    path: '/api/v1/adjudications',
    tag: 'reviews',
    summary: 'Items whose reviewers disagreed, waiting for an adjudicator (a reviewer does not see the items they scored)',
    access: 'staff',
    response: z.array(AdjudicationQueueItemSchema),
    example: { response: ex.adjudicationQueue },
    handler: ({ principal }) => adjudications.list(viewer(principal)),
  });
  routes.add({
    method: 'get',
    path: '/api/v1/adjudications/:itemId',
    tag: 'reviews',
    summary: 'Every set of a disputed item side by side; names for admins, "Reviewer 1" for reviewers',
    access: 'staff',
    params: ReviewItemParamsSchema,
    response: AdjudicationViewSchema,
    example: { response: ex.adjudicationView },
    handler: ({ params, principal }) => adjudications.view(params.itemId, viewer(principal)),
  });
  routes.add({
    method: 'post',
    path: '/api/v1/adjudications/:itemId',
    tag: 'reviews',
    summary: 'Record the final scores of a disputed item with a reason; the item becomes final',
    access: 'staff',
    params: ReviewItemParamsSchema,
    body: AdjudicationBodySchema,
    response: AdjudicationViewSchema,
    example: { body: ex.adjudicationBody, response: ex.adjudicated },
    handler: ({ params, body, principal }) => adjudications.record(params.itemId, viewer(principal), body),
  });
}
