import { isDeepStrictEqual } from 'node:util';
import type { ChallengeRepo } from '../challenges/challenge.repo';
import type { Clock } from '../lib/clock';
import type { RubricRepo, RubricRevision } from './rubric.repo';
import { rubricShape } from './rubric-shape';

/** Re-exported: callers that took it from the store keep working. */
export { rubricShape } from './rubric-shape';

/**
 * The rubric each challenge is scored with, versioned apart from the
 * challenge. The challenge's rubric.yaml is the source: whenever its
 * current version carries a rubric that differs from the newest stored
 * revision, a revision is appended (a new `version` when the shape changed,
 * else the next `revision` of the same version). Reviews pin a version and
 * are scored with its newest revision, so an edit re-scores them.
 */
export class RubricStore {
  constructor(
    private readonly repo: RubricRepo,
    private readonly challenges: Pick<ChallengeRepo, 'current'>,
    private readonly clock: Clock,
  ) {}

  /**
   * The rubric new reviews of this challenge use, brought up to date with
   * the challenge's current version first; null when the challenge has no
   * rubric (and never had one).
   */
  async current(challengeId: string, editedBy: string | null = null, note = ''): Promise<RubricRevision | null> {
    const stored = await this.challenges.current(challengeId);
    const latest = await this.repo.latest(challengeId);
    const rubric = stored?.challenge.rubric;
    if (!stored || !rubric) return latest ?? null;
    if (latest && (latest.challengeVersion >= stored.version || isDeepStrictEqual(latest.rubric, rubric))) return latest;
    const sameShape = latest !== undefined && rubricShape(latest.rubric) === rubricShape(rubric);
    const next = {
      challengeId,
      version: !latest ? 1 : sameShape ? latest.version : latest.version + 1,
      revision: sameShape ? latest.revision + 1 : 1,
      challengeVersion: stored.version,
      rubric,
      editedBy,
      note: note || `from challenge version ${stored.version}`,
      createdAt: this.clock.now(),
    };
    if (await this.repo.append(next)) return next;
    return (await this.repo.latest(challengeId)) ?? null; // another request appended it first
  }

  /** The newest revision of one version; throws when it was never stored (a review cannot pin what does not exist). */
  async at(challengeId: string, version: number): Promise<RubricRevision> {
    const found = await this.repo.latestOf(challengeId, version);
    if (!found) throw new Error(`rubric version ${version} of challenge ${challengeId} is not stored`);
    return found;
  }

  /** Every revision, newest first. */
  history(challengeId: string): Promise<RubricRevision[]> {
    return this.repo.history(challengeId);
  }
}
