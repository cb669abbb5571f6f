import fs from 'node:fs';
import path from 'node:path';
import { LANGUAGE_IDS, type LanguageId } from '@assay/runners';
import type { z } from 'zod';
import type { Problem } from './challenge.problem';
import { aKind } from './challenge.kind-rules';
import { checkChallenge, type Draft } from './challenge.rules';
import { ChallengeMetaSchema, KeySchema, SOURCE_EXTENSIONS, ResponseSchema, RubricSchema, testListSchema, type Challenge, type TestCase } from './challenge.schema';
import { withExactValues } from './exact-tests';
import { parseYamlFile, type ParsedYaml } from './yaml-file';

/** The outcome of loading one folder: the challenge when it has no problems. */
export interface LoadedChallenge {
  /** The folder name (what `challenge.yaml`'s id must equal). */
  id: string;
  dir: string;
  challenge: Challenge | null;
  problems: Problem[];
}

/**
 * Reads and checks one challenge folder. Every file is read and every
 * problem listed (file, line, field); a challenge with any problem is not
 * returned. Throws only when `dir` cannot be read at all.
 */
export function loadChallenge(dir: string): LoadedChallenge {
  return loadChallengeFiles(path.basename(path.resolve(dir)), readTree(dir), dir);
}

/**
 * Checks a challenge given as files (relative path → content), as the admin
 * API receives it. Problems name `<shownDir>/<file>`.
 */
export function loadChallengeFiles(id: string, source: Readonly<Record<string, string>>, shownDir: string = id): LoadedChallenge {
  const dir = shownDir;
  const files: Record<string, string> = {};
  const problems: Problem[] = [];
  const parsed = new Map<string, ParsedYaml<unknown>>();
  const failed = new Set<string>();
  const shown = (rel: string) => path.join(dir, rel);

  const read = (rel: string, required: boolean): string | undefined => {
    const content = source[rel];
    if (content === undefined) {
      if (required) problems.push({ file: shown(rel), message: 'missing' });
      return undefined;
    }
    return (files[rel] = content);
  };
  const readYaml = <S extends z.ZodType>(rel: string, schema: S, required = false): z.output<S> | undefined => {
    const text = read(rel, required);
    if (text === undefined) return undefined;
    const result = parseYamlFile(shown(rel), text, schema);
    parsed.set(rel, result);
    problems.push(...result.problems);
    if (result.problems.length) failed.add(rel);
    return result.data;
  };
  const listFiles = (sub: string) =>
    Object.keys(source)
      .filter((rel) => rel.startsWith(`${sub}/`) && !rel.slice(sub.length + 1).includes('/'))
      .map((rel) => rel.slice(sub.length + 1))
      .filter((name) => !name.startsWith('.'))
      .sort();
  const readSources = (sub: 'starter' | 'reference') => {
    const out: Partial<Record<LanguageId, string>> = {};
    for (const name of listFiles(sub)) {
      const rel = `${sub}/${name}`;
      const language = LANGUAGE_IDS.find((l) => name === `${l}.${SOURCE_EXTENSIONS[l]}`);
      if (!language) {
        const expected = LANGUAGE_IDS.map((l) => `${l}.${SOURCE_EXTENSIONS[l]}`).join(', ');
        problems.push({ file: shown(rel), message: `not a language file; expected one of ${expected}` });
      } else {
        out[language] = read(rel, true);
      }
    }
    return out;
  };

  const meta = readYaml('challenge.yaml', ChallengeMetaSchema, true);
  const prompt = read('prompt.md', true);
  if (prompt !== undefined && !prompt.trim()) problems.push({ file: shown('prompt.md'), message: 'empty' });
  const starter = readSources('starter');
  const reference = readSources('reference');
  const responses = listFiles('responses')
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ file: `responses/${name}`, data: readYaml(`responses/${name}`, ResponseSchema) }));
  const mode = meta?.mode ?? guessMode(files['tests/public.yaml'] ?? read('tests/public.yaml', false));
  const exactOptions = {
    signature: meta?.signature,
    refuseUnsafeInts: !meta?.signature && Boolean(meta?.languages.some((l) => l === 'javascript' || l === 'typescript')),
  };
  const readTests = (rel: string): TestCase[] => {
    const tests = readYaml(rel, testListSchema(mode));
    if (!tests || mode !== 'function') return tests ?? [];
    const exact = withExactValues(shown(rel), files[rel]!, tests, (at) => parsed.get(rel)!.locate(at), exactOptions);
    problems.push(...exact.problems);
    return exact.tests;
  };
  const publicTests = readTests('tests/public.yaml');
  const hiddenTests = readTests('tests/hidden.yaml');
  const rubric = readYaml('rubric.yaml', RubricSchema) ?? null;
  const key = readYaml('key.yaml', KeySchema) ?? null;

  if (meta) {
    const draft: Draft = { id, meta, starter, reference, responses, publicTests, hiddenTests, rubric, key, failed };
    const locate = (rel: string, at: readonly PropertyKey[]) => parsed.get(rel)?.locate(at);
    problems.push(...checkChallenge(draft, { shown, locate }));
  }
  if (problems.length || !meta || prompt === undefined) return { id, dir, challenge: null, problems };
  const challenge: Challenge = {
    id,
    dir,
    meta,
    prompt,
    starter,
    reference,
    responses: responses.map((r) => r.data!),
    tests: { public: publicTests, hidden: hiddenTests },
    rubric,
    key,
    files,
  };
  return { id, dir, challenge, problems };
}

