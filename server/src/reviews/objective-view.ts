import type { Answers, CandidateTest } from '../attempts/attempt.schema';
import { shownResponses } from '../challenges/challenge.presenter';
import { ANSWER_LABELS, isCritique, type Challenge } from '../challenges/challenge.schema';
import type { ObjectiveResult } from '../grading/objective.schema';
import type { ProbeCase, ProbeJudgement, ProbeRun } from '../grading/probe.schema';
import type { SubmissionRow } from '../submissions/submission.repo';
import type { Choice, ObjectiveCase, ObjectiveView, ShownResponse } from './objective-view.schema';

/**
 * The objective side of a review or compare submit for staff (null for the
 * other kinds): labels mapped back to response ids through `order` (the
 * attempt's stored order for this challenge; else the order the grader
 * recorded; else the challenge's own), the stored grading, the
 * candidate's answers beside it, and their test cases with what the
 * reference and each answer returned (from the stored probe).
 */
export function presentObjective(
  challenge: Challenge,
  submission: Pick<SubmissionRow, 'answers' | 'objective' | 'probe'>,
  order: readonly string[] | undefined,
): ObjectiveView | null {
  const kind = challenge.meta.kind;
  if (!isCritique(kind)) return null;
  const result = submission.objective;
  const ids = order?.length ? order : (result?.preference?.order ?? []);
  const shown: ShownResponse[] = shownResponses(challenge, ids)
    .slice(0, ANSWER_LABELS.length)
    .map((r, i) => ({ label: ANSWER_LABELS[i]!, responseId: r.id, language: r.language, code: r.code }));
  const answers: Answers = submission.answers ?? {};
  return {
    kind,
    shown,
    result,
    flags: flagsOf(answers, result),
    preference: choiceOf(answers, shown),
    ratings: shown.flatMap((s) => {
      const ratings = answers.ratings?.[s.label];
      return ratings ? [{ label: s.label, responseId: s.responseId, ratings }] : [];
    }),
    cases: submission.probe ? submission.probe.cases.map((c) => probedCase(c, submission.probe!, result)) : (answers.tests ?? []).map((t) => caseOf(t, result)),
  };
}

function flagsOf(answers: Answers, result: ObjectiveResult | null): ObjectiveView['flags'] {
  const flags = answers.flags ?? (answers.flaggedLines ?? []).map((line) => ({ line, comment: '' }));
  const hits = result?.lines?.hits;
  return flags.map((f) => ({ line: f.line, comment: f.comment, onKey: hits ? hits.includes(f.line) : null }));
}

/** The preference by label and by response id; an earlier draft's `preferred` (an id) gets its label back. */
function choiceOf(answers: Answers, shown: readonly ShownResponse[]): Choice | null {
  if (answers.preference) {
    const { choice, strength } = answers.preference;
    return { choice, strength: strength ?? null, responseId: choice === 'equal' ? null : (shown.find((s) => s.label === choice)?.responseId ?? null) };
  }
  if (answers.preferred === undefined) return null;
  if (answers.preferred === 'equal') return { choice: 'equal', strength: null, responseId: null };
  const label = shown.find((s) => s.responseId === answers.preferred)?.label;
  return label ? { choice: label, strength: null, responseId: answers.preferred } : null;
}

/** A case as probed: the grader's reading, and what each program returned (staff may see the reference's output). */
function probedCase(c: ProbeCase, probe: ProbeJudgement, result: ObjectiveResult | null): ObjectiveCase {
  const graded = result?.tests?.cases.find((g) => g.id === c.id);
  const output = (run: ProbeRun | null) => (run ? outputOf(run, probe.mode) : null);
  const ref = c.reference;
  return {
    id: c.id,
    input: c.input,
    expected: c.expected,
    claim: c.claim ?? graded?.claim ?? null,
    exposes: graded?.exposes ?? c.exposes,
    counted: graded?.counted ?? null,
    why: graded?.why ?? ref.why,
    reference: {
      status: ref.status,
      verdict: ref.run?.status ?? null,
      output: output(ref.run),
      matches: ref.status === 'matches' ? true : ref.status === 'differs' ? false : null,
    },
    answers: c.answers.map((a) => ({ label: a.label, responseId: a.responseId, verdict: a.run.status, output: output(a.run), matches: a.matchesExpected })),
  };
}

/** What a program returned: its JSON value (function mode; a note when it was too large to keep) or its stdout. */
function outputOf(run: ProbeRun, mode: ProbeJudgement['mode']): string | null {
  if (mode === 'stdio') return run.stdout;
  if (run.valueJson !== undefined) return run.valueJson;
  return run.valueBytes !== undefined ? `(a value of ${run.valueBytes} bytes, not kept)` : null;
}

/** A candidate test with the grader's reading, before (or without) a stored probe: no outputs. */
function caseOf(test: CandidateTest, result: ObjectiveResult | null): ObjectiveCase {
  const graded = result?.tests?.cases.find((c) => c.id === test.id);
  const fn = 'args' in test;
  const expected = fn ? (test.expected === undefined ? null : (JSON.stringify(test.expected) ?? 'null')) : (test.expected ?? null);
  return {
    id: test.id,
    input: fn ? { args: test.args } : { stdin: test.stdin },
    expected,
    claim: test.claim ?? graded?.claim ?? null,
    exposes: graded?.exposes ?? null,
    counted: graded?.counted ?? null,
    why: graded?.why ?? null,
    reference: null,
    answers: [],
  };
}
