import type { NextFunction, Request, Response, Router } from 'express';
import type { z } from 'zod';
import type { Access, Principal } from '../auth/principal';
import { openapiDocument } from './openapi-document';
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
  /**
   * What the docs show for the request and response bodies: realistic values
   * that parse with `body` and `response` (a unit test walks every route, so
   * a route with a body or response schema and no example fails it). The
   * body is what a client sends (the schema's input), hence not typed as `B`.
   */
  example?: { body?: unknown; response?: R };
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

  /** An OpenAPI 3.1 document generated from the routes' schemas and examples. */
  openapi(info: { title: string; version: string }): object {
    return openapiDocument(this.routes, info);
  }
}
