import type { FunctionTarget } from './target';

/** Go in function mode: not written yet (the helper working on go replaces this file). */
export const goTarget: FunctionTarget = {
  stub() {
    throw new Error('go: typed function mode is not written yet');
  },
  driverFiles() {
    throw new Error('go: typed function mode is not written yet');
  },
};
