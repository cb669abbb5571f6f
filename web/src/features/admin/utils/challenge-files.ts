import { LANGUAGE_IDS, SOURCE_EXTENSIONS } from '@assay/contract';
import type { Files, Problem } from '../api/challenges';

/** A path the API accepts: relative, letters, digits, `_ . -`, separated by `/`. */
export const FILE_PATH = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/;

/** Files every challenge has; they cannot be removed. */
export const REQUIRED_FILES = ['challenge.yaml', 'prompt.md'];

const EXT_LANGUAGE: Record<string, string> = Object.fromEntries(LANGUAGE_IDS.map((l) => [SOURCE_EXTENSIONS[l], l]));

/** How a file is edited: prose with a preview, code, or YAML data. */
export type FileKind = 'markdown' | 'code' | 'data' | 'text';

export function fileKind(path: string): FileKind {
  const ext = path.split('.').pop()?.toLowerCase() ?? '';
  if (ext === 'md') return 'markdown';
  if (ext === 'yaml' || ext === 'yml' || ext === 'json') return 'data';
  if (EXT_LANGUAGE[ext]) return 'code';
  return 'text';
}

/** Monaco's language id for a file: runner languages by extension, YAML (and JSON, a subset of YAML) as yaml. */
export function editorLanguage(path: string): string {
  const ext = path.split('.').pop()?.toLowerCase() ?? '';
  if (ext === 'md') return 'markdown';
  if (ext === 'yaml' || ext === 'yml' || ext === 'json') return 'yaml';
  return EXT_LANGUAGE[ext] ?? 'plaintext';
}

/** The runner language a `starter/` or `reference/` file is for, if any. */
export function sourceLanguage(path: string): string | undefined {
  const m = /^(starter|reference)\/([a-z]+)\.([a-z]+)$/.exec(path);
  return m && EXT_LANGUAGE[m[3]!] === m[2] ? m[2] : undefined;
}

const ROOT_ORDER = ['challenge.yaml', 'prompt.md', 'rubric.yaml', 'key.yaml'];
const FOLDER_ORDER = ['tests', 'reference', 'starter', 'responses'];

/** Files grouped by folder in the order an author works through them: metadata, prompt, tests, references, starters. */
export function groupFiles(paths: string[]): { folder: string; files: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const p of paths) {
    const slash = p.lastIndexOf('/');
    const folder = slash < 0 ? '' : p.slice(0, slash);
    groups.set(folder, [...(groups.get(folder) ?? []), p]);
  }
  const rank = (folder: string) => (folder === '' ? -1 : FOLDER_ORDER.indexOf(folder) < 0 ? 99 : FOLDER_ORDER.indexOf(folder));
  const fileRank = (p: string) => {
    const i = ROOT_ORDER.indexOf(p);
    if (i >= 0) return String(i);
    if (p === 'tests/public.yaml') return '0';
    if (p === 'tests/hidden.yaml') return '1';
    return `9${p}`;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([folder, files]) => ({ folder, files: files.sort((a, b) => fileRank(a).localeCompare(fileRank(b))) }));
}

/** The file (relative path) a problem is about; the server prefixes `<id>/`. Undefined for a file that does not exist. */
export function problemFile(problem: Problem, files: Files): string | undefined {
  if (problem.file in files) return problem.file;
  return Object.keys(files).find((f) => problem.file.endsWith(`/${f}`));
}

/** `file` as an author reads it: without the server's `<id>/` prefix. */
export function shownProblemFile(problem: Problem, files: Files): string {
  const own = problemFile(problem, files);
  if (own) return own;
  const slash = problem.file.indexOf('/');
  return slash > 0 ? problem.file.slice(slash + 1) : problem.file;
}

/** Where in a file a problem is: "line 4 · [0].expected · python". */
export function problemWhere(problem: Problem): string {
  return [problem.line ? `line ${problem.line}` : undefined, problem.field, problem.language, problem.test ? `test “${problem.test}”` : undefined].filter(Boolean).join(' · ');
}

/** A starter for a new file, by where it goes. */
export function newFileContent(path: string): string {
  const language = sourceLanguage(path);
  if (language === 'python') return 'def solve(*args):\n    raise NotImplementedError\n';
  if (language === 'javascript') return 'function solve(...args) {\n  throw new Error("not implemented");\n}\n';
  if (language === 'typescript') return 'function solve(...args: unknown[]): unknown {\n  throw new Error("not implemented");\n}\n';
  if (path === 'rubric.yaml') {
    return 'criteria:\n  - id: approach\n    title: Approach\n    description: Describes the method and why it works.\n    weight: 1\n    levels:\n      - { points: 0, descriptor: "Missing or unrelated to the code." }\n      - { points: 1, descriptor: "Names the idea without explaining it." }\n      - { points: 2, descriptor: "Explains the idea with a gap." }\n      - { points: 3, descriptor: "Clear, complete and matches the code." }\n';
  }
  if (path === 'key.yaml') return 'verdict: incorrect\nbuggyLines: [1]\nnotes: Why the answer is wrong, for reviewers.\n';
  if (path.startsWith('responses/')) return "id: answer-a\nlanguage: python\ncode: |\n  def solve(x):\n      return x\nexplanation: The AI's explanation of its answer.\n";
  if (path.startsWith('tests/')) return '- name: example\n  args: [1]\n  expected: 1\n';
  return '';
}
