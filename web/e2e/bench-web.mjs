#!/usr/bin/env node
// The web app's figures, measured in Debian's chromium against the real
// server (`assay serve --demo`, embedded database): what the candidate's
// invite landing page transfers before any editor code (goal: < 300 KB),
// what it prefetches once idle (the attempt page and the editor), how long
// Start takes to a ready editor after that prefetch, and how long the
// attempt page takes until Monaco takes input, from navigation start, cold
// cache (median of 5) and warm. Needs the server compiled (`npx tsc -b`)
// and the web app built (`npm run build -w web`). Prints its figures, then
// one JSON line.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];
const RUNS = 5;

function startServer(dataDir) {
  const child = spawn(process.execPath, [path.join(root, 'server/bin/assay.js'), 'serve', '--demo', '--port', '0', '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', ASSAY_WARM_POOL: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
      const invite = /candidate\s+(http:\/\/\S+)/.exec(out)?.[1];
      if (url && invite) resolve({ child, url, invite });
    });
    child.once('exit', (code) => reject(new Error(`assay serve exited with ${code}`)));
  });
}

/** Bytes on the wire (headers + encoded bodies) of these responses. */
async function wireBytes(responses) {
  let bytes = 0;
  for (const r of responses) {
    const sizes = await r
      .request()
      .sizes()
      .catch(() => undefined);
    if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  return { bytes, requests: responses.length, urls: responses.map((r) => new URL(r.url()).pathname) };
}

/**
 * Every response the page gets while `action` runs, until the network is
 * idle; with `splitAtMark`, split into those that came before the page set
 * that performance mark and those after it.
 */
async function transferred(page, action, splitAtMark) {
  const responses = [];
  const onResponse = (r) => responses.push(r);
  page.on('response', onResponse);
  await action();
  let early = () => true;
  if (splitAtMark) {
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, splitAtMark, { timeout: 30_000 });
    // The page was network-idle once already (waitForLoadState would return at once): wait until no resource has completed for a second.
    for (let seen = -1, now = 0; now !== seen; await page.waitForTimeout(1000)) {
      seen = now;
      now = await page.evaluate(() => performance.getEntriesByType('resource').length);
    }
    // What the page asked for before the mark (its own document included), by URL.
    const before = new Set(
      await page.evaluate((mark) => {
        const at = performance.getEntriesByName(mark)[0].startTime;
        return [location.href, ...performance.getEntriesByType('resource').flatMap((r) => (r.startTime < at ? [r.name] : []))];
      }, splitAtMark),
    );
    early = (r) => before.has(r.url());
  }
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  return { ...(await wireBytes(responses.filter(early))), after: await wireBytes(responses.filter((r) => !early(r))) };
}

/** Milliseconds from navigation start until the editor has mounted and takes input. */
async function editorReady(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('assay:editor-ready').length > 0 && Boolean(window.__assayEditor?.getModel()), undefined, { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('assay:editor-ready')[0].startTime);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-web-'));
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-chromium-'));
const server = await startServer(dataDir);
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.ASSAY_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ARGS,
  viewport: { width: 1440, height: 900 },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');

  // The landing's own bytes, then what it prefetches once idle; then Start, timed until the editor takes input.
  const landing = await transferred(page, () => page.goto(server.invite), 'assay:editor-prefetch');
  await page.evaluate(() => performance.mark('bench:start'));
  await page.getByRole('button', { name: /Start the assessment/ }).click();
  await page.waitForURL(/\/attempt\/[\w-]+$/);
  const challengeUrl = page.url();
  await page.waitForFunction(() => performance.getEntriesByName('assay:editor-ready').length > 0 && Boolean(window.__assayEditor?.getModel()));
  const startToEditorMs = await page.evaluate(() => performance.getEntriesByName('assay:editor-ready')[0].startTime - performance.getEntriesByName('bench:start')[0].startTime);

  const cold = [];
  let attempt;
  for (let i = 0; i < RUNS; i++) {
    await cdp.send('Network.clearBrowserCache');
    if (i === 0) attempt = await transferred(page, async () => cold.push(await editorReady(page, challengeUrl)));
    else cold.push(await editorReady(page, challengeUrl));
  }
  const warm = [];
  for (let i = 0; i < RUNS; i++) warm.push(await editorReady(page, challengeUrl));

  const result = {
    landingBytes: landing.bytes,
    landingRequests: landing.requests,
    landingUnder300KB: landing.bytes < 300 * 1024,
    prefetchBytes: landing.after.bytes,
    startToEditorMs: Math.round(startToEditorMs),
    attemptBytes: attempt.bytes,
    editorReadyColdMs: Math.round(median(cold)),
    editorReadyWarmMs: Math.round(median(warm)),
  };
  process.stdout.write(
    `web: invite landing ${(landing.bytes / 1024).toFixed(1)} KB in ${landing.requests} requests (no editor code); attempt page ${(attempt.bytes / 1024).toFixed(1)} KB\n`,
  );
  process.stdout.write(
    `web: once idle the landing prefetches ${(landing.after.bytes / 1024).toFixed(1)} KB (attempt page and editor); Start → editor takes input in ${result.startToEditorMs} ms\n`,
  );
  process.stdout.write(
    `web: editor takes input ${result.editorReadyColdMs} ms after navigation (cold cache, median of ${RUNS}), ${result.editorReadyWarmMs} ms warm (${new URL(challengeUrl).pathname})\n`,
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await context.close();
  server.child.kill('SIGTERM');
  await new Promise((r) => server.child.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(profile, { recursive: true, force: true });
}
