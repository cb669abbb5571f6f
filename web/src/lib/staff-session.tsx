import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { SessionViewSchema, type UserView } from '@assay/contract';
import { ApiError } from './api-client';
import { useApi } from './api-context';

/** The signed-in staff member, or why there is none. */
export type StaffSessionState = { kind: 'loading' } | { kind: 'anonymous' } | { kind: 'error'; error: unknown } | { kind: 'signed-in'; user: UserView };

const StaffSessionContext = createContext<UserView | null>(null);

/**
 * Reads GET /api/v1/auth/session once: who is signed in, and the session's
 * CSRF token, which the API client then sends on every staff write (the
 * cookie survives a reload, the token in memory would not).
 */
export function useStaffSessionLoader(): { state: StaffSessionState; retry: () => void } {
  const api = useApi();
  const [state, setState] = useState<StaffSessionState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    api.get('/api/v1/auth/session', { schema: SessionViewSchema }).then(
      (session) => {
        if (!live) return;
        api.setCsrf('staff', session.csrfToken);
        setState({ kind: 'signed-in', user: session.user });
      },
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && error.status === 401) {
          api.setCsrf('staff', undefined);
          setState({ kind: 'anonymous' });
        } else {
          setState({ kind: 'error', error });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [api, attempt]);
  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, retry };
}

/** Makes the signed-in staff member available below (see useStaffUser). */
export function StaffUserProvider({ user, children }: { user: UserView; children: ReactNode }) {
  return <StaffSessionContext.Provider value={user}>{children}</StaffSessionContext.Provider>;
}

/** The signed-in staff member; only inside the staff layout. */
export function useStaffUser(): UserView {
  const user = useContext(StaffSessionContext);
  if (!user) throw new Error('useStaffUser needs the staff layout above it');
  return user;
}
