import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { openDatabase, type Database } from '../db/client';
import { attempts, invites } from '../db/schema';
import { FakeClock } from '../lib/clock';
import { newId } from '../lib/ids';
import { buildHttpApp, createServices, type ServiceConfig } from '../main';
import { FakeRunner } from '../test-support/fake-runner';
import { ensurePgliteTemplate, pgliteTemplateDir, TEST_DB_KIND, testDatabase } from '../test-support/test-db';
import type { TestApp } from '../test-support/test-app';

/** One request the receiver got. */
export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver on 127.0.0.1 that answers with the statuses queued in `replies` (then 200). */
export async function startReceiver() {
  const received: Received[] = [];
  const replies: (number | 'hang')[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      const reply = replies.shift() ?? 200;
      if (reply === 'hang') return; // never answers
      res.writeHead(reply, { 'Content-Type': 'text/plain' }).end(reply === 200 ? 'thanks' : `no luck ${'x'.repeat(10_000)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/assay`,
    received,
    replies,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A database that outlives one app, so a test can close the app (the
 * server's memory is gone) and open a new one over the same storage.
 */
export async function lastingDatabase(): Promise<{ open(): Promise<Database>; remove(): Promise<void> }> {
  if (TEST_DB_KIND === 'postgres') {
    const owner = await testDatabase();
    return { open: () => openDatabase({ databaseUrl: owner.url!, dataDir: '' }), remove: () => owner.close() };
  }
  await ensurePgliteTemplate();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-webhook-db-'));
  fs.cpSync(pgliteTemplateDir(), dir, { recursive: true });
  return { open: () => openDatabase({ dataDir: dir }), remove: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The real app over an open database (as test-app.ts builds it); close() stops it and closes that connection. */
export function appOver(database: Database, clock: FakeClock, config: Partial<ServiceConfig> = {}): TestApp {
  const runner = new FakeRunner();
  const services = createServices(database, {
    runner,
    clock,
    logger: pino({ level: process.env.HOOK_LOG ?? 'silent' }),
    config: { graceSeconds: 15, runConcurrency: 2, queueCapacity: 50, secureCookies: false, publicUrl: 'http://assay.test', ...config },
  });
  return {
    app: buildHttpApp(services),
    services,
    clock,
    runner,
    async close() {
      await services.webhookDispatcher.stop();
      await services.inviteEmailWorker?.stop();
      await services.queue.close();
      await database.close();
    },
  };
}

/** A finished attempt written straight to storage, final at `finalAt` when given. */
export async function storedAttempt(t: TestApp, assessmentId: string, opts: { finalAt?: Date; versions?: Record<string, number> } = {}) {
  const { db } = t.services.database;
  const inviteId = newId();
  const id = newId();
  const startedAt = new Date(t.clock.now().getTime() - 3_600_000);
  const email = `cand-${id.slice(0, 8)}@example.test`;
  await db.insert(invites).values({ id: inviteId, assessmentId, email, tokenHash: newId(), expiresAt: new Date('2030-01-01'), usedAt: startedAt });
  await db.insert(attempts).values({
    id,
    assessmentId,
    inviteId,
    email,
    versions: opts.versions ?? {},
    startedAt,
    deadlineAt: t.clock.now(),
    finishedAt: new Date(startedAt.getTime() + 1_800_000),
    finishReason: 'candidate',
    finalAt: opts.finalAt ?? null,
  });
  return { id, email };
}
