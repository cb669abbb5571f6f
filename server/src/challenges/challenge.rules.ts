import type { LanguageId } from '@assay/runners';
import { checkKindFields, checkTestSets, type At } from './challenge.kind-rules';
import { fieldPath, type Problem } from './challenge.problem';
import { SOURCE_EXTENSIONS as EXT, isCritique, type AiResponse, type ChallengeMeta, type Key, type Rubric, type TestCase } from './challenge.schema';

/** A challenge's parts as read; a part whose file failed to parse is absent and named in `failed`. */
export interface Draft {
  id: string;
  meta: ChallengeMeta;
  starter: Partial<Record<LanguageId, string>>;
  reference: Partial<Record<LanguageId, string>>;
  responses: { file: string; data: AiResponse | undefined }[];
  publicTests: TestCase[];
  hiddenTests: TestCase[];
  rubric: Rubric | null;
  key: Key | null;
  /** Files (relative paths) that had problems of their own. */
  failed: Set<string>;
}

interface Where {
  /** The path shown to the author for a file relative to the challenge folder. */
  shown(rel: string): string;
  /** The line of a field path in a parsed YAML file. */
  locate(rel: string, at: readonly PropertyKey[]): number | undefined;
}

/**
 * Rules that span files: id = folder, a reference per language, unique test
 * names, declared hidden groups, the files each kind and weight needs.
 * Parts whose own file failed are skipped so one mistake is reported once.
 */
export function checkChallenge(d: Draft, where: Where): Problem[] {
  const problems: Problem[] = [];
  const { meta } = d;
  const at: At = (rel, path, message, extra = {}) => {
    problems.push({ file: where.shown(rel), line: where.locate(rel, path), field: fieldPath(path) || undefined, ...extra, message });
  };
  const runsCode = meta.kind !== 'explain';
  const testsFailed = d.failed.has('tests/public.yaml') || d.failed.has('tests/hidden.yaml');

  if (meta.id !== d.id) at('challenge.yaml', ['id'], `must equal the folder name "${d.id}"`);

  for (const language of meta.languages) {
    const file = `${language}.${EXT[language]}`;
    if (runsCode && d.reference[language] === undefined) {
      problems.push({ file: where.shown(`reference/${file}`), language, message: 'missing: every declared language needs a reference solution' });
    }
    if (meta.kind === 'debug' && d.starter[language] === undefined) {
      problems.push({ file: where.shown(`starter/${file}`), language, message: 'missing: a debug challenge gives the buggy code as the starter' });
    }
  }
  for (const [dir, sources] of [['starter', d.starter], ['reference', d.reference]] as const) {
    for (const language of Object.keys(sources) as LanguageId[]) {
      if (!meta.languages.includes(language)) {
        problems.push({ file: where.shown(`${dir}/${language}.${EXT[language]}`), language, message: `${language} is not among the challenge's languages` });
      }
    }
  }

  if (!testsFailed) {
    const seen = new Map<string, string>();
    for (const [rel, list] of [['tests/public.yaml', d.publicTests], ['tests/hidden.yaml', d.hiddenTests]] as const) {
      list.forEach((test, i) => {
        const first = seen.get(test.name);
        if (first) at(rel, [i, 'name'], `duplicate test name (first used in ${first})`, { test: test.name });
        else seen.set(test.name, rel);
      });
    }
    const needsTests = meta.kind === 'implement' || meta.kind === 'debug' || meta.scoring.weights.tests > 0;
    if (needsTests && d.hiddenTests.length === 0) {
      problems.push({ file: where.shown('tests/hidden.yaml'), message: `missing or empty: a ${meta.kind} challenge scored on tests needs hidden tests` });
    }
    if ((meta.kind === 'implement' || meta.kind === 'debug') && d.publicTests.length === 0) {
      problems.push({ file: where.shown('tests/public.yaml'), message: 'missing or empty: give the candidate at least one example' });
    }
    checkTestSets(meta, d.publicTests, d.hiddenTests, at);
    const groups = meta.scoring.groups;
    if (groups) {
      const used = new Set<string>();
      d.hiddenTests.forEach((test, i) => {
        const group = test.group ?? 'default';
        used.add(group);
        if (!(group in groups)) at('tests/hidden.yaml', [i, test.group ? 'group' : 'name'], `group "${group}" is not in challenge.yaml scoring.groups`, { test: test.name });
      });
      for (const group of Object.keys(groups)) {
        if (!used.has(group)) at('challenge.yaml', ['scoring', 'groups', group], 'no hidden test is in this group');
      }
    }
  }

  if (meta.kind === 'explain') {
    if (meta.scoring.weights.tests > 0) at('challenge.yaml', ['scoring', 'weights', 'tests'], 'an explain challenge runs no code; its tests weight must be 0');
    if (!meta.explanation?.required) at('challenge.yaml', ['explanation'], 'an explain challenge needs explanation: {required: true}');
  }
  if (meta.scoring.weights.rubric > 0 && !d.rubric && !d.failed.has('rubric.yaml')) {
    problems.push({ file: where.shown('rubric.yaml'), message: 'missing: scoring.weights.rubric is above 0' });
  }
  if (meta.scoring.weights.objective > 0 && !d.key && !d.failed.has('key.yaml')) {
    problems.push({ file: where.shown('key.yaml'), message: 'missing: scoring.weights.objective is above 0' });
  }
  checkKindFields(meta, d.responses.length, at, (p) => problems.push(p), where.shown);
  checkResponses(d, where, at, (p) => problems.push(p));
  return problems;
}

