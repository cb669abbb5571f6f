import type { NextFunction, Request, Response } from 'express';
import crypto from 'node:crypto';
import { ForbiddenError, UnauthorizedError } from '../http/errors';
import type { Guard } from '../http/route-registry';
import { hashSecret } from '../lib/ids';
import type { UserService } from '../users/user.service';
import { CANDIDATE_COOKIE, STAFF_COOKIE, readCookies } from './cookies';
import type { Access, Principal } from './principal';
import type { SessionService } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** 401 for a candidate session ended by a newer start from the invite link. */
function sessionReplaced(at: Date): UnauthorizedError {
  return new UnauthorizedError(
    `this attempt was continued in another browser or window at ${at.toISOString()}, so this one was signed out; open your invite link again to continue here (that signs the other one out)`,
    'session_replaced',
  );
}

/**
 * Resolves the caller (API token, staff cookie or candidate cookie), checks
 * the route's access, and requires X-CSRF-Token on state-changing requests
 * authenticated by cookie. Sets `res.locals.principal`.
 */
export function createGuard(deps: { sessions: SessionService; users: UserService }): Guard {
  async function resolve(req: Request, access: Access): Promise<{ principal: Principal; csrf?: string; replacedAt?: Date }> {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) {
      const user = await deps.users.byToken(bearer);
      if (!user) throw new UnauthorizedError('the API token is unknown or revoked');
      return { principal: { kind: 'user', userId: user.id, email: user.email, role: user.role, via: 'token' } };
    }
    const cookies = readCookies(req);
    const name = access === 'candidate' ? CANDIDATE_COOKIE : STAFF_COOKIE;
    const token = cookies[name];
    if (!token) return { principal: { kind: 'anonymous' } };
    const session = await deps.sessions.find(token);
    if (!session) return { principal: { kind: 'anonymous' } };
    // A newer start from the invite link took this attempt over: anonymous (so the link can start it here again), but said so.
    if (session.attemptId && session.endedAt) return { principal: { kind: 'anonymous' }, replacedAt: session.endedAt };
    if (session.attemptId) {
      return { principal: { kind: 'candidate', attemptId: session.attemptId, sessionTokenHash: hashSecret(token) }, csrf: session.csrfToken };
    }
    const user = session.userId ? await deps.users.byId(session.userId) : undefined;
    if (!user) return { principal: { kind: 'anonymous' } };
    return {
      principal: { kind: 'user', userId: user.id, email: user.email, role: user.role, via: 'session', sessionTokenHash: hashSecret(token) },
      csrf: session.csrfToken,
    };
  }

  return (access: Access) => (req: Request, res: Response, next: NextFunction) => {
    resolve(req, access)
      .then(({ principal, csrf, replacedAt }) => {
        res.locals.principal = principal;
        if (access === 'public') return next();
        if (replacedAt) throw sessionReplaced(replacedAt);
        if (principal.kind === 'anonymous') throw new UnauthorizedError(access === 'candidate' ? 'open your invite link to start' : 'log in first');
        const allowed =
          (access === 'candidate' && principal.kind === 'candidate') ||
          (access === 'admin' && principal.kind === 'user' && principal.role === 'admin') ||
          (access === 'staff' && principal.kind === 'user');
        if (!allowed) throw new ForbiddenError(`this needs the ${access} role`);
        if (csrf && !SAFE_METHODS.has(req.method) && !sameToken(req.get('x-csrf-token'), csrf)) {
          throw new ForbiddenError('missing or wrong X-CSRF-Token header');
        }
        next();
      })
      .catch(next);
  };
}
