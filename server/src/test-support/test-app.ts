import type { Express } from 'express';
import pino from 'pino';
import request from 'supertest';
import { FakeClock } from '../lib/clock';
import { buildHttpApp, createServices, type Services } from '../main';
import { testDatabase } from './test-db';

export interface TestApp {
  app: Express;
  services: Services;
  clock: FakeClock;
  close(): Promise<void>;
}

/** The real app over a fresh test database and a fake clock. */
export async function testApp(): Promise<TestApp> {
  const database = await testDatabase();
  const clock = new FakeClock();
  const services = createServices(database, { clock });
  const app = buildHttpApp(services, { config: { secureCookies: false }, logger: pino({ level: 'silent' }) });
  return { app, services, clock, close: () => database.close() };
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
