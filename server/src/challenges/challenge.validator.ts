import { InvalidJobError, type LanguageId, type Runner } from '@assay/runners';
import path from 'node:path';
import type { CompareResult } from '../grading/compare';
import { gradeCode } from '../grading/grade-code';
import type { Judgement } from '../grading/judge';
import type { LoadedChallenge } from './challenge.loader';
import type { Problem, TestResult, ValidationReport } from './challenge-api.schema';
import { SOURCE_EXTENSIONS, type Challenge, type TestCase } from './challenge.schema';

export type { TestResult, ValidationReport };

/** How hard to try: flaky references show up only over repeated runs. */
export interface ValidateOptions {
  /** Runs of each reference; a case must pass every one (default 3). */
  repeats?: number;
}

/** Outcome of running some code on some cases: per case, the comparison result. */
type Outcome = { compileError: string } | { results: Map<string, CompareResult> } | { invalid: InvalidJobError };

/**
 * Validates a loaded challenge: its load problems, then (for kinds that run
 * code) every declared language's reference against every public and hidden
 * test, `repeats` times; a case must pass every time, one that passes only
 * sometimes is reported as flaky. A debug challenge's starter must fail some
 * hidden test; a review's response must agree with the key's verdict.
 * Engine failures throw (they are not the challenge's fault).
 */
export async function validateChallenge(loaded: LoadedChallenge, runner: Pick<Runner, 'run'>, opts: ValidateOptions = {}): Promise<ValidationReport> {
  const started = performance.now();
  const { challenge } = loaded;
  const testResults: TestResult[] = [];
  const report = (problems: Problem[]): ValidationReport => ({
    id: loaded.id,
    kind: challenge?.meta.kind ?? null,
    valid: problems.length === 0,
    languages: challenge?.meta.languages ?? [],
    tests: { public: challenge?.tests.public.length ?? 0, hidden: challenge?.tests.hidden.length ?? 0 },
    timeMs: Math.round(performance.now() - started),
    problems,
    results: testResults,
  });
  if (!challenge || loaded.problems.length) return report(loaded.problems);
  const { meta, tests } = challenge;
  if (meta.kind === 'explain') return report([]);
  const repeats = opts.repeats ?? 3;
  const all = [...tests.public, ...tests.hidden];
  const hiddenNames = new Set(tests.hidden.map((t) => t.name));
  const shown = (rel: string) => path.join(challenge.dir, rel);
  const sourceFile = (dir: string, language: LanguageId) => shown(`${dir}/${language}.${SOURCE_EXTENSIONS[language]}`);

  const checks = meta.languages.map(async (language): Promise<Problem[]> => {
    const problems: Problem[] = [];
    const file = sourceFile('reference', language);
    if (all.length) {
      const runs = await Promise.all(Array.from({ length: repeats }, () => runCode(runner, challenge, language, challenge.reference[language]!, all)));
      const failure = runs.find((o) => !('results' in o));
      if (failure) return [setupProblem(failure, file, language, 'the reference')];
      for (const test of all) {
        const results = runs.map((o) => ('results' in o ? o.results.get(test.name) : undefined));
        const passes = results.filter((r) => r?.pass).length;
        const why = results.find((r) => !r?.pass)?.reason ?? 'no result';
        const which = hiddenNames.has(test.name) ? 'hidden' : 'public';
        testResults.push({ language, test: test.name, visibility: which, passes, runs: repeats, ...(passes < repeats ? { reason: why } : {}) });
        if (passes === 0) problems.push({ file, language, test: test.name, message: `the reference fails this ${which} test: ${why}` });
        else if (passes < repeats) problems.push({ file, language, test: test.name, message: `flaky: the reference passed ${passes} of ${repeats} runs (${why})` });
      }
    }
    if (meta.kind === 'debug' && tests.hidden.length && challenge.starter[language] !== undefined) {
      const outcome = await runCode(runner, challenge, language, challenge.starter[language]!, tests.hidden);
      if ('invalid' in outcome) problems.push(setupProblem(outcome, sourceFile('starter', language), language, 'the starter'));
      else if ('results' in outcome && [...outcome.results.values()].every((r) => r.pass)) {
        problems.push({ file: sourceFile('starter', language), language, message: 'the buggy starter passes every hidden test: add a test that exposes the bug' });
      }
    }
    return problems;
  });
  const problems = (await Promise.all(checks)).flat();
  problems.push(...(await checkReviewVerdict(challenge, runner)));
  return report(problems);
}

/** A review's response must fail some hidden test if the key says `incorrect`, and pass all if `correct`. */
async function checkReviewVerdict(challenge: Challenge, runner: Pick<Runner, 'run'>): Promise<Problem[]> {
  const response = challenge.responses[0];
  const verdict = challenge.key?.verdict;
  if (challenge.meta.kind !== 'review' || !response || !verdict || !challenge.tests.hidden.length) return [];
  const outcome = await runCode(runner, challenge, response.language, response.code, challenge.tests.hidden);
  const allPass = 'results' in outcome && [...outcome.results.values()].every((r) => r.pass);
  const file = path.join(challenge.dir, 'key.yaml');
  if (verdict === 'incorrect' && allPass) return [{ file, field: 'verdict', message: `response "${response.id}" passes every hidden test although the key says incorrect` }];
  if (verdict === 'correct' && !allPass) return [{ file, field: 'verdict', message: `response "${response.id}" fails hidden tests although the key says correct` }];
  return [];
}

function setupProblem(outcome: Outcome, file: string, language: LanguageId, what: string): Problem {
  if ('invalid' in outcome) return { file, language, field: outcome.invalid.field, message: `the runner refuses the job: ${outcome.invalid.message}` };
  if ('compileError' in outcome) return { file, language, message: `${what} does not compile: ${outcome.compileError}` };
  return { file, language, message: `${what} could not be run` };
}

/** Grades code on cases with the one judge, and reads per test whether it passed (with a crash's stderr tail). */
async function runCode(runner: Pick<Runner, 'run'>, challenge: Challenge, language: LanguageId, code: string, cases: TestCase[]): Promise<Outcome> {
  let judged: Judgement;
  try {
    judged = await gradeCode(runner, challenge, { language, code, tests: cases, score: false });
  } catch (error) {
    if (error instanceof InvalidJobError) return { invalid: error };
    throw error;
  }
  if (judged.compile && !judged.compile.ok) return { compileError: clip(judged.compile.output, 'head') };
  const byName = new Map(judged.cases.map((c) => [c.name, c]));
  const results = new Map<string, CompareResult>();
  for (const test of cases) {
    const got = byName.get(test.name);
    const crash = got && got.status !== 'ok' && got.stderr.trim() ? `: ${clip(got.stderr, 'tail')}` : '';
    results.set(test.name, got ? { pass: got.pass, ...(got.pass ? {} : { reason: `${got.reason ?? 'wrong answer'}${crash}` }) } : { pass: false, reason: 'no result' });
  }
  return { results };
}

/** A few lines of compiler output (its head) or of a crash's stderr (its tail, where the error is). */
function clip(text: string, end: 'head' | 'tail', lines = 3): string {
  const all = text.trim().split('\n');
  return (end === 'head' ? all.slice(0, lines) : all.slice(-lines)).join(' | ').slice(0, 300);
}
