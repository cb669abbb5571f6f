import type { Express } from 'express';
import pino from 'pino';
import request from 'supertest';
import type { Runner } from '@assay/runners';
import { FakeClock } from '../lib/clock';
import { buildHttpApp, createServices, type ServiceConfig, type Services } from '../main';
import { FakeRunner } from './fake-runner';
import { testDatabase } from './test-db';

export interface TestApp {
  app: Express;
  services: Services;
  clock: FakeClock;
  runner: Runner;
  close(): Promise<void>;
}

/** The real app over a fresh test database, a fake clock and (unless given) a fake runner. */
export async function testApp(opts: { runner?: Runner; config?: Partial<ServiceConfig>; onQuery?: (query: string) => void } = {}): Promise<TestApp> {
  const database = await testDatabase({ onQuery: opts.onQuery });
  const clock = new FakeClock();
  const runner = opts.runner ?? new FakeRunner();
  const services = createServices(database, {
    runner,
    clock,
    logger: pino({ level: 'silent' }),
    config: { graceSeconds: 15, runConcurrency: 2, queueCapacity: 50, secureCookies: false, publicUrl: 'http://assay.test', ...opts.config },
  });
  const app = buildHttpApp(services);
  return {
    app,
    services,
    clock,
    runner,
    async close() {
      await services.inviteEmailWorker?.stop();
      await services.queue.close();
      await database.close();
    },
  };
}

let counter = 0;

/** Creates a staff user and logs in; returns an agent carrying the cookie and the CSRF token. */
export async function loginAs(t: TestApp, role: 'admin' | 'reviewer') {
  counter += 1;
  const email = `${role}${counter}@example.test`;
  const password = 'correct horse battery';
  await t.services.users.create({ email, name: `${role} ${counter}`, role, password });
  const agent = request.agent(t.app);
  const res = await agent.post('/api/v1/auth/login').send({ email, password }).expect(200);
  return { agent, csrf: res.body.csrfToken as string, email, password };
}
