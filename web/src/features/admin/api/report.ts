import { AttemptReportSchema, type AttemptReport } from '@assay/contract';
import type { ApiClient } from '../../../lib/api-client';

export type { AttemptReport };

/** The candidate report of one attempt (admins only): code, tests, reviews and the score step by step. */
export function getReport(api: ApiClient, attemptId: string): Promise<AttemptReport> {
  return api.get(`/api/v1/attempts/${encodeURIComponent(attemptId)}/report`, { schema: AttemptReportSchema });
}

/** The query key of an attempt's report (TanStack Query). */
export const reportKey = (attemptId: string) => ['attempt-report', attemptId] as const;
