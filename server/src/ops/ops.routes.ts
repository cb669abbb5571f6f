import crypto from 'node:crypto';
import express, { type Router } from 'express';
import type { Metrics } from './metrics';
import type { RouteRegistry } from '../http/route-registry';
import { apiDocsRouter } from './api-docs';

export interface OpsDeps {
  metrics: Metrics;
  routes: RouteRegistry;
  /** Each check throws when its dependency is not usable. */
  readiness: Record<string, () => Promise<void>>;
  version: string;
  /** When set, /metrics answers only `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
}

/** /healthz, /readyz, /metrics, /api/openapi.json and /api/docs. */
export function opsRouter(deps: OpsDeps): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const checks: Record<string, string> = {};
    await Promise.all(
      Object.entries(deps.readiness).map(async ([name, check]) => {
        try {
          await check();
          checks[name] = 'ok';
        } catch (error) {
          checks[name] = (error as Error).message;
        }
      }),
    );
    const ready = Object.values(checks).every((v) => v === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks });
  });
  router.get('/metrics', async (req, res) => {
    if (deps.metricsToken && !bearerMatches(req.get('authorization'), deps.metricsToken)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      res.status(401).json({ error: { code: 'unauthorized', message: 'metrics need Authorization: Bearer <ASSAY_METRICS_TOKEN>' } });
      return;
    }
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  router.use(apiDocsRouter(() => deps.routes.openapi({ title: 'Assay API', version: deps.version })));
  return router;
}

/** Whether an Authorization header carries `token` as a Bearer token; compared in constant time. */
function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '';
  const digest = (text: string) => crypto.createHash('sha256').update(text).digest();
  return crypto.timingSafeEqual(digest(given), digest(token));
}
