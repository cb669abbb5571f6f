import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { RubricDocumentSchema, RubricSavedSchema, type Rubric, type RubricDocument, type RubricSaved } from '@assay/contract';
import { useApi } from '../../../lib/api-context';

export type { Rubric, RubricDocument, RubricSaved };

const path = (id: string) => `/api/v1/challenges/${encodeURIComponent(id)}/rubric`;

/** The query key of a challenge's rubric document. */
export const rubricKey = (challengeId: string) => ['admin', 'challenge-rubric', challengeId] as const;

/** A challenge's rubric, its history and how many reviews use each version. */
export function useRubricDocument(challengeId: string) {
  const api = useApi();
  return useQuery({ queryKey: rubricKey(challengeId), queryFn: ({ signal }) => api.get(path(challengeId), { schema: RubricDocumentSchema, signal }) });
}

/** What the editor sends: the rubric as checked in the browser, a note, and the revision it started from. */
export interface RubricSave {
  rubric: Rubric;
  note: string;
  base: { version: number; revision: number } | null;
}

/** Saves a rubric; the document is fetched again afterwards (history and counts changed). */
export function useSaveRubric(challengeId: string) {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RubricSave) => api.put(path(challengeId), { scope: 'staff', body, schema: RubricSavedSchema }),
    onSuccess: () => client.invalidateQueries({ queryKey: rubricKey(challengeId) }),
  });
}
