import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { createApp } from './app';
import { createGuard } from './auth/auth.guard';
import { registerAuthRoutes } from './auth/auth.routes';
import { SessionService } from './auth/session.service';
import type { Config } from './config';
import { openDatabase, type Database } from './db/client';
import { RouteRegistry } from './http/route-registry';
import { systemClock, type Clock } from './lib/clock';
import { Metrics } from './ops/metrics';
import { UserService } from './users/user.service';

export const VERSION = '0.1.0';

/** Everything the server runs on, wired once. */
export interface Services {
  database: Database;
  clock: Clock;
  metrics: Metrics;
  users: UserService;
  sessions: SessionService;
}

/** Builds the services over an open database (no HTTP, no timers). */
export function createServices(database: Database, deps: { clock?: Clock } = {}): Services {
  const clock = deps.clock ?? systemClock;
  return {
    database,
    clock,
    metrics: new Metrics(),
    users: new UserService(database.db, clock),
    sessions: new SessionService(database.db, clock),
  };
}

/** The HTTP app over the services: every route registered, nothing listening yet. */
export function buildHttpApp(services: Services, opts: { config: Pick<Config, 'secureCookies'>; logger: Logger }): Express {
  const routes = new RouteRegistry();
  registerAuthRoutes(routes, { users: services.users, sessions: services.sessions, clock: services.clock, secureCookies: opts.config.secureCookies });
  return createApp({
    logger: opts.logger,
    routes,
    guard: createGuard({ sessions: services.sessions, users: services.users }),
    metrics: services.metrics,
    readiness: { database: () => services.database.ping() },
    version: VERSION,
  });
}

export interface RunningServer {
  url: string;
  services: Services;
  close(): Promise<void>;
}

/** Opens storage, wires everything and listens on config.host:config.port. */
export async function startServer(config: Config, deps: { logger: Logger; clock?: Clock }): Promise<RunningServer> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const services = createServices(database, { clock: deps.clock });
  const server = http.createServer(buildHttpApp(services, { config, logger: deps.logger }));
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  deps.logger.info({ url, database: database.kind }, 'assay server listening');
  return {
    url,
    services,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
