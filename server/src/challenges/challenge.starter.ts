import { FUNCTION_TARGETS, parseSignature, type FunctionTarget, type LanguageId } from '@assay/runners';
import { writesCode, type Challenge } from './challenge.schema';
import { entryNameFor } from './entry-name';

/** The stub generators a starter may come from (FUNCTION_TARGETS; tests pass their own). */
export type StubTargets = Readonly<Record<LanguageId, Pick<FunctionTarget, 'stub'>>>;

/**
 * The starter a candidate gets in `language`: the challenge's
 * `starter/<language>` file, or else, when `isGeneratedStarter`, the stub
 * generated from the signature (records, the entry with its
 * parameters and types, an empty body). Undefined when there is neither.
 * Throws when a generator fails: that is a bug in the generator, and
 * `challenges validate` reports it before a candidate meets it.
 */
export function starterFor(challenge: Pick<Challenge, 'meta' | 'starter'>, language: LanguageId, targets: StubTargets = FUNCTION_TARGETS): string | undefined {
  const given = challenge.starter[language];
  if (given !== undefined) return given;
  const { meta } = challenge;
  const entry = entryNameFor(meta, language);
  if (!isGeneratedStarter(challenge, language) || !meta.signature || entry === undefined) return undefined;
  return targets[language].stub(entry, parseSignature(meta.signature));
}

/**
 * Whether `language`'s starter is generated from the signature rather than
 * given as a file: in the kinds where the candidate writes code, when the
 * challenge has a signature and no `starter/<language>` file.
 */
export function isGeneratedStarter(challenge: Pick<Challenge, 'meta' | 'starter'>, language: LanguageId): boolean {
  const { meta } = challenge;
  return challenge.starter[language] === undefined && meta.mode === 'function' && meta.signature !== undefined && writesCode(meta.kind);
}
