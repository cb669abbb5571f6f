import { z } from 'zod';
import { ApiError, type ApiClient } from '../../../lib/api-client';

import {
  ChallengeDocumentSchema,
  ChallengeSummarySchema,
  ProblemSchema,
  SavedChallengeSchema as SavedSchema,
  ValidationReportSchema,
  type ChallengeDocument,
  type ChallengeSummary,
  type Problem,
  type SavedChallenge as Saved,
  type TestResult,
  type ValidationReport,
} from '@assay/contract';

export { ChallengeDocumentSchema, ChallengeSummarySchema, ProblemSchema, ValidationReportSchema };
export type { ChallengeDocument, ChallengeSummary, Problem, Saved, TestResult, ValidationReport };

export type Files = Record<string, string>;

const path = (id: string) => `/api/v1/challenges/${encodeURIComponent(id)}`;

export function listChallenges(api: ApiClient): Promise<ChallengeSummary[]> {
  return api.get('/api/v1/challenges', { schema: z.array(ChallengeSummarySchema) });
}

export function getChallengeDocument(api: ApiClient, id: string): Promise<ChallengeDocument> {
  return api.get(path(id), { schema: ChallengeDocumentSchema });
}

/** The outcome of a save: the new version, or the problems that stopped it (a 400 with `details.problems`). */
export type SaveOutcome = { ok: true; saved: Saved } | { ok: false; message: string; problems: Problem[] };

/** Creates (id undefined) or updates a challenge from its files. */
export async function saveChallenge(api: ApiClient, id: string | undefined, files: Files): Promise<SaveOutcome> {
  try {
    const saved = id
      ? await api.put(path(id), { scope: 'staff', body: { files }, schema: SavedSchema })
      : await api.post('/api/v1/challenges', { scope: 'staff', body: { files }, schema: SavedSchema });
    return { ok: true, saved };
  } catch (error) {
    if (error instanceof ApiError && error.status === 400) {
      const parsed = z.object({ problems: z.array(ProblemSchema) }).safeParse(error.details);
      return { ok: false, message: error.message, problems: parsed.success ? parsed.data.problems : [] };
    }
    throw error;
  }
}

/** Runs every reference against every test, on unsaved files; `repeats` (1–5) catches flaky tests. */
export function validateFiles(api: ApiClient, files: Files, repeats: number, signal?: AbortSignal): Promise<ValidationReport> {
  return api.post(`/api/v1/challenges/validate?repeats=${repeats}`, { scope: 'staff', body: { files }, schema: ValidationReportSchema, signal });
}

/** The download address of a saved challenge as JSON (`{id, version, files}`). */
export function exportUrl(id: string): string {
  return `${path(id)}/export`;
}
