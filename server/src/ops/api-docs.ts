import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import express, { type Request, type Response, type Router } from 'express';
import { API_DOCS_CSS, API_DOCS_HTML, API_DOCS_JS } from './api-docs.page';
import { acceptsGzip } from './web-app';

/**
 * The docs page's own policy (the app's pages have theirs in web-app.ts):
 * everything from this server, no inline script or style (Swagger UI sets
 * styles through the DOM, which CSP allows; checked in chromium with this
 * policy, try-it included); its stylesheet embeds data: images. "Try it"
 * calls go to this origin only.
 */
export const API_DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Swagger UI's files we serve, from the swagger-ui-dist package (no CDN). */
const VENDOR_FILES = { 'swagger-ui-bundle.js': 'text/javascript; charset=utf-8', 'swagger-ui.css': 'text/css; charset=utf-8' } as const;

interface Asset {
  type: string;
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

function asset(type: string, body: Buffer): Asset {
  // Weak: the gzipped and plain bodies are the same file.
  const etag = `W/"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  return { type, body, gzip: zlib.gzipSync(body), etag };
}

/** Where npm put Swagger UI (a dependency of the server, so `npm ci` brings it). */
export function swaggerUiDir(): string {
  return path.dirname(require.resolve('swagger-ui-dist/package.json'));
}

/** The files under /api/docs/: Swagger UI's, and the page's own script and styles. */
const isDocsFile = (name: string) => Object.hasOwn(VENDOR_FILES, name) || name === 'docs.js' || name === 'docs.css';

/**
 * GET /api/openapi.json (the document `spec` builds), /api/docs (Swagger UI
 * over it) and the page's files under /api/docs/. Each is built or read and
 * gzipped once, on first use (the document is 280 kB, 25 kB gzipped; the
 * bundle 1.7 MB, 0.46 MB), and revalidated by ETag: the routes are fixed once
 * the app is made. Swagger UI is looked up on first use too: a checkout
 * installed before it was added still starts, and its docs say what to run.
 */
export function apiDocsRouter(spec: () => object, dir?: string): Router {
  const router = express.Router();
  const cache = new Map<string, Asset>();
  let document: Asset | undefined;
  router.get('/api/openapi.json', (req, res) => {
    document ??= asset('application/json; charset=utf-8', Buffer.from(JSON.stringify(spec())));
    send(req, res, document, false);
  });
  const load = (name: string): Asset => {
    let found = cache.get(name);
    if (!found) {
      if (name === 'docs.js') found = asset('text/javascript; charset=utf-8', Buffer.from(API_DOCS_JS));
      else if (name === 'docs.css') found = asset('text/css; charset=utf-8', Buffer.from(API_DOCS_CSS));
      else found = asset(VENDOR_FILES[name as keyof typeof VENDOR_FILES], fs.readFileSync(path.join(dir ?? swaggerUiDir(), name)));
      cache.set(name, found);
    }
    return found;
  };

  router.get('/api/docs', (_req, res) => {
    res.setHeader('Content-Security-Policy', API_DOCS_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(API_DOCS_HTML);
  });
  router.get('/api/docs/:file', (req, res, next) => {
    const name = req.params.file;
    if (!isDocsFile(name)) return next();
    let file: Asset;
    try {
      file = load(name);
    } catch {
      res.status(503).type('text').send('Swagger UI (the swagger-ui-dist package) is not installed here: run `npm install`.');
      return;
    }
    send(req, res, file, true);
  });
  return router;
}

/** Sends a file (gzipped when the client accepts it, 304 when its ETag matches); `csp`: with the docs page's policy. */
function send(req: Request, res: Response, file: Asset, csp: boolean): void {
  if (csp) res.setHeader('Content-Security-Policy', API_DOCS_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Type', file.type);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('ETag', file.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  if (req.get('if-none-match') === file.etag) {
    res.status(304).end();
    return;
  }
  const gzip = acceptsGzip(req);
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.end(gzip ? file.gzip : file.body);
}
