import { z } from 'zod';
import {
  ChallengeDocumentSchema as DocumentSchema,
  ChallengeIdParamsSchema as IdParams,
  ChallengeSummarySchema as SummarySchema,
  ExportedChallengeSchema,
  FilesBodySchema,
  RepeatsQuerySchema as RepeatsQuery,
  SavedChallengeSchema as SavedSchema,
  ValidationReportSchema as ReportSchema,
} from './challenge-api.schema';
import type { RouteRegistry } from '../http/route-registry';
import type { ChallengeService } from './challenge.service';
import * as ex from './challenge.examples';

/** Admin API for challenges: the same files as the catalog on disk, versioned on every change. */
export function registerChallengeRoutes(routes: RouteRegistry, deps: { challenges: ChallengeService }): void {
  const tag = 'challenges';
  routes.add({ method: 'get', path: '/api/v1/challenges', tag, summary: 'List challenges (current versions)', access: 'staff', response: z.array(SummarySchema), example: { response: ex.challengeSummaries }, handler: async () => (await deps.challenges.list()).map((c) => ({ ...c, updatedAt: c.updatedAt.toISOString() })) });
  routes.add({
    method: 'post',
    path: '/api/v1/challenges',
    tag,
    summary: 'Create a challenge from its files (challenge.yaml, prompt.md, tests/…); problems name file, line and field',
    access: 'admin',
    status: 201,
    body: FilesBodySchema,
    response: SavedSchema,
    example: { body: ex.challengeFiles, response: ex.savedChallenge }, handler: ({ body }) => deps.challenges.create(body.files),
  });
  routes.add({
    method: 'post',
    path: '/api/v1/challenges/validate',
    tag,
    summary: 'Validate unsaved files: schema, then every reference against every test',
    access: 'admin',
    query: RepeatsQuery,
    body: FilesBodySchema,
    response: ReportSchema,
    example: { body: ex.challengeFiles, response: ex.validationReport }, handler: ({ body, query }) => deps.challenges.validate({ files: body.files }, query.repeats),
  });
  routes.add({ method: 'get', path: '/api/v1/challenges/:id', tag, summary: 'A challenge’s files (secrets included) and version history', access: 'admin', params: IdParams, response: DocumentSchema, example: { response: ex.challengeDocument }, handler: ({ params }) => deps.challenges.get(params.id) });
  routes.add({
    method: 'get',
    path: '/api/v1/challenges/:id/export',
    tag,
    summary: 'Export a challenge as its files, ready for challenges/<id>/ or POST /api/v1/challenges',
    access: 'admin',
    params: IdParams,
    response: ExportedChallengeSchema,
    example: { response: ex.exportedChallenge }, handler: async ({ params, res }) => {
      const doc = await deps.challenges.get(params.id);
      res.setHeader('Content-Disposition', `attachment; filename="${doc.id}-v${doc.version}.json"`);
      return { id: doc.id, version: doc.version, files: doc.files };
    },
  });
  routes.add({
    method: 'put',
    path: '/api/v1/challenges/:id',
    tag,
    summary: 'Replace a challenge’s files; a change becomes a new version',
    access: 'admin',
    params: IdParams,
    body: FilesBodySchema,
    response: SavedSchema,
    example: { body: ex.challengeFiles, response: ex.updatedChallenge }, handler: ({ params, body }) => deps.challenges.update(params.id, body.files),
  });
  routes.add({
    method: 'post',
    path: '/api/v1/challenges/:id/validate',
    tag,
    summary: 'Run the saved references against every test (repeats=3 catches flaky tests)',
    access: 'admin',
    params: IdParams,
    query: RepeatsQuery,
    response: ReportSchema,
    example: { response: ex.validationReport }, handler: ({ params, query }) => deps.challenges.validate({ id: params.id }, query.repeats),
  });
}
