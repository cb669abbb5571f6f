#!/usr/bin/env node
// The web app's figures, measured in Debian's chromium against the real
// server (`assay serve --demo`, embedded database): what the candidate's
// invite landing page transfers before any editor code (goal: < 300 KB),
// what it prefetches once idle (the attempt page and the editor), how long
// Start takes until the code takes input after that prefetch, and how long
// the attempt page takes until the code takes input (a typed letter that
// reaches Monaco) and until Monaco is up, from navigation start, cold cache
// (median of 5) and warm. Needs the server compiled (`npx tsc -b`)
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

/**
 * One navigation to the attempt page: milliseconds from navigation start
 * until the code takes typing (the plain editor, or Monaco if it came
 * first), and until Monaco is up. The bench then types a letter into
 * whichever surface has the caret and checks that Monaco ends up with it,
 * so "takes input" is a keystroke that survives the swap to Monaco, not
 * just a mark.
 */
async function editorReady(page, url) {
  await page.goto(url);
  // A build from before the plain editor sets no assay:editor-input: Monaco's mount is when it takes input (for A/B runs).
  const firstInput = () => performance.getEntriesByName('assay:editor-input')[0] ?? (window.__assayEditor?.getModel() && performance.getEntriesByName('assay:editor-ready')[0]);
  await page.waitForFunction(firstInput, undefined, { timeout: 60_000 });
  const inputMs = await page.evaluate(`(${firstInput})().startTime`);
  const before = await page.evaluate(() => {
    const plain = document.querySelector('[data-plain-editor]');
    if (plain) plain.focus();
    else window.__assayEditor.focus();
    return plain ? plain.value : window.__assayEditor.getModel().getValue(1);
  });
  // The caret is at the start of either surface: the letter goes first.
  await page.keyboard.type('x');
  await page.waitForFunction(() => performance.getEntriesByName('assay:editor-ready').length > 0 && Boolean(window.__assayEditor?.getModel()), undefined, { timeout: 60_000 });
  const kept = await page
    .waitForFunction((expected) => window.__assayEditor.getModel().getValue(1) === expected, `x${before}`, { timeout: 5_000 })
    .then(
      () => true,
      () => false,
    );
  if (!kept) throw new Error('a letter typed before Monaco took over is not in Monaco');
  const monacoMs = await page.evaluate(() => performance.getEntriesByName('assay:editor-ready')[0].startTime);
  return { inputMs, monacoMs };
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
  const startToEditorMs = await page.evaluate(
    () =>
      (performance.getEntriesByName('assay:editor-input')[0] ?? performance.getEntriesByName('assay:editor-ready')[0]).startTime -
      performance.getEntriesByName('bench:start')[0].startTime,
  );

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
    editorInputColdMs: Math.round(median(cold.map((r) => r.inputMs))),
    editorInputWarmMs: Math.round(median(warm.map((r) => r.inputMs))),
    editorReadyColdMs: Math.round(median(cold.map((r) => r.monacoMs))),
    editorReadyWarmMs: Math.round(median(warm.map((r) => r.monacoMs))),
  };
  process.stdout.write(
    `web: invite landing ${(landing.bytes / 1024).toFixed(1)} KB in ${landing.requests} requests (no editor code); attempt page ${(attempt.bytes / 1024).toFixed(1)} KB\n`,
  );
  process.stdout.write(
    `web: once idle the landing prefetches ${(landing.after.bytes / 1024).toFixed(1)} KB (attempt page and editor); Start → the code takes input in ${result.startToEditorMs} ms\n`,
  );
  process.stdout.write(
    `web: the code takes input ${result.editorInputColdMs} ms after navigation (cold cache, median of ${RUNS}), ${result.editorInputWarmMs} ms warm; Monaco is up at ${result.editorReadyColdMs} ms cold, ${result.editorReadyWarmMs} ms warm (${new URL(challengeUrl).pathname})\n`,
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await context.close();
  server.child.kill('SIGTERM');
  await new Promise((r) => server.child.once('exit', r));
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(profile, { recursive: true, force: true });
}
