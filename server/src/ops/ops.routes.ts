import express, { type Router } from 'express';
import type { Metrics } from './metrics';
import type { RouteRegistry } from '../http/route-registry';
import { API_DOCS_HTML } from './api-docs.html';

export interface OpsDeps {
  metrics: Metrics;
  routes: RouteRegistry;
  /** Each check throws when its dependency is not usable. */
  readiness: Record<string, () => Promise<void>>;
  version: string;
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
  router.get('/metrics', async (_req, res) => {
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
  const spec = () => deps.routes.openapi({ title: 'Assay API', version: deps.version });
  router.get('/api/openapi.json', (_req, res) => {
    res.json(spec());
  });
  router.get('/api/docs', (_req, res) => {
    res.type('html').send(API_DOCS_HTML);
  });
  return router;
}
