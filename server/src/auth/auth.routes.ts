import type { Request } from 'express';
import { NotFoundError, TooManyRequestsError, UnauthorizedError } from '../http/errors';
import type { RouteRegistry } from '../http/route-registry';
import type { Clock } from '../lib/clock';
import { RateLimiter } from '../lib/rate-limiter';
import type { UserService } from '../users/user.service';
import { IdParamsSchema, LoginBodySchema, NewTokenBodySchema, NewTokenViewSchema, SessionViewSchema, UserViewSchema, presentUser } from './auth.schema';
import { STAFF_COOKIE, clearSessionCookie, readCookies, setSessionCookie } from './cookies';
import type { SessionService } from './session.service';
import * as ex from './auth.examples';

export interface AuthRouteDeps {
  users: UserService;
  sessions: SessionService;
  clock: Clock;
  secureCookies: boolean;
}

/** Login, logout, who am I, and API tokens. Login is limited to 10 tries per 15 minutes per address and email. */
export function registerAuthRoutes(routes: RouteRegistry, deps: AuthRouteDeps): void {
  const perAccount = new RateLimiter(10, 15 * 60_000, deps.clock);
  const perAddress = new RateLimiter(50, 15 * 60_000, deps.clock);
  const limit = (req: Request, key: string) => {
    for (const [limiter, k] of [
      [perAddress, req.ip ?? '?'],
      [perAccount, `${req.ip}|${key.toLowerCase()}`],
    ] as const) {
      const verdict = limiter.take(k);
      if (!verdict.ok) throw new TooManyRequestsError(`too many login attempts; try again in ${verdict.retryAfterSeconds} s`, verdict.retryAfterSeconds);
    }
  };

  routes.add({
    method: 'post',
    path: '/api/v1/auth/login',
    tag: 'auth',
    summary: 'Log in with email and password (admins and reviewers)',
    access: 'public',
    body: LoginBodySchema,
    response: SessionViewSchema,
    example: { body: ex.loginBody, response: ex.sessionView },
    async handler({ body, req, res }) {
      limit(req, body.email);
      const user = await deps.users.authenticate(body.email, body.password);
      if (!user) throw new UnauthorizedError('email or password is wrong');
      const session = await deps.sessions.issue({ userId: user.id });
      setSessionCookie(res, STAFF_COOKIE, session.token, session.expiresAt.getTime() - deps.clock.now().getTime(), deps.secureCookies);
      return { user: presentUser(user), csrfToken: session.csrfToken };
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/auth/logout',
    tag: 'auth',
    summary: 'End the current session',
    access: 'staff',
    async handler({ principal, res }) {
      if (principal.kind === 'user' && principal.sessionTokenHash) await deps.sessions.revoke(principal.sessionTokenHash);
      clearSessionCookie(res, STAFF_COOKIE, deps.secureCookies);
      return undefined;
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/auth/me',
    tag: 'auth',
    summary: 'The logged-in user',
    access: 'staff',
    response: UserViewSchema,
    example: { response: ex.userView },
    async handler({ principal }) {
      const user = principal.kind === 'user' ? await deps.users.byId(principal.userId) : undefined;
      if (!user) throw new UnauthorizedError();
      return presentUser(user);
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/auth/session',
    tag: 'auth',
    summary: 'The logged-in user and the session’s CSRF token (recovers it after a page reload)',
    access: 'staff',
    response: SessionViewSchema,
    example: { response: ex.sessionView },
    async handler({ principal, req }) {
      const token = readCookies(req)[STAFF_COOKIE];
      const session = token ? await deps.sessions.find(token) : undefined;
      const user = principal.kind === 'user' ? await deps.users.byId(principal.userId) : undefined;
      if (!session || !user) throw new UnauthorizedError('this needs a browser session; API tokens need no CSRF token');
      return { user: presentUser(user), csrfToken: session.csrfToken };
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/tokens',
    tag: 'auth',
    summary: 'Mint an API token (shown once) for automation',
    access: 'admin',
    status: 201,
    body: NewTokenBodySchema,
    response: NewTokenViewSchema,
    example: { body: ex.newTokenBody, response: ex.newTokenView },
    async handler({ body, principal }) {
      if (principal.kind !== 'user') throw new UnauthorizedError();
      const minted = await deps.users.mintToken(principal.userId, body.name);
      return { ...minted, name: body.name };
    },
  });

  routes.add({
    method: 'delete',
    path: '/api/v1/tokens/:id',
    tag: 'auth',
    summary: 'Revoke one of your API tokens',
    access: 'admin',
    params: IdParamsSchema,
    async handler({ params, principal }) {
      if (principal.kind !== 'user' || !(await deps.users.revokeToken(principal.userId, params.id))) throw new NotFoundError('token');
      return undefined;
    },
  });
}