/** Review and compare kinds: the responses under review and the answer key that judges them. */
function checkResponses(d: Draft, where: Where, at: At, add: (problem: Problem) => void): void {
  const { kind, languages } = d.meta;
  const responses = d.responses.filter((r) => r.data).map((r) => ({ file: r.file, ...r.data! }));
  const ids = new Set<string>();
  for (const r of responses) {
    if (ids.has(r.id)) at(r.file, ['id'], `duplicate response id "${r.id}"`);
    ids.add(r.id);
    if (!languages.includes(r.language)) at(r.file, ['language'], `${r.language} is not among the challenge's languages`);
  }
  if (!isCritique(kind)) return;
  const want = kind === 'review' ? 1 : 2;
  if (d.responses.length !== want) {
    add({ file: where.shown('responses/'), message: `a ${kind} challenge has exactly ${want} response${want > 1 ? 's' : ''}; found ${d.responses.length}` });
  }
  if (d.failed.has('key.yaml')) return;
  if (!d.key) {
    add({ file: where.shown('key.yaml'), message: `missing: a ${kind} challenge needs its answer key` });
    return;
  }
  if (kind === 'review') {
    if (!d.key.verdict) at('key.yaml', ['verdict'], 'required for a review challenge');
    if (d.key.verdict && d.key.verdict !== 'correct' && !d.key.buggyLines?.length) {
      at('key.yaml', ['buggyLines'], `${d.key.verdict === 'incorrect' ? 'an incorrect' : 'a partially correct'} answer needs the lines that hold the bug`);
    }
    const lines = responses[0]?.code.split('\n').length ?? 0;
    d.key.buggyLines?.forEach((line, i) => {
      if (line > lines) at('key.yaml', ['buggyLines', i], `line ${line} is past the end of the response (${lines} lines)`);
    });
  } else if (!d.key.preferred) {
    at('key.yaml', ['preferred'], 'required for a compare challenge');
  } else {
    if (d.key.preferred !== 'equal' && !ids.has(d.key.preferred)) at('key.yaml', ['preferred'], `no response has id "${d.key.preferred}"`);
    if (d.key.preferred === 'equal' && d.key.strength) at('key.yaml', ['strength'], 'no strength with preferred: equal (neither answer is better)');
    if (d.key.preferred !== 'equal' && !d.key.strength) at('key.yaml', ['strength'], 'required: how much better the preferred answer is (slightly, clearly or much)');
  }
}
