import type { FunctionTarget } from './target';

/** Typescript in function mode: not written yet (the helper working on typescript replaces this file). */
export const typescriptTarget: FunctionTarget = {
  stub() {
    throw new Error('typescript: typed function mode is not written yet');
  },
  driverFiles() {
    throw new Error('typescript: typed function mode is not written yet');
  },
};
