import { UnauthorizedError } from '../http/errors';

/** Who is calling. Resolved once per request by the auth middleware. */
export type Principal =
  | { kind: 'user'; userId: string; email: string; role: 'admin' | 'reviewer'; via: 'session' | 'token'; sessionTokenHash?: string }
  | { kind: 'candidate'; attemptId: string; sessionTokenHash: string }
  | { kind: 'anonymous' };

/** Who may call a route. `staff` is admins and reviewers. */
export type Access = 'public' | 'admin' | 'staff' | 'candidate';

/** The attempt a candidate principal is bound to; anyone else gets 401 (routes with `access: 'candidate'`). */
export function candidateAttemptId(principal: Principal): string {
  if (principal.kind !== 'candidate') throw new UnauthorizedError('open your invite link to start');
  return principal.attemptId;
}
