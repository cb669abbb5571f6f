import type { z } from 'zod';
import type { LoginBodySchema, NewTokenBodySchema, NewTokenViewSchema, SessionViewSchema, UserViewSchema } from './auth.schema';

/**
 * Example bodies of the auth routes, as /api/docs shows them: the demo admin signing in and minting a token.
 * route-examples.test.ts checks each against its schema.
 */

/** POST /api/v1/auth/login */
export const loginBody: z.input<typeof LoginBodySchema> = {
  email: 'admin@assay.local',
  password: 'assay-admin-demo',
};

/** The signed-in user and the session’s CSRF token. */
export const sessionView: z.output<typeof SessionViewSchema> = {
  user: {
    id: 'b042ae91-649f-45ee-90a3-d41cddda482b',
    email: 'admin@assay.local',
    name: 'Demo Admin',
    role: 'admin',
  },
  csrfToken: 'ib-GTvTtWjXMPNaGUY5V7EnXWV4wZa75RM9iIPDmE2I',
};

/** GET /api/v1/auth/me */
export const userView: z.output<typeof UserViewSchema> = {
  id: 'b042ae91-649f-45ee-90a3-d41cddda482b',
  email: 'admin@assay.local',
  name: 'Demo Admin',
  role: 'admin',
};

/** POST /api/v1/tokens */
export const newTokenBody: z.input<typeof NewTokenBodySchema> = {
  name: 'CI catalog push',
};

/** A minted token: shown this once. */
export const newTokenView: z.output<typeof NewTokenViewSchema> = {
  id: '1e9dc956-afc1-4316-9c28-99dc2a56140d',
  name: 'CI catalog push',
  token: 'assay__ooyS1JOjJauaDc3nKKdrkdIsjCVt_0jhSAzesTYUxM',
};
