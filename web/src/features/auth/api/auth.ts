import { SessionViewSchema, UserViewSchema, type UserView } from '@assay/contract';
import type { ApiClient } from '../../../lib/api-client';

export type { UserView };

/** Logs a staff member in; the cookie is set by the server, the CSRF token kept by the client. */
export async function login(api: ApiClient, email: string, password: string): Promise<UserView> {
  const session = await api.post('/api/v1/auth/login', { body: { email, password }, schema: SessionViewSchema });
  api.setCsrf('staff', session.csrfToken);
  return session.user;
}

/** The logged-in staff member (401 when not logged in). */
export function me(api: ApiClient): Promise<UserView> {
  return api.get('/api/v1/auth/me', { schema: UserViewSchema });
}

export async function logout(api: ApiClient): Promise<void> {
  try {
    await api.post('/api/v1/auth/logout', { scope: 'staff' });
  } finally {
    api.setCsrf('staff', undefined);
  }
}
