import { z } from 'zod';
import type { Access } from '../auth/principal';
import { CANDIDATE_COOKIE, STAFF_COOKIE } from '../auth/cookies';
import type { RouteDef } from './route-registry';

/** Methods the guard lets through without X-CSRF-Token (they change nothing). */
const SAFE = new Set(['get']);

/**
 * How a caller proves who they are, as the guard checks it. The cookies are
 * sent by the browser (a page cannot set them), so "try it" in the docs
 * works once signed in; writes with a cookie also need the session's CSRF token.
 */
const SECURITY_SCHEMES = {
  apiToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token minted with `POST /api/v1/tokens` (admins); needs no CSRF token.',
  },
  staffSession: {
    type: 'apiKey',
    in: 'cookie',
    name: STAFF_COOKIE,
    description: 'Set by `POST /api/v1/auth/login`; the browser sends it, so leave it empty here.',
  },
  candidateSession: {
    type: 'apiKey',
    in: 'cookie',
    name: CANDIDATE_COOKIE,
    description: 'Set by `POST /api/v1/invites/{token}/start`; the browser sends it.',
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description:
      'Needed with a session cookie on POST, PUT, PATCH and DELETE: the `csrfToken` of the login or of `GET /api/v1/auth/session` (candidates: of the start or `GET /api/v1/attempt/session`). The docs page fills it in for a signed-in staff member.',
  },
} as const;

const DESCRIPTION = [
  'Every route of the Assay API, generated from the zod schemas it validates with.',
  'Errors are `{ "error": { "code", "message", "details"? } }`.',
  'To try a route, sign in to the app in this browser (the session cookie is sent, and this page fills in the CSRF token),',
  'or press Authorize and paste an API token as a bearer token.',
].join(' ');

/** Which security requirements (any one of them) a route with this access accepts; none for public routes. */
function securityOf(access: Access, method: string): Record<string, string[]>[] | undefined {
  const csrf: Record<string, string[]> = SAFE.has(method) ? {} : { csrfToken: [] };
  if (access === 'public') return undefined;
  if (access === 'candidate') return [{ candidateSession: [], ...csrf }];
  return [{ apiToken: [] }, { staffSession: [], ...csrf }];
}

/** The JSON media type of a body: its schema and, when the route gives one, an example. */
function media(schema: z.ZodType, io: 'input' | 'output', example: unknown) {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return { 'application/json': { schema: json, ...(example !== undefined ? { example } : {}) } };
}

/** An OpenAPI 3.1 document of `routes`: parameters, bodies with examples, responses, and who may call each. */
export function openapiDocument(routes: readonly RouteDef[], info: { title: string; version: string }): object {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const openPath = r.path.replace(/:([A-Za-z_]+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ['path', r.params],
      ['query', r.query],
    ] as const) {
      const props = schema ? (z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown>; required?: string[] }) : undefined;
      for (const [name, s] of Object.entries(props?.properties ?? {})) {
        parameters.push({ name, in: where, required: where === 'path' || Boolean(props?.required?.includes(name)), schema: s });
      }
    }
    const status = String(r.status ?? (r.response ? 200 : 204));
    const security = securityOf(r.access, r.method);
    paths[openPath] ??= {};
    paths[openPath][r.method] = {
      summary: r.summary,
      tags: [r.tag],
      'x-access': r.access,
      ...(security ? { security } : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(r.body ? { requestBody: { required: true, content: media(r.body, 'input', r.example?.body) } } : {}),
      responses: {
        [status]: r.response ? { description: 'OK', content: media(r.response, 'output', r.example?.response) } : { description: 'OK' },
        default: { description: 'Error: { error: { code, message, details? } }' },
      },
    };
  }
  return { openapi: '3.1.0', info: { ...info, description: DESCRIPTION }, paths, components: { securitySchemes: SECURITY_SCHEMES } };
}
