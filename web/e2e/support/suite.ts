import type { Page } from 'playwright-core';
import { axeSerious, foreignRequests, openBrowser, type Browser } from './browser';
import { startDemoServer, type DemoServer } from './server';

/** What a browser suite runs against: set by the file's `beforeAll`, so read it inside tests and later hooks only. */
export interface E2eSuite {
  server: DemoServer;
  browser: Browser;
}

/**
 * Registers the hooks every browser suite needs: a demo server (real
 * Docker runs) and a fresh chromium, started together before the file's
 * tests and both closed after them, even when the other failed to start;
 * and after each test, no request of the page may have gone to another
 * host. `env` is added to the server's environment; `dataDir` starts it on
 * an existing database (the caller removes it).
 */
export function e2eSuite(opts: { env?: Record<string, string>; dataDir?: string } = {}): E2eSuite {
  const suite = {} as E2eSuite;
  beforeAll(async () => {
    const started = await Promise.allSettled([
      startDemoServer({ env: opts.env, dataDir: opts.dataDir }).then((server) => (suite.server = server)),
      openBrowser().then((browser) => (suite.browser = browser)),
    ]);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  afterEach(() => {
    expect(foreignRequests(suite.browser.requests, suite.server.url)).toEqual([]);
  });
  return suite;
}

/** The text in the page's Monaco editor (the app's test hook), or null when no editor is open. */
export const editorValue = (page: Page) => page.evaluate(() => window.__assayEditor?.getModel()?.getValue() ?? null);

/** Fails the test with axe-core's serious and critical violations of the page, if any. */
export async function expectAccessible(page: Page): Promise<void> {
  expect(await axeSerious(page)).toEqual([]);
}

/** Signs a staff member in through the login form the app sent them to. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
