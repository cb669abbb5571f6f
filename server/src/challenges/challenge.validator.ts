import { InvalidJobError, type LanguageId, type Runner } from '@assay/runners';
import path from 'node:path';
import type { CompareResult } from '../grading/compare';
import { gradeCode } from '../grading/grade-code';
import type { Judgement } from '../grading/judge';
import type { LoadedChallenge } from './challenge.loader';
import type { Problem, TestResult, ValidationReport } from './challenge-api.schema';
import { SOURCE_EXTENSIONS, type Challenge, type TestCase } from './challenge.schema';
import { checkStarterRuns, type Outcome, type StarterResult } from './challenge.starter-check';
import { isGeneratedStarter, starterFor } from './challenge.starter';

export type { TestResult, ValidationReport };

/** How hard to try: flaky references show up only over repeated runs. */
export interface ValidateOptions {
  /** Runs of each reference; a case must pass every one (default 3). */
  repeats?: number;
  /** false: the file checks only (schema, references between files), no code runs, so no Docker (default true). */
  run?: boolean;
}

/**
 * Validates a loaded challenge: its load problems, then (for kinds that run
 * code) every declared language's reference against every public and hidden
 * test, `repeats` times; a case must pass every time, one that passes only
 * sometimes is reported as flaky. A debug challenge's starter runs on the
 * hidden tests as often: it must fail some, each test's `set` must match
 * what it does (reported per test as `starter`); a review's response must
 * agree with the key's verdict; with a signature, an implement challenge's
 * starter (given or generated) must compile and fail some hidden test.
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
  if (meta.kind === 'explain' || opts.run === false) return report([]);
  const repeats = opts.repeats ?? 3;
  const all = [...tests.public, ...tests.hidden];
  const hiddenNames = new Set(tests.hidden.map((t) => t.name));
  const shown = (rel: string) => path.join(challenge.dir, rel);
  const sourceFile = (dir: string, language: LanguageId) => shown(`${dir}/${language}.${SOURCE_EXTENSIONS[language]}`);

  const checks = meta.languages.map(async (language): Promise<Problem[]> => {
    const problems: Problem[] = [];
    const file = sourceFile('reference', language);
    const repeated = (code: string, cases: TestCase[]) => Promise.all(Array.from({ length: repeats }, () => runCode(runner, challenge, language, code, cases)));
    const debugStarter = meta.kind === 'debug' && tests.hidden.length ? challenge.starter[language] : undefined;
    // One after the other, not together: twice the containers at once makes time limits flaky on a busy machine.
    const refRuns = all.length ? await repeated(challenge.reference[language]!, all) : null;
    const starterRuns = debugStarter !== undefined ? await repeated(debugStarter, tests.hidden) : null;
    const starter = starterRuns ? checkStarter(starterRuns, tests.hidden, sourceFile('starter', language), language) : { problems: [], byTest: new Map<string, StarterResult>() };
    if (refRuns) {
      const failure = refRuns.find((o) => !('results' in o));
      if (failure) return [setupProblem(failure, file, language, 'the reference'), ...starter.problems];
      for (const test of all) {
        const results = refRuns.map((o) => ('results' in o ? o.results.get(test.name) : undefined));
        const passes = results.filter((r) => r?.pass).length;
        const why = results.find((r) => !r?.pass)?.reason ?? 'no result';
        const which = hiddenNames.has(test.name) ? 'hidden' : 'public';
        const onStarter = starter.byTest.get(test.name)?.outcome;
        testResults.push({ language, test: test.name, visibility: which, passes, runs: repeats, ...(passes < repeats ? { reason: why } : {}), ...(onStarter ? { starter: onStarter } : {}) });
        if (passes === 0) problems.push({ file, language, test: test.name, message: `the reference fails this ${which} test: ${why}` });
        else if (passes < repeats) problems.push({ file, language, test: test.name, message: `flaky: the reference passed ${passes} of ${repeats} runs (${why})` });
      }
    }
    return [...problems, ...starter.problems, ...(await checkTypedStarter(challenge, language, runner))];
  });
  const problems = (await Promise.all(checks)).flat();
  problems.push(...(await checkReviewVerdict(challenge, runner)));
  return report(problems);
}

/** A review's response must fail some hidden test if the key says `incorrect` or `partially_correct`, and pass all if `correct`. */
async function checkReviewVerdict(challenge: Challenge, runner: Pick<Runner, 'run'>): Promise<Problem[]> {
  const response = challenge.responses[0];
  const verdict = challenge.key?.verdict;
  if (challenge.meta.kind !== 'review' || !response || !verdict || !challenge.tests.hidden.length) return [];
  const outcome = await runCode(runner, challenge, response.language, response.code, challenge.tests.hidden);
  const allPass = 'results' in outcome && [...outcome.results.values()].every((r) => r.pass);
  const file = path.join(challenge.dir, 'key.yaml');
  if (verdict !== 'correct' && allPass) return [{ file, field: 'verdict', message: `response "${response.id}" passes every hidden test although the key says ${verdict}` }];
  if (verdict === 'correct' && !allPass) return [{ file, field: 'verdict', message: `response "${response.id}" fails hidden tests although the key says correct` }];
  return [];
}

/**
 * Implement kind with a signature: the starter the candidate is served
 * (its file, or the stub generated from the signature) runs once on the
 * hidden tests. It must compile as it is, and must not already pass them
 * all (a starter is a skeleton, not a solution).
 */
async function checkTypedStarter(challenge: Challenge, language: LanguageId, runner: Pick<Runner, 'run'>): Promise<Problem[]> {
  const { meta, tests } = challenge;
  if (meta.kind !== 'implement' || !meta.signature || !tests.hidden.length) return [];
  const generated = isGeneratedStarter(challenge, language);
  const at = generated
    ? { file: path.join(challenge.dir, 'challenge.yaml'), field: 'signature', language }
    : { file: path.join(challenge.dir, `starter/${language}.${SOURCE_EXTENSIONS[language]}`), language };
  const what = generated ? 'the starter generated from the signature' : 'the starter';
  let code: string | undefined;
  try {
    code = starterFor(challenge, language);
  } catch (error) {
    return [{ ...at, message: `no starter can be generated from the signature: ${(error as Error).message}` }];
  }
  if (code === undefined) return [];
  const outcome = await runCode(runner, challenge, language, code, tests.hidden);
  if (!('results' in outcome)) return [{ ...setupProblem(outcome, at.file, language, what), ...at }];
  if ([...outcome.results.values()].every((r) => r.pass)) return [{ ...at, message: `${what} passes every hidden test: an implement starter must leave the work to the candidate` }];
  return [];
}

/** A debug starter's runs read into per-test outcomes, or the runner's refusal of them. */
function checkStarter(runs: Outcome[], hidden: TestCase[], file: string, language: LanguageId): { problems: Problem[]; byTest: Map<string, StarterResult> } {
  const refused = runs.find((o) => 'invalid' in o);
  if (refused) return { problems: [setupProblem(refused, file, language, 'the starter')], byTest: new Map() };
  return checkStarterRuns(runs, hidden, file, language);
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
