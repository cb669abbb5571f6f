import express, { type Router } from 'express';

/**
 * The page at / until the web app is built: what is running and where the
 * API and its documentation are. Replaced by the web app when web/dist exists.
 */
export function homePage(): Router {
  const router = express.Router();
  router.get('/', (_req, res) => {
    res.type('html').send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Assay</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:640px;margin:64px auto;padding:0 24px;color:#1c2430}a{color:#2563a8}</style></head>
<body><h1>Assay</h1><p>The Assay API is running. The browser app is not built in this version yet.</p>
<ul><li><a href="/api/docs">API documentation</a></li><li><a href="/api/openapi.json">OpenAPI document</a></li><li><a href="/readyz">Readiness</a></li></ul></body></html>`);
  });
  return router;
}
