import fs from 'node:fs';
import path from 'node:path';
import { InvalidJobError } from '../errors';
import { LANGUAGE_IDS, LanguageSpecSchema, type LanguageId, type LanguageSpec } from './language.schema';

/** The repository's `docker/` folder, where each language declares its image. */
export const DOCKER_DIR = path.resolve(__dirname, '../../../docker');

/** Languages by id, read from `docker/<id>/language.json` and validated. */
export class LanguageRegistry {
  private constructor(private readonly specs: ReadonlyMap<LanguageId, LanguageSpec>) {}

  /** Loads every language; a bad file throws naming the path and the field. */
  static load(dockerDir = DOCKER_DIR, imageTag = process.env.ASSAY_IMAGE_TAG || 'latest'): LanguageRegistry {
    const specs = new Map<LanguageId, LanguageSpec>();
    for (const id of LANGUAGE_IDS) {
      const file = path.join(dockerDir, id, 'language.json');
      let raw: unknown;
      try {
        raw = JSON.parse(fs.readFileSync(file, 'utf8'));
      } catch (error) {
        throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
      }
      const parsed = LanguageSpecSchema.safeParse({ tag: imageTag, ...(raw as object) });
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`${file}: field "${issue.path.join('.') || '(root)'}": ${issue.message}`);
      }
      if (parsed.data.id !== id) throw new Error(`${file}: field "id": expected "${id}", got "${parsed.data.id}"`);
      specs.set(id, parsed.data);
    }
    return new LanguageRegistry(specs);
  }

  /** The spec for `id`, or an InvalidJobError naming the languages there are. */
  get(id: string): LanguageSpec {
    const spec = this.specs.get(id as LanguageId);
    if (!spec) throw new InvalidJobError(`unknown language "${id}"; expected one of ${LANGUAGE_IDS.join(', ')}`, 'language');
    return spec;
  }

  all(): LanguageSpec[] {
    return [...this.specs.values()];
  }
}
