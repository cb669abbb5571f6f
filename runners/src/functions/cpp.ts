import type { FunctionTarget } from './target';

/** Cpp in function mode: not written yet (the helper working on cpp replaces this file). */
export const cppTarget: FunctionTarget = {
  stub() {
    throw new Error('cpp: typed function mode is not written yet');
  },
  driverFiles() {
    throw new Error('cpp: typed function mode is not written yet');
  },
};
