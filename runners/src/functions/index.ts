/** Typed function mode: the signature's type language, and per language the starter stub and the driver. */
export { parseType, typeText, TypeSyntaxError, RECORD_NAME, type TypeRef } from './type-language';
export { SignatureSchema, parseSignature, checkValue, recordsInOrder, type Signature, type ParsedSignature, type Typed, type Misfit } from './signature';
export { snakeCase, camelCase, pascalCase } from './naming';
export { FUNCTION_TARGETS } from './targets';
export type { FunctionTarget } from './target';
