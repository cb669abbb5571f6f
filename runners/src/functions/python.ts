import type { FunctionTarget } from './target';

/** Python in function mode: not written yet (the helper working on python replaces this file). */
export const pythonTarget: FunctionTarget = {
  stub() {
    throw new Error('python: typed function mode is not written yet');
  },
  driverFiles() {
    throw new Error('python: typed function mode is not written yet');
  },
};
