import type { FunctionTarget } from './target';

/** Javascript in function mode: not written yet (the helper working on javascript replaces this file). */
export const javascriptTarget: FunctionTarget = {
  stub() {
    throw new Error('javascript: typed function mode is not written yet');
  },
  driverFiles() {
    throw new Error('javascript: typed function mode is not written yet');
  },
};
