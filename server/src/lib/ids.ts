import crypto from 'node:crypto';

/** A new random id (UUID v4). */
export const newId = (): string => crypto.randomUUID();

/** A secret for a cookie, link or API token: 32 random bytes, base64url. */
export const newSecret = (): string => crypto.randomBytes(32).toString('base64url');

/** What the database stores instead of a secret. */
export const hashSecret = (secret: string): string => crypto.createHash('sha256').update(secret).digest('hex');
