import type { LanguageId } from '@assay/runners';
import type { ChallengeMeta } from './challenge.schema';

/**
 * The function a language's code must define in function mode, or undefined
 * in stdio mode. One name in `challenge.yaml` becomes the idiomatic name per
 * language (python `two_sum`, javascript/typescript `twoSum`); a map names
 * each language's function explicitly.
 */
export function entryNameFor(meta: Pick<ChallengeMeta, 'mode' | 'entry'>, language: LanguageId): string | undefined {
  if (meta.mode !== 'function' || meta.entry === undefined) return undefined;
  if (typeof meta.entry === 'object') return meta.entry[language as keyof typeof meta.entry];
  return language === 'python' ? snakeCase(meta.entry) : camelCase(meta.entry);
}

/** `twoSum` → `two_sum`, `parseHTTPHeader` → `parse_http_header`; snake_case stays. */
function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

/** `two_sum` → `twoSum`; camelCase stays; a leading capital is lowered. */
function camelCase(name: string): string {
  const camel = name.replace(/_+([A-Za-z0-9])/g, (_m, c: string) => c.toUpperCase());
  return camel.charAt(0).toLowerCase() + camel.slice(1);
}
