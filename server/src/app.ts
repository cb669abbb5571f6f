import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import crypto from 'node:crypto';
import { errorMiddleware } from './http/error-middleware';
import { NotFoundError } from './http/errors';
import type { Guard, RouteRegistry } from './http/route-registry';
import type { Metrics } from './ops/metrics';
import { opsRouter, type OpsDeps } from './ops/ops.routes';

export interface AppDeps {
  logger: Logger;
  routes: RouteRegistry;
  guard: Guard;
  metrics: Metrics;
  readiness: OpsDeps['readiness'];
  version: string;
  /** Express's `trust proxy` (config ASSAY_TRUST_PROXY): decides `req.ip`, which the login limits count by. */
  trustProxy: boolean | number | string[];
  /** When set, /metrics needs it as a Bearer token. */
  metricsToken?: string;
  /** Extra routers mounted before the 404 handler (the built web app). */
  extra?: express.RequestHandler[];
}

/**
 * The Express app, free of side effects: everything it uses comes in
 * `deps`. JSON under /api/v1, errors as { error: { code, message, details? } },
 * a request id on every log line and in the X-Request-Id header.
 */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', deps.trustProxy);
  app.use(
    pinoHttp({
      logger: deps.logger.child({ module: 'http' }),
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : crypto.randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug'),
      serializers: { req: (req) => ({ id: req.id, method: req.method, url: req.url }), res: (res) => ({ status: res.statusCode }) },
    }),
  );
  app.use(deps.metrics.httpTimer());
  app.use(express.json({ limit: '2mb', strict: true }));
  app.use(opsRouter({ metrics: deps.metrics, routes: deps.routes, readiness: deps.readiness, version: deps.version, metricsToken: deps.metricsToken }));
  const api = express.Router();
  deps.routes.mount(api, deps.guard);
  app.use(api);
  app.use('/api', (req, _res, next) => next(new NotFoundError(`route ${req.method} ${req.originalUrl}`)));
  for (const handler of deps.extra ?? []) app.use(handler);
  app.use(errorMiddleware(deps.logger));
  return app;
}
