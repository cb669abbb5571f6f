import express from 'express';
import request from 'supertest';
import { API_DOCS_CSP, apiDocsRouter } from './api-docs';

const app = express();
app.use(apiDocsRouter(() => ({ openapi: '3.1.0', info: { title: 'Test', version: '1' }, paths: {} })));
app.use((_req, res) => res.status(404).send('not found'));

/** Every URL the page loads (src and href attributes). */
function referenced(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
}

describe('GET /api/docs', () => {
  it('serves the Swagger UI page under its own CSP, which allows no inline script or style and no other origin', async () => {
    const res = await request(app).get('/api/docs').expect(200).expect('Content-Type', /html/);
    expect(res.headers['content-security-policy']).toBe(API_DOCS_CSP);
    expect(API_DOCS_CSP).toContain("script-src 'self';");
    expect(API_DOCS_CSP).toContain("style-src 'self';");
    expect(API_DOCS_CSP).toContain("connect-src 'self';");
    expect(res.text).toContain('id="swagger-ui"');
    expect(res.text).not.toMatch(/<script>|<script [^>]*>[^<]|<style|style="/); // nothing inline
  });

  it('references only files of this server', async () => {
    const html = (await request(app).get('/api/docs').expect(200)).text;
    const urls = referenced(html);
    expect(urls).toEqual(expect.arrayContaining(['/api/docs/swagger-ui-bundle.js', '/api/docs/swagger-ui.css', '/api/docs/docs.js']));
    for (const url of urls) expect(url).toMatch(/^\/[^/]/);
    expect(html).not.toMatch(/https?:|\/\/[a-z]/i);
  });

  it('serves every file the page references with 200, its type and the CSP', async () => {
    const html = (await request(app).get('/api/docs').expect(200)).text;
    for (const url of referenced(html)) {
      const res = await request(app).get(url).expect(200);
      expect(res.headers['content-type']).toMatch(url.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
      expect(res.headers['content-security-policy']).toBe(API_DOCS_CSP);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('serves Swagger UI from the installed package, gzipped to clients that accept it', async () => {
    const plain = await request(app).get('/api/docs/swagger-ui-bundle.js').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.text).toContain('SwaggerUIBundle');
    // supertest unzips the body; the header and the size on the wire show what was sent.
    const gz = await request(app).get('/api/docs/swagger-ui-bundle.js').set('Accept-Encoding', 'gzip').expect(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(plain.text);
    expect(Number(gz.headers['content-length'])).toBeLessThan(plain.text.length / 2);
  });

  it('serves the OpenAPI document as JSON, gzipped to clients that accept it', async () => {
    const res = await request(app)
      .get('/api/openapi.json')
      .set('Accept-Encoding', 'gzip')
      .expect(200)
      .expect('Content-Type', /application\/json/);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.body).toEqual({ openapi: '3.1.0', info: { title: 'Test', version: '1' }, paths: {} });
  });

  it('answers a repeat request with 304 when the ETag matches', async () => {
    const first = await request(app).get('/api/docs/swagger-ui.css').expect(200);
    await request(app).get('/api/docs/swagger-ui.css').set('If-None-Match', first.headers.etag!).expect(304);
  });

  it('starts Swagger UI on the generated document, with no outside validator, filling in the session’s CSRF token', async () => {
    const js = (await request(app).get('/api/docs/docs.js').expect(200)).text;
    expect(js).toContain("url: '/api/openapi.json'");
    expect(js).toContain('validatorUrl: null');
    expect(js).toContain("preauthorizeApiKey('csrfToken'");
    expect(js).not.toMatch(/https?:/);
  });

  it('serves no other file of the package', async () => {
    await request(app).get('/api/docs/package.json').expect(404);
    await request(app).get('/api/docs/swagger-ui-bundle.js.map').expect(404);
    await request(app).get('/api/docs/..%2fpackage.json').expect(404);
    await request(app).get('/api/docs/constructor').expect(404);
  });

  it('still serves the page where Swagger UI is not installed, and says what to run for its files', async () => {
    const bare = express().use(apiDocsRouter(() => ({}), '/nonexistent/swagger-ui-dist'));
    await request(bare).get('/api/docs').expect(200);
    const res = await request(bare).get('/api/docs/swagger-ui-bundle.js').expect(503);
    expect(res.text).toContain('npm install');
  });
});
