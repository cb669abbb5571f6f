/** Who is calling. Resolved once per request by the auth middleware. */
export type Principal =
  | { kind: 'user'; userId: string; email: string; role: 'admin' | 'reviewer'; via: 'session' | 'token'; sessionTokenHash?: string }
  | { kind: 'candidate'; attemptId: string; sessionTokenHash: string }
  | { kind: 'anonymous' };

/** Who may call a route. `staff` is admins and reviewers. */
export type Access = 'public' | 'admin' | 'staff' | 'candidate';
