import {
  AttemptDetailSchema,
  AttemptSubmissionSchema,
  type AttemptDetail,
  type AttemptSubmission,
  type AttemptSessionView,
  type JudgedCaseView as JudgedCase,
} from '@assay/contract';
import type { ApiClient } from '../../../lib/api-client';

export { AttemptDetailSchema, AttemptSubmissionSchema };
export type { AttemptDetail, AttemptSessionView, AttemptSubmission, JudgedCase };

/** One attempt in full (admins only): every run and submission with its judged cases. */
export function getAttempt(api: ApiClient, id: string): Promise<AttemptDetail> {
  return api.get(`/api/v1/attempts/${encodeURIComponent(id)}`, { schema: AttemptDetailSchema });
}
