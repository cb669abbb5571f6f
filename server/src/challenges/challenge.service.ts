import { parse as parseYaml } from 'yaml';
import type { LanguageId, Runner } from '@assay/runners';
import { NotFoundError, ValidationError } from '../http/errors';
import type { ChallengeRepo, ChallengeSummary } from './challenge.repo';
import { loadChallengeFiles, type LoadedChallenge } from './challenge.loader';
import { formatProblem } from './challenge.problem';
import type { Challenge } from './challenge.schema';
import { isGeneratedStarter, starterFor } from './challenge.starter';
import { validateChallenge, type ValidationReport } from './challenge.validator';

/** A challenge as admins edit it: the same files as on disk, secrets included. */
export interface ChallengeDocument {
  id: string;
  version: number;
  title: string;
  kind: string;
  files: Record<string, string>;
  generatedStarters: Partial<Record<LanguageId, string>>;
  history: { version: number; hash: string; createdAt: string }[];
}

/**
 * Admin operations on challenges. The API takes and gives the file format
 * itself (relative path → content), checked by the same loader as the
 * catalog on disk, so a file exported here imports there unchanged.
 */
export class ChallengeService {
  constructor(
    private readonly repo: ChallengeRepo,
    private readonly runner: () => Pick<Runner, 'run'>,
  ) {}

  list(): Promise<ChallengeSummary[]> {
    return this.repo.list();
  }

  async get(id: string): Promise<ChallengeDocument> {
    const stored = await this.repo.current(id);
    if (!stored) throw new NotFoundError('challenge');
    const history = await this.repo.history(id);
    return {
      id,
      version: stored.version,
      title: stored.challenge.meta.title,
      kind: stored.challenge.meta.kind,
      files: stored.challenge.files,
      generatedStarters: generatedStarters(stored.challenge),
      history: history.map((h) => ({ ...h, createdAt: h.createdAt.toISOString() })),
    };
  }

  /** Creates (or, with identical content, keeps) a challenge; its id comes from challenge.yaml. */
  async create(files: Record<string, string>): Promise<{ id: string; version: number; created: boolean }> {
    const id = idFromFiles(files);
    if (await this.repo.current(id)) throw new ValidationError(`files["challenge.yaml"].id: a challenge "${id}" exists; update it with PUT /api/v1/challenges/${id}`);
    return this.save(id, files);
  }

  /** A new version when the content changed; attempts keep the version they started with. */
  async update(id: string, files: Record<string, string>): Promise<{ id: string; version: number; created: boolean }> {
    if (!(await this.repo.current(id))) throw new NotFoundError('challenge');
    return this.save(id, files);
  }

  /** Runs the references of a saved challenge (or of unsaved files) against every test. */
  async validate(source: { id: string } | { files: Record<string, string> }, repeats: number): Promise<ValidationReport> {
    let loaded: LoadedChallenge;
    if ('files' in source) {
      loaded = loadChallengeFiles(idFromFiles(source.files), source.files);
    } else {
      const stored = await this.repo.current(source.id);
      if (!stored) throw new NotFoundError('challenge');
      loaded = loadChallengeFiles(source.id, stored.challenge.files);
    }
    return validateChallenge(loaded, this.runner(), { repeats });
  }

  private async save(id: string, files: Record<string, string>) {
    const loaded = loadChallengeFiles(id, files);
    if (!loaded.challenge) {
      const problems = loaded.problems.map((p) => ({ ...p, text: formatProblem(p) }));
      throw new ValidationError(`files: ${problems[0]?.text ?? 'invalid challenge'}`, { problems });
    }
    return { id, ...(await this.repo.save(loaded.challenge)) };
  }
}

/** The id a set of files declares in challenge.yaml, or a 400 naming where it is missing. */
function idFromFiles(files: Record<string, string>): string {
  const text = files['challenge.yaml'];
  if (text === undefined) throw new ValidationError('files["challenge.yaml"]: missing');
  let id: unknown;
  try {
    id = (parseYaml(text) as { id?: unknown } | null)?.id;
  } catch (error) {
    throw new ValidationError(`files["challenge.yaml"]: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (typeof id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new ValidationError('files["challenge.yaml"].id: required, a slug like "two-sum"');
  return id;
}

/**
 * The starters candidates get from the signature, for the languages without
 * a starter file. A generator that fails leaves its language out here
 * (validation names the failure); the editor still opens.
 */
function generatedStarters(challenge: Challenge): Partial<Record<LanguageId, string>> {
  const out: Partial<Record<LanguageId, string>> = {};
  for (const language of challenge.meta.languages.filter((l) => isGeneratedStarter(challenge, l))) {
    try {
      out[language] = starterFor(challenge, language);
    } catch {
      // reported by validation
    }
  }
  return out;
}
