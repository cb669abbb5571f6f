import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { webApp } from './web-app';
import { preloadTags, withPreloads } from './web-preload';

/** A build like Vite's: the entry loads react; the attempt route imports the lazy editor chunk; Monaco's chunk imports a shared core with CSS. */
const manifest = {
  'index.html': { file: 'assets/index-1.js', imports: ['_react-1.js'], css: ['assets/index-1.css'] },
  '_react-1.js': { file: 'assets/react-1.js' },
  'src/app/routes/attempt.tsx': { file: 'assets/attempt-1.js', imports: ['_react-1.js', 'index.html', '_lazy-1.js'] },
  '_lazy-1.js': { file: 'assets/lazy-1.js', imports: ['_react-1.js'] },
  'src/components/editor/code-editor.tsx': { file: 'assets/code-editor-1.js', imports: ['_core-1.js', '_lazy-1.js', 'index.html'] },
  '_core-1.js': { file: 'assets/core-1.js', css: ['assets/core-1.css'] },
};
const html = '<!doctype html><html><head><title>Assay</title></head><body><div id="root"></div></body></html>';

describe('the preload tags of a route', () => {
  it('name every chunk the route needs that index.html does not load, once each: what runs at once preloaded, what runs later only fetched', () => {
    const tags = preloadTags(manifest, { modules: ['src/app/routes/attempt.tsx'], later: ['src/components/editor/code-editor.tsx'] })
      .split('\n')
      .map((t) => t.trim());
    expect(tags).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/attempt-1.js">',
      '<link rel="modulepreload" crossorigin href="/assets/lazy-1.js">',
      '<link rel="prefetch" crossorigin href="/assets/code-editor-1.js">',
      '<link rel="prefetch" crossorigin href="/assets/core-1.js">',
      '<link rel="prefetch" crossorigin href="/assets/core-1.css">',
    ]);
    expect(preloadTags(manifest, { modules: ['src/components/editor/code-editor.tsx'], later: [] })).toContain(
      '<link rel="preload" as="style" crossorigin href="/assets/core-1.css">',
    );
  });

  it('are empty for sources the build does not have, and leave the page as it was', () => {
    expect(preloadTags(manifest, { modules: ['src/gone.tsx'], later: [] })).toBe('');
    expect(withPreloads(html, '')).toBe(html);
  });
});

describe('webApp with a manifest', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-web-preload-'));
  fs.mkdirSync(path.join(dist, '.vite'));
  fs.writeFileSync(path.join(dist, 'index.html'), html);
  fs.writeFileSync(path.join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
  const app = express().use(webApp(dist)!);
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('sends the attempt page with its chunks and Monaco preloaded, gzip-compressed, not cached', async () => {
    for (const url of ['/attempt', '/attempt/two-sum']) {
      const res = await request(app).get(url).set('Accept-Encoding', 'gzip').expect(200);
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.text).toContain('<link rel="modulepreload" crossorigin href="/assets/attempt-1.js">');
      expect(res.text).toContain('<link rel="prefetch" crossorigin href="/assets/core-1.js">');
      expect(res.text.indexOf('modulepreload')).toBeLessThan(res.text.indexOf('</head>'));
      expect(res.text).not.toContain('/assets/react-1.js');
    }
    const plain = await request(app).get('/attempt/two-sum').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(plain.text));
  });

  it('sends every other page without them: the landing loads no editor code', async () => {
    for (const url of ['/', '/invite/abc', '/attempts', '/admin/attempt/1']) {
      const res = await request(app).get(url).expect(200);
      expect(res.text).toBe(html);
    }
  });
});
