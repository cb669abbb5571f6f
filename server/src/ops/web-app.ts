import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Request, RequestHandler, Response } from 'express';
import { preloadTags, readManifest, ROUTE_PRELOADS, withPreloads } from './web-preload';

/** Content types of what a Vite build emits. */
const TYPES = new Map<string, string>(
  Object.entries({
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.mjs': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.ico': 'image/x-icon',
    '.ttf': 'font/ttf',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.txt': 'text/plain; charset=utf-8',
    '.map': 'application/json; charset=utf-8',
  }),
);
/** Hashed build output under /assets never changes: a year, immutable. */
const ASSET_CACHE = 'public, max-age=31536000, immutable';
/**
 * The app loads nothing from another host; the browser is told so. Monaco
 * sets inline styles, and its codicon font may come as a data: URL.
 */
const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
/** Paths the API and ops routes own; never answered with the SPA. */
const NOT_SPA = /^\/(api|metrics|healthz|readyz)(\/|$)/;

/** Where `npm run build -w web` writes the app. */
export function webDistDir(): string {
  return path.resolve(__dirname, '../../../web/dist');
}

/** index.html as sent for one route: with that route's preload tags, and its gzip twin. */
interface RoutePage {
  path: RegExp;
  html: Buffer;
  gz: Buffer;
  mtime: Date;
}

/** index.html once per route of ROUTE_PRELOADS that has chunks to preload (none when the build has no manifest). */
function routePages(root: string, index: string): RoutePage[] {
  const manifest = readManifest(root);
  if (!manifest) return [];
  const html = fs.readFileSync(index, 'utf8');
  const mtime = fs.statSync(index).mtime;
  return ROUTE_PRELOADS.flatMap((route) => {
    const page = withPreloads(html, preloadTags(manifest, route));
    if (page === html) return [];
    const body = Buffer.from(page);
    return [{ path: route.path, html: body, gz: zlib.gzipSync(body, { level: 9 }), mtime }];
  });
}

/**
 * Serves the built web app from `distDir`: files as they are (their `.gz`
 * twin, written by the build, to clients that accept gzip), `/assets/*` with
 * long cache headers, and index.html (no-cache) for every other GET that is
 * not an API path, so client-side routes survive a reload; for the routes of
 * ROUTE_PRELOADS, index.html names the route's chunks so the browser fetches
 * them at once. Undefined when the app is not built (the caller then shows
 * the placeholder page).
 */
export function webApp(distDir: string): RequestHandler | undefined {
  const root = path.resolve(distDir);
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) return undefined;
  const pages = routePages(root, index);

  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_SPA.test(req.path)) return next();
    let file: string;
    try {
      file = path.resolve(root, `.${decodeURIComponent(req.path)}`);
    } catch {
      return next();
    }
    const inside =
      file.startsWith(root + path.sep) &&
      !path
        .relative(root, file)
        .split(path.sep)
        .some((part) => part.startsWith('.'));
    if (inside && isFile(file)) return send(req, res, file, req.path.startsWith('/assets/') ? ASSET_CACHE : 'no-cache');
    if (path.extname(req.path) && req.path.startsWith('/assets/')) return next(); // a missing asset is a 404, not the app
    const page = pages.find((p) => p.path.test(req.path));
    if (page) return sendPage(req, res, page);
    return send(req, res, index, 'no-cache');
  };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function send(req: Request, res: Response, file: string, cacheControl: string): void {
  const gz = `${file}.gz`;
  const gzip = acceptsGzip(req) && isFile(gz);
  const body = gzip ? gz : file;
  const stat = fs.statSync(body);
  setHeaders(res, file, cacheControl, stat.mtime, gzip, stat.size);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  fs.createReadStream(body)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Whether the client takes a gzip body (Accept-Encoding). */
export function acceptsGzip(req: Request): boolean {
  return /\bgzip\b/.test(req.get('accept-encoding') ?? '');
}

/** index.html with a route's preload tags, from memory. */
function sendPage(req: Request, res: Response, page: RoutePage): void {
  const gzip = acceptsGzip(req);
  const body = gzip ? page.gz : page.html;
  setHeaders(res, 'index.html', 'no-cache', page.mtime, gzip, body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function setHeaders(res: Response, file: string, cacheControl: string, mtime: Date, gzip: boolean, size: number): void {
  res.setHeader('Content-Type', TYPES.get(path.extname(file)) ?? 'application/octet-stream');
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Last-Modified', mtime.toUTCString());
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (file.endsWith('.html')) res.setHeader('Content-Security-Policy', CSP);
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', String(size));
}
