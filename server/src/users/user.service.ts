import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password';
import type { Db } from '../db/client';
import { apiTokens, users } from '../db/schema';
import type { Clock } from '../lib/clock';
import { ConflictError } from '../http/errors';
import { hashSecret, newId, newSecret } from '../lib/ids';

export const NewUserSchema = z.strictObject({
  email: z.email(),
  name: z.string().trim().min(1).max(200),
  role: z.enum(['admin', 'reviewer']),
  password: z.string().min(10, 'must be at least 10 characters').max(200),
});
export type NewUser = z.infer<typeof NewUserSchema>;

export type User = typeof users.$inferSelect;

/** Staff accounts and their API tokens. */
export class UserService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async create(input: NewUser): Promise<User> {
    const existing = await this.byEmail(input.email);
    if (existing) throw new ConflictError(`a user with email ${input.email} already exists`, 'email_taken');
    const [user] = await this.db
      .insert(users)
      .values({ id: newId(), email: input.email, name: input.name, role: input.role, passwordHash: await hashPassword(input.password) })
      .returning();
    return user!;
  }

  byEmail(email: string): Promise<User | undefined> {
    return this.db
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
      .then((r) => r[0]);
  }

  byId(id: string): Promise<User | undefined> {
    return this.db
      .select()
      .from(users)
      .where(eq(users.id, id))
      .then((r) => r[0]);
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
    await this.db.insert(apiTokens).values({ id, userId, name, tokenHash: hashSecret(token) });
    return { id, token };
  }

  async revokeToken(userId: string, id: string): Promise<boolean> {
    const rows = await this.db
      .update(apiTokens)
      .set({ revokedAt: this.clock.now() })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    return rows.length > 0;
  }

  /** The user behind a live API token, or undefined. */
  async byToken(token: string): Promise<User | undefined> {
    const [row] = await this.db
      .select({ user: users, tokenId: apiTokens.id })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(and(eq(apiTokens.tokenHash, hashSecret(token)), isNull(apiTokens.revokedAt)));
    if (!row) return undefined;
    await this.db.update(apiTokens).set({ lastUsedAt: this.clock.now() }).where(eq(apiTokens.id, row.tokenId));
    return row.user;
  }
}
