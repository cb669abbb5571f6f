import type { LanguageId } from '../languages/language.schema';
import { cppTarget } from './cpp';
import { goTarget } from './go';
import { javaTarget } from './java';
import { javascriptTarget } from './javascript';
import { pythonTarget } from './python';
import type { FunctionTarget } from './target';
import { typescriptTarget } from './typescript';

/** Each language's stub and driver generator for typed function mode. */
export const FUNCTION_TARGETS: Record<LanguageId, FunctionTarget> = {
  python: pythonTarget,
  javascript: javascriptTarget,
  typescript: typescriptTarget,
  java: javaTarget,
  cpp: cppTarget,
  go: goTarget,
};
