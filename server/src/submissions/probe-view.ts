import type { ProbeJudgement, ProbeRun } from '../grading/probe.schema';
import type { ProbeView } from './submission.schema';

type Output = ProbeView['cases'][number]['outputs'][number];

function verdictOf(run: ProbeRun, matches: boolean | null, compiled: boolean): Output['verdict'] {
  if (run.status === 'not_run') return compiled ? 'runtime_error' : 'compile_error';
  if (run.status !== 'ok') return run.status;
  return matches === false ? 'wrong_answer' : 'ok';
}

/**
 * The candidate's part of a probe, from an allow list: every AI answer's
 * compile result and outputs in full (the answers are shown anyway), and of
 * the reference only its status and `why` (fixed wording): never its
 * output, value, stderr, timing or compile result, and no response id.
 * Empty until the probe has run.
 */
export function probeViewParts(probe: ProbeJudgement | null): Pick<ProbeView, 'answers' | 'cases'> {
  if (!probe) return { answers: [], cases: [] };
  const programs = probe.programs.filter((p) => p.role === 'answer');
  const compiled = new Map(programs.map((p) => [p.label, !p.compile || p.compile.ok]));
  return {
    answers: programs.map((p) => ({ label: p.label!, compile: p.compile ? { ok: p.compile.ok, output: p.compile.output } : null })),
    cases: probe.cases.map((c) => ({
      id: c.id,
      input: c.input,
      expected: c.expected,
      claim: c.claim,
      outputs: c.answers.map((a) => ({
        label: a.label,
        verdict: verdictOf(a.run, a.matchesExpected, compiled.get(a.label) ?? true),
        actual: probe.mode === 'function' ? (a.run.valueJson ?? null) : a.run.stdout,
        stdout: a.run.stdout,
        stderr: a.run.stderr,
        timeMs: a.run.timeMs,
        matchesExpected: a.matchesExpected,
      })),
      reference: { status: c.reference.status, why: c.reference.why },
      exposes: c.exposes,
    })),
  };
}