/**
 * Loads every challenge folder under `rootDir` (sorted by name; folders
 * starting with `.` or `_` are skipped). A bad challenge does not stop the
 * others. Rules across challenges (`swapOf`) are checked here too.
 */
export function loadCatalog(rootDir: string): LoadedChallenge[] {
  const loaded = fs
    .readdirSync(rootDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !/^[._]/.test(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => loadChallenge(path.join(rootDir, name)));
  return checkSwaps(loaded);
}

/**
 * `swapOf` must name a compare challenge of the catalog with the same
 * responses (ids and code): the probe shows that pair swapped. A challenge
 * that breaks this gets the problem and is not returned, like any other.
 */
function checkSwaps(loaded: LoadedChallenge[]): LoadedChallenge[] {
  const byId = new Map(loaded.map((l) => [l.id, l]));
  const same = (a: Challenge['responses'], b: Challenge['responses']) =>
    a.length === b.length && a.every((r) => b.some((o) => o.id === r.id && o.code === r.code && o.language === r.language));
  return loaded.map((l) => {
    const swapOf = l.challenge?.meta.swapOf;
    if (!l.challenge || swapOf === undefined || swapOf === l.id) return l;
    const other = byId.get(swapOf);
    let message: string | null = null;
    if (!other) message = `no challenge "${swapOf}" in the catalog`;
    else if (other.challenge && other.challenge.meta.kind !== 'compare') message = `"${swapOf}" is ${aKind(other.challenge.meta.kind)}; name a compare challenge`;
    else if (other.challenge && !same(l.challenge.responses, other.challenge.responses)) message = `"${swapOf}" shows other responses; a swapped probe shows the same two (same ids and code)`;
    if (!message) return l;
    return { ...l, challenge: null, problems: [...l.problems, { file: path.join(l.dir, 'challenge.yaml'), field: 'swapOf', message }] };
  });
}

/** Every file under `dir` (relative path → UTF-8 content), skipping dot-files and dot-folders. */
export function readTree(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, readTree(dir, rel));
    else if (entry.isFile()) out[rel] = fs.readFileSync(path.join(dir, rel), 'utf8');
  }
  return out;
}

/** When challenge.yaml is unusable, the test files are still checked, in the mode their content suggests. */
function guessMode(text: string | undefined): 'function' | 'stdio' {
  return text && /^\s*-?\s*stdin\s*:/m.test(text) ? 'stdio' : 'function';
}
