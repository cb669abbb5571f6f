import { CandidateSessionViewSchema } from './attempt.schema';
import { CANDIDATE_COOKIE, readCookies } from '../auth/cookies';
import type { SessionService } from '../auth/session.service';
import { UnauthorizedError } from '../http/errors';
import type { RouteRegistry } from '../http/route-registry';
import * as ex from './attempt.examples';

/**
 * `GET /api/v1/attempt/session`: the CSRF token of the candidate's cookie
 * session, so the web app recovers it after a reload (the cookie itself is
 * httpOnly and the token lives only in the page's memory).
 */
export function registerCandidateSessionRoutes(routes: RouteRegistry, deps: { sessions: SessionService }): void {
  routes.add({
    method: 'get',
    path: '/api/v1/attempt/session',
    tag: 'candidate',
    summary: 'The CSRF token of the current candidate session (recovers it after a page reload)',
    access: 'candidate',
    response: CandidateSessionViewSchema,
    example: { response: ex.candidateSession },
    async handler({ req }) {
      const token = readCookies(req)[CANDIDATE_COOKIE];
      const session = token ? await deps.sessions.find(token) : undefined;
      if (!session?.attemptId) throw new UnauthorizedError('open your invite link to start');
      return { csrfToken: session.csrfToken };
    },
  });
}
