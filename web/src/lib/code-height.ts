/** Line height of the shared code editor, px (see components/editor/code-editor.tsx). */
const LINE_PX = 21;

/** A read-only editor's height for `code`: every line plus padding, between `min` and `max` px. */
export function codeHeight(code: string, min = 120, max = 480): number {
  const lines = code.split('\n').length;
  return Math.max(min, Math.min(max, lines * LINE_PX + 32));
}
