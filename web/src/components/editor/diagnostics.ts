/** A problem at a line of the candidate's code (1-based). */
export interface LineMarker {
  line: number;
  column?: number;
  message: string;
}

const PATTERNS = [
  /(?<file>[\w./-]+)\((?<line>\d+),(?<col>\d+)\)/, // tsc: main.ts(3,5)
  /(?<file>[\w./-]+):(?<line>\d+)(?::(?<col>\d+))?:/, // gcc, go, javac: main.cpp:3:5: / Main.java:3:
  /File "(?<file>[^"]+)", line (?<line>\d+)/, // Python traceback
  /\bline (?<line>\d+)\b/i, // anything else that says "line N"
];

/**
 * Finds the lines a compiler or a traceback blames, from its output. Only
 * lines naming the candidate's own file (or no file) count, so frames of
 * the harness are ignored. At most 20 markers, within `lineCount`.
 * `sourceFile` is the language's (GET /api/v1/languages); unknown: every file counts.
 */
export function parseLineMarkers(output: string, sourceFile: string | undefined, lineCount: number): LineMarker[] {
  const own = sourceFile;
  const markers = new Map<number, LineMarker>();
  const lines = output.split('\n');
  lines.forEach((text, i) => {
    for (const pattern of PATTERNS) {
      const m = pattern.exec(text);
      if (!m?.groups) continue;
      const file = m.groups.file;
      if (file && own && !file.endsWith(own) && !file.endsWith('<string>')) break;
      const line = Number(m.groups.line);
      if (line < 1 || line > lineCount) break;
      if (!markers.has(line)) {
        const message = describe(lines, i, text);
        markers.set(line, { line, column: m.groups.col ? Number(m.groups.col) : undefined, message });
      }
      break;
    }
  });
  return [...markers.values()].slice(0, 20);
}

/** The message for a marker: the line itself, or for a traceback frame the exception at its end. */
function describe(lines: string[], index: number, text: string): string {
  if (/^\s*File "/.test(text)) {
    const last = [...lines].reverse().find((l) => /^\w*(Error|Exception)\b/.test(l.trim()));
    if (last) return last.trim();
  }
  return text.trim().slice(0, 500);
}
