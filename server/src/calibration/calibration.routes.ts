import { z } from 'zod';
import { AssessmentParamsSchema } from '../assessments/assessment.schema';
import type { Principal } from '../auth/principal';
import type { RouteRegistry } from '../http/route-registry';
import {
  AgreementReportSchema,
  GoldBodySchema,
  GoldItemSchema,
  PauseBodySchema,
  PauseViewSchema,
  ReviewerParamsSchema,
  ReviewersReportSchema,
  ReviewItemIdParamsSchema,
} from './calibration.schema';
import type { CalibrationService } from './calibration.service';
import * as ex from './calibration.examples';

const userOf = (p: Principal) => (p.kind === 'user' ? p.userId : null);

/** Admin API for calibration: gold items, reviewers' accuracy and agreement, pauses, agreement figures. Names reviewers, so admins only. */
export function registerCalibrationRoutes(routes: RouteRegistry, deps: { calibration: CalibrationService }): void {
  const tag = 'calibration';
  const { calibration } = deps;
  routes.add({
    method: 'post',
    path: '/api/v1/review-items/:itemId/gold',
    tag,
    summary: 'Mark a scored explanation as a gold (calibration) item with a reference level per criterion of its pinned rubric version',
    access: 'admin',
    status: 201,
    params: ReviewItemIdParamsSchema,
    body: GoldBodySchema,
    response: GoldItemSchema,
    example: { body: ex.goldBody, response: ex.goldItem },
    handler: ({ params, body, principal }) => calibration.markGold(params.itemId, body.levels, userOf(principal)),
  });
  routes.add({
    method: 'delete',
    path: '/api/v1/review-items/:itemId/gold',
    tag,
    summary: 'Retire a gold item (`itemId` is the gold item): no new claims; submitted reviews still count',
    access: 'admin',
    params: ReviewItemIdParamsSchema,
    handler: async ({ params }) => {
      await calibration.retireGold(params.itemId);
      return undefined;
    },
  });
  routes.add({
    method: 'get',
    path: '/api/v1/assessments/:id/gold',
    tag,
    summary: 'Gold items of an assessment, live and retired',
    access: 'admin',
    params: AssessmentParamsSchema,
    response: z.array(GoldItemSchema),
    example: { response: ex.goldItems },
    handler: ({ params }) => calibration.goldItems(params.id),
  });
  routes.add({
    method: 'get',
    path: '/api/v1/assessments/:id/reviewers',
    tag,
    summary: "Each reviewer's accuracy against gold, agreement with peers, flags and pause",
    access: 'admin',
    params: AssessmentParamsSchema,
    response: ReviewersReportSchema,
    example: { response: ex.reviewersReport },
    handler: ({ params }) => calibration.reviewers(params.id),
  });
  routes.add({
    method: 'get',
    path: '/api/v1/assessments/:id/agreement',
    tag,
    summary: "Krippendorff's alpha, ICC and Cohen's kappa per criterion and overall, with readings and the items behind each",
    access: 'admin',
    params: AssessmentParamsSchema,
    response: AgreementReportSchema,
    example: { response: ex.agreementReport },
    handler: ({ params }) => calibration.agreement(params.id),
  });
  routes.add({
    method: 'post',
    path: '/api/v1/reviewers/:userId/pause',
    tag,
    summary: 'Pause a reviewer from taking new items (their scores stay, marked)',
    access: 'admin',
    params: ReviewerParamsSchema,
    body: PauseBodySchema,
    response: PauseViewSchema,
    example: { body: ex.pauseBody, response: ex.pauseView },
    handler: ({ params, body, principal }) => calibration.pause(params.userId, body.reason, userOf(principal)),
  });
  routes.add({
    method: 'delete',
    path: '/api/v1/reviewers/:userId/pause',
    tag,
    summary: 'Let a paused reviewer take items again',
    access: 'admin',
    params: ReviewerParamsSchema,
    handler: async ({ params }) => {
      await calibration.resume(params.userId);
      return undefined;
    },
  });
}
