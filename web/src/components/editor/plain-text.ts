/** A 1-based line and column in a text, as Monaco counts them. */
export interface TextPosition {
  lineNumber: number;
  column: number;
}

/**
 * The line and column of a character offset in `text` (a textarea's value,
 * whose line breaks are always `\n`), counted without a model, so the
 * position is right whatever line endings the Monaco model keeps.
 */
export function positionAt(text: string, offset: number): TextPosition {
  const at = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  let lineNumber = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) lineNumber++;
  return { lineNumber, column: at - lineStart + 1 };
}

/** The spaces that take the caret from `column` (1-based) to the next tab stop, as Monaco's Tab does with spaces. */
export function indentFrom(column: number, tabSize: number): string {
  return ' '.repeat(tabSize - ((column - 1) % tabSize));
}
