import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './support/server';
import { signIn } from './support/suite';

/**
 * Steps the reviewer suites share: a database with an extra reviewer made
 * before the server starts (the demo seeds one), signing in and out, and
 * claiming the item of a given explanation (releasing any other item the
 * queue hands out first, such as demo data).
 */

/** A fresh data folder with an extra reviewer account (through `assay admin create`, as an operator would). */
export function dataDirWithReviewer(reviewer: { email: string; name: string; password: string }): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-review-'));
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'server/bin/assay.js'),
      'admin',
      'create',
      '--role',
      'reviewer',
      '--email',
      reviewer.email,
      '--name',
      reviewer.name,
      '--password',
      reviewer.password,
      '--data-dir',
      dataDir,
    ],
    { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn' }, stdio: 'pipe' },
  );
  return dataDir;
}

/** Signs in from the login page a staff URL redirects to. */
export async function signInAt(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(url);
  await page.waitForURL(/\/login\?next=/);
  await signIn(page, email, password);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** Signs out through the account menu. */
export async function signOut(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('button', { name }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/login$/);
}

/** From /review: "Next item" until the claimed item shows `snippet` in its explanation; returns the review id. */
export async function claimItemWith(page: Page, serverUrl: string, snippet: string): Promise<string> {
  for (let tries = 0; tries < 12; tries++) {
    await page.goto(`${serverUrl}/review`);
    await page.getByRole('heading', { name: 'Reviews', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Next item' }).click();
    await page.waitForURL(/\/review\/(?!adjudicate)[^/]+$/);
    const explanation = page.getByRole('region', { name: 'Explanation text' });
    await explanation.waitFor();
    if ((await explanation.textContent())?.includes(snippet)) return new URL(page.url()).pathname.split('/').pop()!;
    // Someone else's item (demo data): give it back; the queue never hands it to this reviewer again.
    await page.getByRole('button', { name: 'Release' }).click();
    await page.waitForURL(/\/review$/);
  }
  throw new Error(`no item with "${snippet}" came up`);
}

/** Selects `phrase` inside the explanation text as a reviewer would with the mouse. */
export async function selectInExplanation(page: Page, phrase: string, region = 'Explanation text'): Promise<void> {
  const root = page.getByRole('region', { name: region });
  await root.evaluate((el, p) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(p);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + p.length);
      const sel = document.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
    throw new Error(`"${p}" is not in one piece of the explanation`);
  }, phrase);
  await page.locator('.span-selected q', { hasText: phrase }).waitFor();
}

/** The radio of a criterion's level (1 = the lowest), by the criterion's group. */
export const levelRadio = (page: Page, criterion: string | RegExp, level: number) =>
  page
    .getByRole('group', { name: criterion })
    .getByRole('radio')
    .nth(level - 1);

/** The demo admin over HTTP (what a suite sets up before the browser part): JSON in and out, CSRF on writes. */
export async function adminHttp(serverUrl: string) {
  const login = await fetch(`${serverUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@assay.local', password: 'assay-admin-demo' }),
  });
  if (!login.ok) throw new Error(`login: ${login.status}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const call = async (method: string, p: string, body?: unknown) => {
    const res = await fetch(`${serverUrl}${p}`, {
      method,
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data: unknown = await res.json().catch(() => undefined);
    if (!res.ok) throw new Error(`${method} ${p}: ${res.status} ${JSON.stringify(data)}`);
    return data as any;
  };
  return { get: (p: string) => call('GET', p), post: (p: string, body: unknown) => call('POST', p, body) };
}

/** One request a receiver got. */
export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1, as a customer would run one. */
export async function webhookReceiver() {
  const got: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      got.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/assay`,
    got,
    /** Waits (up to a minute) for a request with this Assay-Event. */
    async waitForEvent(event: string): Promise<Received> {
      for (let i = 0; i < 240; i++) {
        const hit = got.find((r) => r.headers['assay-event'] === event);
        if (hit) return hit;
        await new Promise((r) => setTimeout(r, 250));
      }
      throw new Error(`no ${event} delivery arrived; got ${got.map((r) => r.headers['assay-event']).join(', ') || 'nothing'}`);
    },
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
