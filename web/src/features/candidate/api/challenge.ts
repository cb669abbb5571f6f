import { z } from 'zod';
import { DraftViewSchema, SubmissionBriefSchema, type DraftBody } from '@assay/contract/attempts/attempt.schema';
import { CandidateChallengeViewSchema, type CandidateChallengeView } from '@assay/contract/challenges/challenge-view.schema';
import type { ApiClient } from '../../../lib/api-client';

export type { CandidateChallengeView, DraftBody };

/** GET /api/v1/attempt/challenges/:id, composed from the server's own schemas. */
export const ChallengeDetailSchema = z.object({
  challenge: CandidateChallengeViewSchema,
  languages: z.array(z.string()),
  draft: DraftViewSchema,
  submissions: z.array(SubmissionBriefSchema),
  remainingMs: z.number(),
});
export type ChallengeDetail = z.infer<typeof ChallengeDetailSchema>;

export function getChallenge(api: ApiClient, challengeId: string): Promise<ChallengeDetail> {
  return api.get(`/api/v1/attempt/challenges/${encodeURIComponent(challengeId)}`, { schema: ChallengeDetailSchema });
}

/** Autosave of one language's code plus the explanation. */
export function saveDraft(api: ApiClient, challengeId: string, body: DraftBody): Promise<{ savedAt: string; remainingMs: number }> {
  return api.put(`/api/v1/attempt/challenges/${encodeURIComponent(challengeId)}/draft`, { scope: 'candidate', body });
}
