import type { LanguageRegistry } from '@assay/runners';
import { SOURCE_EXTENSIONS } from '../challenges/challenge.schema';
import type { RouteRegistry } from '../http/route-registry';
import { LanguageListSchema, type LanguageView } from './language.schema';
import * as ex from './language.examples';

/** The registry's languages as the web app shows them (from `docker/<id>/language.json`). */
export function languageViews(registry: Pick<LanguageRegistry, 'all'>): LanguageView[] {
  return registry.all().map((spec) => ({
    id: spec.id,
    name: spec.name,
    sourceFile: spec.sourceFile,
    extension: SOURCE_EXTENSIONS[spec.id],
    compiled: spec.compile !== null,
    functionMode: spec.function !== null,
  }));
}

/** `GET /api/v1/languages`: public, so the invite landing can name the languages too. */
export function registerLanguageRoutes(routes: RouteRegistry, deps: { registry: Pick<LanguageRegistry, 'all'> }): void {
  const views = languageViews(deps.registry);
  routes.add({
    method: 'get',
    path: '/api/v1/languages',
    tag: 'languages',
    summary: 'The languages the sandbox runs: display name, source file, extension, function-mode support',
    access: 'public',
    response: LanguageListSchema,
    example: { response: ex.languageList },
    handler: async () => views,
  });
}
