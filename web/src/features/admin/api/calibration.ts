import { z } from 'zod';
import {
  AgreementReportSchema,
  GoldItemSchema,
  PauseViewSchema,
  ReviewersReportSchema,
  type AgreementReport,
  type AgreementSection,
  type Figure,
  type GoldItem,
  type PauseView,
  type ReviewerStats,
  type ReviewersReport,
} from '@assay/contract';
import type { ApiClient } from '../../../lib/api-client';

export type { AgreementReport, AgreementSection, Figure, GoldItem, PauseView, ReviewerStats, ReviewersReport };

const assessment = (id: string) => `/api/v1/assessments/${encodeURIComponent(id)}`;

/** TanStack Query keys of the calibration pages, so a mutation can invalidate what it changed. */
export const calibrationKeys = {
  all: ['calibration'] as const,
  assessment: (id: string) => ['calibration', 'assessment', id] as const,
  agreement: (id: string) => ['calibration', 'agreement', id] as const,
  reviewers: (id: string) => ['calibration', 'reviewers', id] as const,
  gold: (id: string) => ['calibration', 'gold', id] as const,
};

export function getAgreement(api: ApiClient, assessmentId: string): Promise<AgreementReport> {
  return api.get(`${assessment(assessmentId)}/agreement`, { schema: AgreementReportSchema });
}

export function getReviewers(api: ApiClient, assessmentId: string): Promise<ReviewersReport> {
  return api.get(`${assessment(assessmentId)}/reviewers`, { schema: ReviewersReportSchema });
}

export function listGold(api: ApiClient, assessmentId: string): Promise<GoldItem[]> {
  return api.get(`${assessment(assessmentId)}/gold`, { schema: z.array(GoldItemSchema) });
}

/** Marks a scored item as gold with a reference level index per criterion. */
export function markGold(api: ApiClient, itemId: string, levels: Record<string, number>): Promise<GoldItem> {
  return api.post(`/api/v1/review-items/${encodeURIComponent(itemId)}/gold`, { scope: 'staff', body: { levels }, schema: GoldItemSchema });
}

/** Retires a gold item: no new claims. */
export function retireGold(api: ApiClient, goldItemId: string): Promise<void> {
  return api.request('DELETE', `/api/v1/review-items/${encodeURIComponent(goldItemId)}/gold`, { scope: 'staff' });
}

export function pauseReviewer(api: ApiClient, userId: string, reason: string): Promise<PauseView> {
  return api.post(`/api/v1/reviewers/${encodeURIComponent(userId)}/pause`, { scope: 'staff', body: { reason }, schema: PauseViewSchema });
}

export function resumeReviewer(api: ApiClient, userId: string): Promise<void> {
  return api.request('DELETE', `/api/v1/reviewers/${encodeURIComponent(userId)}/pause`, { scope: 'staff' });
}
