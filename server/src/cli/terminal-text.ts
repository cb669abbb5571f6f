/**
 * Characters a terminal acts on instead of showing: C0 controls but tab and
 * newline (ESC starts colour, cursor and OSC 52 clipboard sequences; CR
 * rewrites a line), DEL, C1 controls (U+009B is a one-byte CSI), the line
 * and paragraph separators, and bidirectional overrides (text that reads
 * differently from what it is).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = new Map([
  ['\r', '\\r'],
  ['\b', '\\b'],
  ['\f', '\\f'],
  ['\v', '\\v'],
  ['\0', '\\0'],
]);

/**
 * Text that is safe to print to a terminal: every character that would act
 * on the terminal is shown escaped (`\x1b`, `\u009b`, `\r`); newlines and
 * tabs stay as they are. One pass over the text.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const named = NAMED.get(c);
    if (named) return named;
    const code = c.charCodeAt(0);
    return code < 0x80 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Writes human-readable output (never --json output) to stdout, with terminalSafe applied. */
export function printHuman(text: string): void {
  process.stdout.write(terminalSafe(text));
}

/** The same for stderr. */
export function printHumanError(text: string): void {
  process.stderr.write(terminalSafe(text));
}
