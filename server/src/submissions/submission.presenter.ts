import { isCritique, type Challenge } from '../challenges/challenge.schema';
import { expectedJsonOf, returnedJsonOf } from '../grading/case-values';
import { DEFAULT_GROUP } from '../grading/tests-score';
import { probeViewParts } from './probe-view';
import type { SubmissionRow } from './submission.repo';
import type { JudgedCase, Judgement } from '../grading/judge';
import type { FeedbackLevel, RunView, SubmissionView, SubmitView } from './submission.schema';

function verdictOf(c: JudgedCase): RunView['cases'][number]['verdict'] {
  if (c.status !== 'ok') return c.status;
  return c.pass ? 'ok' : 'wrong_answer';
}

/** The level a candidate's submit views get now: `none` becomes `summary` once the attempt has ended. */
export function feedbackShown(level: FeedbackLevel, attemptEnded: boolean): FeedbackLevel {
  return level === 'none' && attemptEnded ? 'summary' : level;
}

/**
 * What a candidate may see of a submission. Runs (public examples) show
 * everything; submits (hidden tests) show what `feedback` allows (see
 * FeedbackLevelSchema), built from an allow list: no input, expected value,
 * output, stderr, case name or timing of a hidden test ever leaves through
 * here. Reviewers get `full`. Review and compare: a Run is a probe view
 * (probe-view.ts: nothing of the reference but its status), a Submit says
 * only that it was submitted.
 */
export function presentForCandidate(row: SubmissionRow, challenge: Challenge, feedback: FeedbackLevel, queuedAhead: number | null = null): SubmissionView {
  const result = row.result;
  const compile = result?.compile ? { ok: result.compile.ok, output: result.compile.output } : null;
  const common = {
    id: row.id,
    challengeId: row.challengeId,
    language: row.language,
    status: row.status,
    queuedAhead: row.status === 'queued' ? queuedAhead : null,
    error: row.status === 'error' ? 'the sandbox could not run this submission; it will not count against you' : null,
    createdAt: row.createdAt.toISOString(),
  };
  if (isCritique(challenge.meta.kind)) {
    // No time either way: the reference ran too, and hidden-side timings never leave the server.
    if (row.kind === 'run') return { ...common, finishedAt: null, compile: null, kind: 'probe', ...probeViewParts(row.probe) };
    // A review or compare submit says only that it was submitted: its objective result would tell the key.
    return { ...common, finishedAt: null, compile: null, kind: 'submit', feedback, passed: null, total: 0, groups: [], verdicts: {} };
  }
  if (row.kind === 'run') {
    const timed = compile && result?.compile ? { ...compile, timeMs: result.compile.timeMs } : null;
    return { ...common, finishedAt: row.finishedAt?.toISOString() ?? null, compile: timed, kind: 'run', cases: runCases(challenge, result) };
  }
  // finishedAt minus createdAt would time the hidden cases: a submit carries no finish time.
  return { ...common, finishedAt: null, compile, kind: 'submit', feedback, ...submitCounts(challenge, result, feedback) };
}

function runCases(challenge: Challenge, result: Judgement | null): RunView['cases'] {
  if (!result) return [];
  const tests = new Map(challenge.tests.public.map((t) => [t.name, t]));
  return result.cases.flatMap((c) => {
    const test = tests.get(c.name);
    if (!test) return []; // only public tests are ever shown in full
    const fn = 'args' in test;
    return [
      {
        name: c.name,
        verdict: verdictOf(c),
        passed: c.pass,
        input: fn ? { args: test.args } : { stdin: test.stdin },
        expected: fn ? expectedJsonOf(test) : test.stdout,
        actual: fn ? (returnedJsonOf(c) ?? null) : c.stdout,
        stdout: c.stdout,
        stderr: c.stderr,
        timeMs: c.timeMs,
        reason: c.reason ?? null,
      },
    ];
  });
}

function submitCounts(challenge: Challenge, result: Judgement | null, feedback: FeedbackLevel): Pick<SubmitView, 'passed' | 'total' | 'groups' | 'verdicts'> {
  const total = challenge.tests.hidden.length;
  if (!result || feedback === 'none') return { passed: null, total, groups: [], verdicts: {} };
  const passed = result.cases.filter((c) => c.pass).length;
  if (feedback === 'summary') return { passed, total, groups: [], verdicts: {} };
  const verdicts: Record<string, number> = {};
  if (result.compile && !result.compile.ok) verdicts.compile_error = total;
  for (const c of result.cases) {
    const v = verdictOf(c);
    verdicts[v] = (verdicts[v] ?? 0) + 1;
  }
  // Groups in the order the hidden tests first name them (stored JSON does not keep key order).
  const order = [...new Set(challenge.tests.hidden.map((t) => t.group ?? DEFAULT_GROUP))];
  const groups = (result.score?.groups ?? [])
    .filter((g) => g.total > 0)
    .sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name))
    .map((g) => ({ name: g.name, passed: g.passed, total: g.total }));
  return { passed, total, groups, verdicts };
}
