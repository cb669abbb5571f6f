import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import request from 'supertest';
import { webApp } from './web-app';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-web-'));
fs.mkdirSync(path.join(dist, 'assets'));
fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
const js = 'console.log("app");'.repeat(50);
fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), js);
fs.writeFileSync(path.join(dist, 'assets', 'app-abc123.js.gz'), zlib.gzipSync(js));
fs.mkdirSync(path.join(dist, '.vite'));
fs.writeFileSync(path.join(dist, '.vite', 'manifest.json'), '{}');

const app = express();
app.use(webApp(dist)!);
app.use((_req, res) => res.status(404).send('not found'));

afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe('webApp (the built SPA)', () => {
  it('is absent when the app is not built', () => {
    expect(webApp(path.join(dist, 'nowhere'))).toBeUndefined();
  });

  it('answers client-side routes with index.html, not cached, with a strict CSP', async () => {
    const res = await request(app).get('/attempt/two-sum').expect(200);
    expect(res.text).toContain('id="root"');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('serves hashed assets gzip-compressed with long cache headers', async () => {
    const res = await request(app).get('/assets/app-abc123.js').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.text).toBe(js);
  });

  it('serves the plain file to clients without gzip', async () => {
    const res = await request(app).get('/assets/app-abc123.js').set('Accept-Encoding', 'identity').expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(js));
  });

  it('leaves API paths, missing assets, dotfiles and other methods alone', async () => {
    await request(app).get('/api/v1/nothing').expect(404);
    await request(app).get('/assets/missing-1234.js').expect(404);
    const dot = await request(app).get('/.vite/manifest.json').expect(200);
    expect(dot.text).toContain('id="root"');
    await request(app).post('/attempt').expect(404);
  });

  it('never serves a file outside the build folder', async () => {
    const res = await request(app).get('/..%2f..%2fetc%2fpasswd').expect(200);
    expect(res.text).toContain('id="root"');
  });
});
