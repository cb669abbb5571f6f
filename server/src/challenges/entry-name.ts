import { camelCase, snakeCase, type LanguageId } from '@assay/runners';
import type { ChallengeMeta } from './challenge.schema';

/**
 * The function a language's code must define in function mode, or undefined
 * in stdio mode. One name in `challenge.yaml` becomes the idiomatic name per
 * language (python `two_sum`; javascript, typescript, java, cpp and go
 * `twoSum`); a map (untyped challenges only) names each language's function
 * explicitly.
 */
export function entryNameFor(meta: Pick<ChallengeMeta, 'mode' | 'entry'>, language: LanguageId): string | undefined {
  if (meta.mode !== 'function' || meta.entry === undefined) return undefined;
  if (typeof meta.entry === 'object') return meta.entry[language as keyof typeof meta.entry];
  return language === 'python' ? snakeCase(meta.entry) : camelCase(meta.entry);
}
