import type { NextFunction, Request, Response, Router } from 'express';
import { z } from 'zod';
import type { Access, Principal } from '../auth/principal';
import { validate, type Valid } from './validate';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What a handler receives: parsed parts, the caller, and the raw req/res for headers and streams. */
export interface RouteContext<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  principal: Principal;
  req: Request;
  res: Response;
}

/** One API route: its contract (zod schemas, documented in OpenAPI) and a thin handler. */
export interface RouteDef<B = unknown, Q = unknown, P = unknown, R = unknown> {
  method: Method;
  /** Express path, e.g. `/api/v1/assessments/:id`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  response?: z.ZodType<R>;
  /** Success status; 200 unless said. */
  status?: number;
  /** Extra middleware run after auth, before validation (rate limits). */
  before?: ((req: Request, res: Response, next: NextFunction) => void)[];
  /** Returns the response body, or undefined when it wrote the response itself (SSE). */
  handler(ctx: RouteContext<B, Q, P>): Promise<R | undefined>;
}

/** Turns an Access into middleware; supplied by the auth module. */
export type Guard = (access: Access) => (req: Request, res: Response, next: NextFunction) => void;

/** Collects routes so they can be mounted and described in OpenAPI from the same definitions. */
export class RouteRegistry {
  readonly routes: RouteDef[] = [];

  add<B, Q, P, R>(route: RouteDef<B, Q, P, R>): void {
    this.routes.push(route as unknown as RouteDef);
  }

  mount(router: Router, guard: Guard): void {
    for (const route of this.routes) {
      router[route.method](
        route.path,
        guard(route.access),
        ...(route.before ?? []),
        validate({ body: route.body, query: route.query, params: route.params }),
        async (req: Request, res: Response) => {
          const valid = res.locals.valid as Valid;
          const principal = res.locals.principal as Principal;
          const result = await route.handler({ body: valid.body, query: valid.query, params: valid.params, principal, req, res });
          // The response schema is enforced, not just documented: fields it does not name never leave.
          if (result !== undefined && !res.headersSent) res.status(route.status ?? 200).json(route.response ? route.response.parse(result) : result);
          else if (!res.headersSent) res.status(route.status ?? 204).end();
        },
      );
    }
  }

  /** An OpenAPI 3.1 document generated from the routes' schemas. */
  openapi(info: { title: string; version: string }): object {
    const paths: Record<string, Record<string, unknown>> = {};
    const json = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any' });
    for (const r of this.routes) {
      const openPath = r.path.replace(/:([A-Za-z_]+)/g, '{$1}');
      const parameters: unknown[] = [];
      for (const [where, schema] of [
        ['path', r.params],
        ['query', r.query],
      ] as const) {
        const props = schema ? (json(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] }) : undefined;
        for (const [name, s] of Object.entries(props?.properties ?? {})) {
          parameters.push({ name, in: where, required: where === 'path' || Boolean(props?.required?.includes(name)), schema: s });
        }
      }
      const status = String(r.status ?? (r.response ? 200 : 204));
      paths[openPath] ??= {};
      paths[openPath][r.method] = {
        summary: r.summary,
        tags: [r.tag],
        'x-access': r.access,
        ...(parameters.length ? { parameters } : {}),
        ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: json(r.body, 'input') } } } } : {}),
        responses: {
          [status]: r.response ? { description: 'OK', content: { 'application/json': { schema: json(r.response, 'output') } } } : { description: 'OK' },
          default: { description: 'Error: { error: { code, message, details? } }' },
        },
      };
    }
    return { openapi: '3.1.0', info, paths };
  }
}
