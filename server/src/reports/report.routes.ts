import type { RouteRegistry } from '../http/route-registry';
import { AttemptReportSchema, ReportParamsSchema } from './report.schema';
import type { ReportService } from './report.service';
import * as ex from './report.examples';

/** The candidate report: admins only (it names the candidate and the reviewers). */
export function registerReportRoutes(routes: RouteRegistry, deps: { reports: ReportService }): void {
  routes.add({
    method: 'get',
    path: '/api/v1/attempts/:id/report',
    tag: 'reports',
    summary: 'The candidate report: final code, test counts, explanation with spans, reviews, and the score step by step',
    access: 'admin',
    params: ReportParamsSchema,
    response: AttemptReportSchema,
    example: { response: ex.attemptReport },
    handler: ({ params }) => deps.reports.forAttempt(params.id),
  });
}
