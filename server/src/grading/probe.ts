import type { CaseReport, LanguageId, RunReport, Runner } from '@assay/runners';
import type { CandidateTest } from '../attempts/attempt.schema';
import { shownResponses } from '../challenges/challenge.presenter';
import { ANSWER_LABELS, type Challenge } from '../challenges/challenge.schema';
import { compareText, type CompareResult } from './compare';
import { compareValues } from './compare-values';
import { buildJob } from './grade-code';
import { Pacer } from './next-turn';
import type { ProbeCaseOutcome } from './objective.schema';
import { expectedTextOf, fitsMode, probeCaseName, probeTestCases } from './probe-cases';
import type { ProbeCase, ProbeJudgement, ProbeRun, ReferenceStatus } from './probe.schema';

export { ProbeJudgementSchema, type ProbeJudgement } from './probe.schema';

/** A program the probe runs: an AI answer (by label) or the reference. */
interface Program {
  role: 'answer' | 'reference';
  label: (typeof ANSWER_LABELS)[number] | null;
  responseId: string | null;
  language: LanguageId;
  code: string;
}

/**
 * The language the reference runs in: the first AI answer's (files' order)
 * when the reference has it, else the first declared language it has; null
 * without any reference. One reference run serves every answer: the
 * reference is correct in each language, so one is enough to check the
 * candidate's expected values.
 */
export function referenceLanguage(challenge: Challenge): LanguageId | null {
  const candidates = [...challenge.responses.map((r) => r.language), ...challenge.meta.languages];
  return candidates.find((l) => challenge.reference[l] !== undefined) ?? null;
}

const NOT_RUN: ProbeRun = { status: 'not_run', stdout: '', stderr: '', exitCode: null, timeMs: 0 };

function runOf(report: CaseReport | undefined): ProbeRun {
  if (!report) return NOT_RUN;
  const run: ProbeRun = { status: report.status, stdout: report.stdout, stderr: report.stderr, exitCode: report.exitCode, timeMs: report.timeMs };
  if (report.valueJson !== undefined) run.valueJson = report.valueJson;
  return run;
}

/** Why a run cannot stand for the reference's answer, in words that carry none of its output. */
const FAILED_WHY: Record<Exclude<ProbeRun['status'], 'ok'>, string> = {
  runtime_error: 'the reference crashed on this input (is the input valid for the problem?)',
  time_limit: 'the reference ran out of time on this input',
  memory_limit: 'the reference ran out of memory on this input',
  output_limit: 'the reference printed more than the output limit on this input',
  not_run: 'the reference could not be run on this input',
};

/**
 * Runs the candidate's test cases (review and compare kinds) on each AI
 * answer, in the order shown (`order`: response ids, labels A, B), and on
 * the secret reference, through the one runner, in the challenge's mode and
 * limits, and compares every result with the candidate's expected value
 * under the challenge's comparison. Cases that do not fit the mode (only a
 * stored draft can hold one) are not run and say why. Engine faults
 * propagate (the queue retries); a program's failure is a result. Nothing
 * is bounded here: stored-output.ts bounds the judgement for storage.
 */
export async function runProbe(
  runner: Pick<Runner, 'run'>,
  challenge: Challenge,
  order: readonly string[],
  tests: readonly CandidateTest[],
  pace = new Pacer(),
): Promise<ProbeJudgement> {
  const { mode, comparison } = challenge.meta;
  const judgement: ProbeJudgement = { kind: 'probe', mode, comparison, programs: [], cases: [] };
  if (!tests.length) return judgement;
  const answers: Program[] = shownResponses(challenge, order)
    .slice(0, ANSWER_LABELS.length)
    .map((r, i) => ({ role: 'answer', label: ANSWER_LABELS[i]!, responseId: r.id, language: r.language, code: r.code }));
  const refLanguage = referenceLanguage(challenge);
  const reference: Program | null = refLanguage ? { role: 'reference', label: null, responseId: null, language: refLanguage, code: challenge.reference[refLanguage]! } : null;
  // One job per program, run one after another: a probe holds one queue slot, so it uses one sandbox at a time.
  const jobCases = probeTestCases(mode, tests);
  const reports = new Map<Program, Map<string, CaseReport>>();
  for (const program of [...answers, ...(reference ? [reference] : [])]) {
    const report: RunReport | null = jobCases.length ? await runner.run(buildJob(challenge, jobCases, program.language, program.code)) : null;
    const { role, label, responseId, language } = program;
    judgement.programs.push({ role, label, responseId, language, image: report?.image ?? '', compile: report?.compile ?? null, runTimeMs: report?.timeMs ?? 0 });
    reports.set(program, new Map((report?.cases ?? []).map((c) => [c.name, c])));
  }
  const runsOf = (program: Program, index: number) => runOf(reports.get(program)?.get(probeCaseName(index)));
  for (const [i, test] of tests.entries()) {
    judgement.cases.push(await probeCase(challenge, test, { answers: answers.map((a) => [a, runsOf(a, i)] as const), reference: reference && runsOf(reference, i) }, pace));
  }
  return judgement;
}

