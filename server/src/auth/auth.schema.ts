import { z } from 'zod';

export const LoginBodySchema = z.strictObject({
  email: z.email(),
  password: z.string().min(1).max(200),
});

export const UserViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(['admin', 'reviewer']),
});
export type UserView = z.infer<typeof UserViewSchema>;

export const SessionViewSchema = z.object({
  user: UserViewSchema,
  /** Send back as X-CSRF-Token on every state-changing request. */
  csrfToken: z.string(),
});

export const NewTokenBodySchema = z.strictObject({ name: z.string().trim().min(1).max(100) });
export const NewTokenViewSchema = z.object({ id: z.string(), name: z.string(), token: z.string() });
export const IdParamsSchema = z.strictObject({ id: z.string().min(1).max(200) });

/** A user row without its password hash. */
export function presentUser(user: { id: string; email: string; name: string; role: 'admin' | 'reviewer' }): UserView {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
