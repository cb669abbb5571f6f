/**
 * The engine's browser-safe part: schemas and constants only (no Docker).
 * The web app resolves `@assay/runners` to this file.
 */
export { LANGUAGE_IDS, LanguageIdSchema, type LanguageId } from './languages/language.schema';
export { DEFAULT_LIMITS, MAX_LIMITS, MAX_SOURCE_BYTES, MAX_CASES, LimitsSchema, type Limits } from './run/limits';
export * from './run/job.schema';
export { parseType, typeText, TypeSyntaxError, RECORD_NAME, type TypeRef } from './functions/type-language';
export { SignatureSchema, parseSignature, checkValue, recordsInOrder, type Signature, type ParsedSignature, type Typed, type Misfit } from './functions/signature';
export { snakeCase, camelCase, pascalCase } from './functions/naming';