/** One candidate case judged from its runs: each answer's against the expected value, and where the reference stands. */
async function probeCase(
  challenge: Challenge,
  test: CandidateTest,
  runs: { answers: readonly (readonly [Program, ProbeRun])[]; reference: ProbeRun | null },
  pace: Pacer,
): Promise<ProbeCase> {
  const { mode, comparison } = challenge.meta;
  const fits = fitsMode(mode, test);
  const given = fits ? expectedTextOf(mode, test) : { text: null };
  const expected = 'text' in given ? given.text : null;
  let unusable: string | null = null;
  if (!fits) unusable = `not run: this challenge takes ${mode === 'function' ? 'args' : 'stdin'}`;
  else if ('error' in given) unusable = `the expected value cannot be compared: ${given.error}`;
  const check = (run: ProbeRun): CompareResult => {
    if (run.status !== 'ok') return { pass: false, reason: run.status === 'not_run' ? 'not run' : run.status };
    return mode === 'function' ? compareValues(comparison, expected!, run.valueJson) : compareText(comparison, expected!, run.stdout);
  };
  const answers: ProbeCase['answers'] = [];
  for (const [program, run] of runs.answers) {
    const verdict = expected === null ? null : check(run);
    answers.push({ label: program.label!, responseId: program.responseId!, run, matchesExpected: verdict ? verdict.pass : null, reason: verdict?.reason ?? null });
    // Comparisons are linear in the output: yield by output judged, as judge() does.
    await pace.after(run.stdout.length + (run.valueJson?.length ?? 0));
  }
  const refRun = fits ? runs.reference : null;
  const ref = referenceOutcome(unusable, expected, refRun, check);
  if (refRun) await pace.after(refRun.stdout.length + (refRun.valueJson?.length ?? 0));
  return {
    id: test.id,
    input: 'args' in test ? { args: test.args } : { stdin: test.stdin },
    expected,
    claim: test.claim ?? null,
    answers,
    reference: { run: refRun, ...ref },
    exposes: ref.status === 'matches' ? answers.some((a) => a.matchesExpected === false) : ref.status === 'differs' ? false : null,
  };
}

/** `unusable`: why the case cannot count whatever the reference did (it was not run, or its expected value cannot be compared). */
function referenceOutcome(
  unusable: string | null,
  expected: string | null,
  run: ProbeRun | null,
  check: (run: ProbeRun) => CompareResult,
): { status: ReferenceStatus; why: string | null } {
  if (unusable) return { status: 'failed', why: unusable };
  if (!run) return { status: 'failed', why: 'the challenge has no reference to check against' };
  // A reference that fails on the input says the input is outside the problem, with or without an expected value.
  if (run.status !== 'ok') return { status: 'failed', why: FAILED_WHY[run.status] };
  if (expected === null) return { status: 'not_checked', why: 'no expected value given' };
  return { status: check(run).pass ? 'matches' : 'differs', why: null };
}

/** The objective grader's view of a probe: per case, the reference's status and which answers (by response id) returned the expected value. */
export function probeOutcomes(judgement: ProbeJudgement): ProbeCaseOutcome[] {
  return judgement.cases.map((c) => ({
    id: c.id,
    reference: c.reference.status,
    why: c.reference.why,
    answers: c.answers.map((a) => ({ responseId: a.responseId, matches: a.matchesExpected === true })),
    claim: c.claim,
  }));
}
