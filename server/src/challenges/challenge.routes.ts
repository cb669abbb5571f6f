import { z } from 'zod';
import type { RouteRegistry } from '../http/route-registry';
import type { ChallengeService } from './challenge.service';

const FilesSchema = z
  .record(z.string().regex(/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/, 'a relative path like tests/hidden.yaml'), z.string().max(2_000_000))
  .refine((files) => Object.keys(files).length <= 200, 'at most 200 files');
const FilesBodySchema = z.strictObject({ files: FilesSchema });
const IdParams = z.strictObject({ id: z.string().min(1).max(100) });
const RepeatsQuery = z.strictObject({ repeats: z.coerce.number().int().min(1).max(5).default(1) });

const SummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  version: z.number(),
  languages: z.array(z.string()),
  mode: z.string(),
  archived: z.boolean(),
  updatedAt: z.string(),
});
const DocumentSchema = z.object({
  id: z.string(),
  version: z.number(),
  title: z.string(),
  kind: z.string(),
  files: z.record(z.string(), z.string()),
  history: z.array(z.object({ version: z.number(), hash: z.string(), createdAt: z.string() })),
});
const SavedSchema = z.object({ id: z.string(), version: z.number(), created: z.boolean() });
const ReportSchema = z.object({
  id: z.string(),
  kind: z.string().nullable(),
  valid: z.boolean(),
  languages: z.array(z.string()),
  tests: z.object({ public: z.number(), hidden: z.number() }),
  timeMs: z.number(),
  problems: z.array(z.object({ file: z.string(), line: z.number().optional(), field: z.string().optional(), test: z.string().optional(), language: z.string().optional(), message: z.string() })),
  results: z.array(z.object({ language: z.string(), test: z.string(), visibility: z.string(), passes: z.number(), runs: z.number(), reason: z.string().optional() })),
});

/** Admin API for challenges: the same files as the catalog on disk, versioned on every change. */
export function registerChallengeRoutes(routes: RouteRegistry, deps: { challenges: ChallengeService }): void {
  const tag = 'challenges';
  routes.add({ method: 'get', path: '/api/v1/challenges', tag, summary: 'List challenges (current versions)', access: 'staff', response: z.array(SummarySchema), handler: async () => (await deps.challenges.list()).map((c) => ({ ...c, updatedAt: c.updatedAt.toISOString() })) });
  routes.add({
    method: 'post',
    path: '/api/v1/challenges',
    tag,
    summary: 'Create a challenge from its files (challenge.yaml, prompt.md, tests/…); problems name file, line and field',
    access: 'admin',
    status: 201,
    body: FilesBodySchema,
    response: SavedSchema,
    handler: ({ body }) => deps.challenges.create(body.files),
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
    handler: ({ body, query }) => deps.challenges.validate({ files: body.files }, query.repeats),
  });
  routes.add({ method: 'get', path: '/api/v1/challenges/:id', tag, summary: 'A challenge’s files (secrets included) and version history', access: 'admin', params: IdParams, response: DocumentSchema, handler: ({ params }) => deps.challenges.get(params.id) });
  routes.add({
    method: 'get',
    path: '/api/v1/challenges/:id/export',
    tag,
    summary: 'Export a challenge as its files, ready for challenges/<id>/ or POST /api/v1/challenges',
    access: 'admin',
    params: IdParams,
    response: z.object({ id: z.string(), version: z.number(), files: z.record(z.string(), z.string()) }),
    handler: async ({ params, res }) => {
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
    handler: ({ params, body }) => deps.challenges.update(params.id, body.files),
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
    handler: ({ params, query }) => deps.challenges.validate({ id: params.id }, query.repeats),
  });
}
