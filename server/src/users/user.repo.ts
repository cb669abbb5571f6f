import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { apiTokens, users } from '../db/schema';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export type NewTokenRow = Pick<typeof apiTokens.$inferInsert, 'id' | 'userId' | 'name' | 'tokenHash'>;

/** Staff accounts and their API tokens in storage (tokens only ever as hashes). */
export class UserRepo {
  constructor(private readonly db: Db) {}

  async insert(row: NewUserRow): Promise<UserRow> {
    const [user] = await this.db.insert(users).values(row).returning();
    return user!;
  }

  /** Emails are unique without regard to case (the `users_email_key` index), so the lookup ignores case too. */
  async byEmail(email: string): Promise<UserRow | undefined> {
    const [row] = await this.db
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
    return row;
  }

  async byId(id: string): Promise<UserRow | undefined> {
    const [row] = await this.db.select().from(users).where(eq(users.id, id));
    return row;
  }

  async insertToken(row: NewTokenRow): Promise<void> {
    await this.db.insert(apiTokens).values(row);
  }

  /** Marks one of the user's live tokens revoked; false when there is no such live token (someone else's stays untouched). */
  async revokeToken(userId: string, id: string, at: Date): Promise<boolean> {
    const rows = await this.db
      .update(apiTokens)
      .set({ revokedAt: at })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id });
    return rows.length > 0;
  }

  /** The owner of the unrevoked token with this hash, its last use stamped `at`; undefined for an unknown or revoked one. */
  async useToken(tokenHash: string, at: Date): Promise<UserRow | undefined> {
    const [row] = await this.db
      .select({ user: users, tokenId: apiTokens.id })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
    if (!row) return undefined;
    await this.db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, row.tokenId));
    return row.user;
  }
}
