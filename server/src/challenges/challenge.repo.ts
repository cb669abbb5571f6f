import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { parseColumn } from '../db/parse-column';
import { challengeVersions, challenges } from '../db/schema';
import type { Clock } from '../lib/clock';
import { challengeHash } from './challenge.hash';
import type { ChallengeSummary as ChallengeSummaryView } from './challenge-api.schema';
import { ChallengeSchema, type Challenge } from './challenge.schema';

/** A stored challenge version: the content plus where it sits in history. */
export interface StoredChallenge {
  challenge: Challenge;
  version: number;
  hash: string;
  createdAt: Date;
}

/** A list row as stored: the API's summary with its time still a Date (routes present it). */
export type ChallengeSummary = Omit<ChallengeSummaryView, 'updatedAt'> & { updatedAt: Date };

/**
 * Versioned challenge storage. Saving content that differs from the current
 * version (by content hash) appends a new version; identical content is a
 * no-op. Old versions stay, so attempts keep the version they started with.
 */
export class ChallengeRepo {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Saves `challenge`; returns the version it is now and whether that is new. */
  async save(challenge: Challenge): Promise<{ version: number; created: boolean }> {
    const hash = challengeHash(challenge);
    const content = storedContent(challenge);
    return this.db.transaction(async (tx) => {
      const [current] = await tx.select().from(challenges).where(eq(challenges.id, challenge.id)).for('update');
      if (current) {
        const [latest] = await tx
          .select({ hash: challengeVersions.hash })
          .from(challengeVersions)
          .where(and(eq(challengeVersions.challengeId, challenge.id), eq(challengeVersions.version, current.currentVersion)));
        if (latest?.hash === hash) return { version: current.currentVersion, created: false };
      }
      const version = (current?.currentVersion ?? 0) + 1;
      if (current) {
        await tx.update(challenges).set({ currentVersion: version, updatedAt: this.clock.now(), archived: false }).where(eq(challenges.id, challenge.id));
      } else {
        await tx.insert(challenges).values({ id: challenge.id, currentVersion: version, createdAt: this.clock.now(), updatedAt: this.clock.now() });
      }
      await tx.insert(challengeVersions).values({
        challengeId: challenge.id,
        version,
        hash,
        kind: challenge.meta.kind,
        title: challenge.meta.title,
        content,
        createdAt: this.clock.now(),
      });
      return { version, created: true };
    });
  }

  /** The current version, or undefined. */
  async current(id: string): Promise<StoredChallenge | undefined> {
    const [row] = await this.db
      .select({ v: challengeVersions })
      .from(challenges)
      .innerJoin(challengeVersions, and(eq(challengeVersions.challengeId, challenges.id), eq(challengeVersions.version, challenges.currentVersion)))
      .where(eq(challenges.id, id));
    return row ? toStored(row.v) : undefined;
  }

  /** One exact version (what an attempt pinned). */
  async version(id: string, version: number): Promise<StoredChallenge | undefined> {
    const [row] = await this.db
      .select()
      .from(challengeVersions)
      .where(and(eq(challengeVersions.challengeId, id), eq(challengeVersions.version, version)));
    return row ? toStored(row) : undefined;
  }

  /** Current versions of several challenges, by id. */
  async currentMany(ids: string[]): Promise<Map<string, StoredChallenge>> {
    if (!ids.length) return new Map();
    const rows = await this.db
      .select({ v: challengeVersions })
      .from(challenges)
      .innerJoin(challengeVersions, and(eq(challengeVersions.challengeId, challenges.id), eq(challengeVersions.version, challenges.currentVersion)))
      .where(inArray(challenges.id, ids));
    return new Map(rows.map((r) => [r.v.challengeId, toStored(r.v)]));
  }

  async list(): Promise<ChallengeSummary[]> {
    const rows = await this.db
      .select({ c: challenges, v: challengeVersions })
      .from(challenges)
      .innerJoin(challengeVersions, and(eq(challengeVersions.challengeId, challenges.id), eq(challengeVersions.version, challenges.currentVersion)))
      .orderBy(asc(challenges.id));
    return rows.map(({ c, v }) => {
      const content = parseContent(v.content);
      return {
        id: c.id,
        title: v.title,
        kind: v.kind,
        version: v.version,
        languages: content.meta.languages,
        mode: content.meta.mode,
        archived: c.archived,
        updatedAt: c.updatedAt,
      };
    });
  }

  /** Version numbers and hashes, newest first. */
  async history(id: string): Promise<{ version: number; hash: string; createdAt: Date }[]> {
    return this.db
      .select({ version: challengeVersions.version, hash: challengeVersions.hash, createdAt: challengeVersions.createdAt })
      .from(challengeVersions)
      .where(eq(challengeVersions.challengeId, id))
      .orderBy(desc(challengeVersions.version));
  }
}

/**
 * What `challenge_versions.content` holds: the challenge without its folder,
 * plus its signature's JSON text. jsonb keeps an object's keys in its own
 * order, not the written one, and a signature's records and their fields
 * are ordered (the stubs declare them so); the text keeps that order.
 */
function storedContent(challenge: Challenge): Record<string, unknown> {
  const { signature } = challenge.meta;
  return { ...challenge, dir: '', ...(signature ? { signatureJson: JSON.stringify(signature) } : {}) };
}

/** A stored version's content checked against the loader's schema: a row that does not match fails here, naming the field. */
function parseContent(content: unknown): Challenge {
  return parseColumn(ChallengeSchema, withOrderedSignature(content), 'challenge_versions.content');
}

/** The stored content with its signature in written order again (see storedContent). */
function withOrderedSignature(content: unknown): unknown {
  if (typeof content !== 'object' || content === null || !('signatureJson' in content) || typeof content.signatureJson !== 'string') return content;
  const { signatureJson, ...rest } = content as { signatureJson: string; meta?: object };
  return { ...rest, meta: { ...rest.meta, signature: JSON.parse(signatureJson) as unknown } };
}

function toStored(row: typeof challengeVersions.$inferSelect): StoredChallenge {
  return { challenge: parseContent(row.content), version: row.version, hash: row.hash, createdAt: row.createdAt };
}
