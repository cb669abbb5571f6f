/**
 * Resolves on a later turn of the event loop, after pending I/O callbacks
 * (setImmediate, not a microtask): long judging awaits it between cases so
 * other requests are served in between.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
