import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tempCatalog } from '../challenges/test-support/challenge-fixture';
import { testApp, type TestApp } from './test-app';

/** The real app listening on a free local port, for clients that talk HTTP (the CLI's push and pull). */
export interface ListeningApp {
  t: TestApp;
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** A live API token of an admin, and of a reviewer. */
  adminToken: string;
  reviewerToken: string;
  close(): Promise<void>;
}

/** Starts the app over a fresh test database and mints an admin's and a reviewer's API token. */
export async function listeningApp(): Promise<ListeningApp> {
  const t = await testApp();
  const server = http.createServer(t.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const mint = async (role: 'admin' | 'reviewer') => {
    const user = await t.services.users.create({ email: `${role}@example.test`, name: role, role, password: 'correct horse battery' });
    return (await t.services.users.mintToken(user.id, 'ci')).token;
  };
  return {
    t,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    adminToken: await mint('admin'),
    reviewerToken: await mint('reviewer'),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await t.close();
    },
  };
}

/** A local URL nothing listens on: a port the system gave out and took back. */
export async function deadUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

/**
 * Registers a suite's hooks: one listening app for the file (its database
 * shared by the tests, so each uses its own challenge ids) and a fresh
 * temporary catalog folder per test. Read both through the returned object.
 */
export function useAppAndCatalog(): { readonly app: ListeningApp; readonly root: string } {
  let app: ListeningApp | undefined;
  let root: string | undefined;
  beforeAll(async () => {
    app = await listeningApp();
  });
  afterAll(() => app?.close());
  beforeEach(() => {
    root = tempCatalog();
  });
  afterEach(() => fs.rmSync(root!, { recursive: true, force: true }));
  return {
    get app() {
      return app!;
    },
    get root() {
      return root!;
    },
  };
}
