import { z } from 'zod';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password';
import type { Clock } from '../lib/clock';
import { ConflictError } from '../http/errors';
import { hashSecret, newId, newSecret } from '../lib/ids';
import type { UserRepo, UserRow } from './user.repo';

/** What `admin create` and the demo seed give to make a staff account. */
export const NewUserSchema = z.strictObject({
  email: z.email(),
  name: z.string().trim().min(1).max(200),
  role: z.enum(['admin', 'reviewer']),
  password: z.string().min(10, 'must be at least 10 characters').max(200),
});
export type NewUser = z.infer<typeof NewUserSchema>;

export type User = UserRow;

/** Staff accounts and their API tokens. */
export class UserService {
  constructor(
    private readonly repo: UserRepo,
    private readonly clock: Clock,
  ) {}

  /** A new account; refuses an email already taken (in any case). */
  async create(input: NewUser): Promise<User> {
    const existing = await this.byEmail(input.email);
    if (existing) throw new ConflictError(`a user with email ${input.email} already exists`, 'email_taken');
    return this.repo.insert({ id: newId(), email: input.email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) });
  }

  /** The account with this email, in any case. */
  byEmail(email: string): Promise<User | undefined> {
    return this.repo.byEmail(email);
  }

  byId(id: string): Promise<User | undefined> {
    return this.repo.byId(id);
  }

  /** The user if the password matches; the same work is done either way. */
  async authenticate(email: string, password: string): Promise<User | undefined> {
    const user = await this.byEmail(email);
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    return ok ? user : undefined;
  }

  /** Mints an API token; the secret is returned once and stored hashed. */
  async mintToken(userId: string, name: string): Promise<{ id: string; token: string }> {
    const token = `assay_${newSecret()}`;
    const id = newId();
    await this.repo.insertToken({ id, userId, name, tokenHash: hashSecret(token) });
    return { id, token };
  }

  /** Revokes one of the user's own tokens; false when it is not theirs or not live. */
  revokeToken(userId: string, id: string): Promise<boolean> {
    return this.repo.revokeToken(userId, id, this.clock.now());
  }

  /** The user behind a live API token, or undefined. */
  byToken(token: string): Promise<User | undefined> {
    return this.repo.useToken(hashSecret(token), this.clock.now());
  }
}
