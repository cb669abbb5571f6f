import { ChallengeIdParamsSchema as IdParams } from '../challenges/challenge-api.schema';
import type { RouteRegistry } from '../http/route-registry';
import { RubricDocumentSchema, RubricSaveBodySchema, RubricSavedSchema } from './rubric-api.schema';
import type { RubricEditor } from './rubric.service';
import * as ex from './rubric.examples';

/** Admin API for a challenge's rubric: read it with its history, save an edit (a new challenge version and rubric revision). */
export function registerRubricRoutes(routes: RouteRegistry, deps: { rubrics: RubricEditor }): void {
  const tag = 'rubrics';
  routes.add({
    method: 'get',
    path: '/api/v1/challenges/:id/rubric',
    tag,
    summary: 'A challenge’s rubric, every revision newest first, and how many reviews use each version',
    access: 'admin',
    params: IdParams,
    response: RubricDocumentSchema,
    example: { response: ex.rubricDocument },
    handler: ({ params }) => deps.rubrics.document(params.id),
  });
  routes.add({
    method: 'put',
    path: '/api/v1/challenges/:id/rubric',
    tag,
    summary: 'Save a rubric: new points or weights re-score that version’s reviews; an added or removed criterion or level starts a new version',
    access: 'admin',
    params: IdParams,
    body: RubricSaveBodySchema,
    response: RubricSavedSchema,
    example: { body: ex.rubricSaveBody, response: ex.rubricSaved },
    handler: ({ params, body, principal }) =>
      deps.rubrics.save(params.id, { rubric: body.rubric, note: body.note, base: body.base, editedBy: principal.kind === 'user' ? principal.userId : null }),
  });
}
