/** Display names of the runner languages. */
export const LANGUAGE_LABELS: Record<string, string> = {
  python: 'Python 3',
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  java: 'Java',
  cpp: 'C++',
  go: 'Go',
};

/** A language's display name (the id itself when unknown). */
export function languageLabel(id: string): string {
  return LANGUAGE_LABELS[id] ?? id;
}

/** The file a runner writes the candidate's code to; compilers name it in their messages. */
export const SOURCE_FILES: Record<string, string> = {
  python: 'main.py',
  javascript: 'main.js',
  typescript: 'main.ts',
  java: 'Main.java',
  cpp: 'main.cpp',
  go: 'main.go',
};
