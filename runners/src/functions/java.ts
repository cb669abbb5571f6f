import type { FunctionTarget } from './target';

/** Java in function mode: not written yet (the helper working on java replaces this file). */
export const javaTarget: FunctionTarget = {
  stub() {
    throw new Error('java: typed function mode is not written yet');
  },
  driverFiles() {
    throw new Error('java: typed function mode is not written yet');
  },
};
