import { isDeepStrictEqual } from 'node:util';
import type { ChallengeService } from '../challenges/challenge.service';
import type { Rubric } from '../challenges/rubric.schema';
import { ConflictError } from '../http/errors';
import type { RubricDocument, RubricRevisionView, RubricSaved } from './rubric-api.schema';
import type { RubricRepo, RubricRevision } from './rubric.repo';
import type { RubricStore } from './rubric.store';
import { normalRubric, rubricYaml } from './rubric-yaml';

/** What a save needs besides the rubric: who saves, why, and the revision their editor started from. */
export interface RubricSaveRequest {
  rubric: Rubric;
  note: string;
  editedBy: string | null;
  base?: { version: number; revision: number } | null;
}

/**
 * Admin edits of a challenge's rubric. The challenge's rubric.yaml stays the
 * source: a save writes a new challenge version with rubric.yaml replaced
 * (through the challenge service, so the whole challenge is checked as on
 * any save), then lets the rubric store take it as the next revision (same
 * criteria and levels: every review of that version is re-scored, since
 * reviews are scored from their version's newest revision) or as a new
 * version (old reviews keep theirs).
 */
export class RubricEditor {
  constructor(
    private readonly store: RubricStore,
    private readonly repo: Pick<RubricRepo, 'reviewCounts' | 'editorNames'>,
    private readonly challenges: Pick<ChallengeService, 'get' | 'update'>,
  ) {}

  /** The rubric now, its history newest first, and how many reviews each version has. */
  async document(challengeId: string): Promise<RubricDocument> {
    const challenge = await this.challenges.get(challengeId); // 404 for an unknown challenge
    const current = await this.store.current(challengeId);
    const history = await this.store.history(challengeId);
    const counts = await this.repo.reviewCounts(challengeId);
    const names = await this.repo.editorNames([...new Set(history.flatMap((r) => (r.editedBy ? [r.editedBy] : [])))]);
    const present = (r: RubricRevision): RubricRevisionView => ({
      version: r.version,
      revision: r.revision,
      challengeVersion: r.challengeVersion,
      rubric: r.rubric,
      editedBy: r.editedBy ? { id: r.editedBy, name: names.get(r.editedBy) ?? r.editedBy } : null,
      note: r.note,
      createdAt: r.createdAt.toISOString(),
    });
    const newestOf = new Map<number, number>();
    for (const r of history) if (!newestOf.has(r.version)) newestOf.set(r.version, r.revision);
    return {
      challengeId,
      challengeTitle: challenge.title,
      challengeVersion: challenge.version,
      current: current && present(current),
      history: history.map(present),
      versions: [...newestOf].map(([version, revision]) => ({ version, revision, reviews: counts.get(version) ?? 0, current: version === current?.version })),
    };
  }

  /** Saves a rubric as a new challenge version and rubric revision; the same rubric again writes nothing. */
  async save(challengeId: string, request: RubricSaveRequest): Promise<RubricSaved> {
    const challenge = await this.challenges.get(challengeId);
    const before = await this.store.current(challengeId); // takes up edits made to the files since
    const { base } = request;
    if (base && (before?.version !== base.version || before.revision !== base.revision)) {
      const now = before ? `version ${before.version} revision ${before.revision}` : 'no rubric';
      throw new ConflictError(
        `the rubric changed while you edited it (you started from version ${base.version} revision ${base.revision}; it is now ${now}): reload it and edit again`,
        'rubric_changed',
      );
    }
    const rubric = normalRubric(request.rubric);
    if (before && isDeepStrictEqual(before.rubric, rubric)) {
      return { outcome: 'unchanged', version: before.version, revision: before.revision, challengeVersion: challenge.version, rescored: 0, keptOld: 0 };
    }
    await this.challenges.update(challengeId, { ...challenge.files, 'rubric.yaml': rubricYaml(rubric) });
    const after = await this.store.current(challengeId, request.editedBy, request.note || 'edited in the rubric editor');
    if (!after) throw new Error(`challenge ${challengeId} has no rubric after saving one`);
    const outcome = before && before.version === after.version ? 'revision' : 'version';
    const counts = await this.repo.reviewCounts(challengeId);
    const older = [...counts].filter(([version]) => version < after.version).reduce((sum, [, n]) => sum + n, 0);
    return {
      outcome,
      version: after.version,
      revision: after.revision,
      challengeVersion: after.challengeVersion,
      rescored: outcome === 'revision' ? (counts.get(after.version) ?? 0) : 0,
      keptOld: outcome === 'version' ? older : 0,
    };
  }
}
