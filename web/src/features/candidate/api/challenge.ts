import { ChallengeDetailSchema, DraftSavedSchema, type CandidateChallengeView, type ChallengeDetail, type DraftBody, type DraftSaved } from '@assay/contract';
import type { ApiClient } from '../../../lib/api-client';

export type { CandidateChallengeView, ChallengeDetail, DraftBody };

export function getChallenge(api: ApiClient, challengeId: string): Promise<ChallengeDetail> {
  return api.get(`/api/v1/attempt/challenges/${encodeURIComponent(challengeId)}`, { schema: ChallengeDetailSchema });
}

/** Autosave of one language's code plus the explanation. */
export function saveDraft(api: ApiClient, challengeId: string, body: DraftBody): Promise<DraftSaved> {
  return api.put(`/api/v1/attempt/challenges/${encodeURIComponent(challengeId)}/draft`, { scope: 'candidate', body, schema: DraftSavedSchema });
}
