import crypto from 'node:crypto';
import type { Challenge } from './challenge.schema';

/**
 * A content hash of a challenge: sha256 (hex) of a canonical JSON of every
 * file it was loaded from (paths sorted, contents verbatim). Any edit to any
 * file, secrets included, changes it; so a changed challenge can become a
 * new version while attempts keep the version they started on.
 */
export function challengeHash(challenge: Pick<Challenge, 'files'>): string {
  const entries = Object.entries(challenge.files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return crypto.createHash('sha256').update(JSON.stringify(entries)).digest('hex');
}
