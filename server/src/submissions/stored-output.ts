import type { JudgedCase, Judgement as SubmissionResult } from '../grading/judge';
import type { ProbeJudgement, ProbeRun } from '../grading/probe.schema';

/**
 * Bytes of stdout, of stderr and of the returned value (as JSON) kept per
 * hidden case. Hidden cases' output is never shown to the candidate and an
 * admin needs only its start to see what went wrong, while a submission has
 * tens of cases each allowed 64 KiB: keeping all of it would let a
 * candidate fill the disk. Public (Run) cases are kept whole: they are few
 * and already bounded by the sandbox's per-case caps.
 */
export const HIDDEN_OUTPUT_BYTES = 4_096;

/** Appended to a cut stream; the number is the size of the whole output. */
export const truncationMarker = (bytes: number) => `\n…[truncated: ${bytes} bytes in all]`;

/** The first `max` bytes of `text` (never splitting a character) plus the marker, or `text` when it fits. */
export function capText(text: string, max: number): string {
  const bytes = Buffer.byteLength(text);
  if (bytes <= max) return text;
  let head = Buffer.from(text).subarray(0, max).toString('utf8');
  if (head.endsWith('\uFFFD') && !text.startsWith(head)) head = head.slice(0, -1); // a character cut in half
  return head + truncationMarker(bytes);
}

/**
 * What is stored of a judged result: hidden cases (submits) keep at most
 * HIDDEN_OUTPUT_BYTES of stdout and of stderr, and their returned value
 * only when its JSON fits (otherwise `valueBytes` says how large it was).
 * Judging happens before this, on the whole output: the verdict stands.
 */
export function boundForStorage(result: SubmissionResult, kind: 'run' | 'submit' | 'validate'): SubmissionResult {
  if (kind === 'run') return result;
  return { ...result, cases: result.cases.map(capCase) };
}

function capCase(c: JudgedCase): JudgedCase {
  const capped: JudgedCase = { ...c, stdout: capText(c.stdout, HIDDEN_OUTPUT_BYTES), stderr: capText(c.stderr, HIDDEN_OUTPUT_BYTES) };
  if (c.valueJson !== undefined) {
    const bytes = Buffer.byteLength(c.valueJson);
    if (bytes > HIDDEN_OUTPUT_BYTES) {
      delete capped.valueJson;
      capped.valueBytes = bytes;
    }
  }
  return capped;
}

/**
 * What is stored of a probe: the reference's runs are bounded like hidden
 * cases always (the candidate's input can make it print at will, and only
 * staff read it); the AI answers' runs are kept whole on a Run (the
 * candidate reads them, bounded by the sandbox's caps, at most 20 cases)
 * and bounded on a Submit (nobody shows them whole).
 */
export function boundProbeForStorage(probe: ProbeJudgement, kind: 'run' | 'submit' | 'validate'): ProbeJudgement {
  return {
    ...probe,
    cases: probe.cases.map((c) => ({
      ...c,
      answers: kind === 'run' ? c.answers : c.answers.map((a) => ({ ...a, run: capRun(a.run) })),
      reference: { ...c.reference, run: c.reference.run && capRun(c.reference.run) },
    })),
  };
}

function capRun(run: ProbeRun): ProbeRun {
  const capped: ProbeRun = { ...run, stdout: capText(run.stdout, HIDDEN_OUTPUT_BYTES), stderr: capText(run.stderr, HIDDEN_OUTPUT_BYTES) };
  if (run.valueJson !== undefined && Buffer.byteLength(run.valueJson) > HIDDEN_OUTPUT_BYTES) {
    delete capped.valueJson;
    capped.valueBytes = Buffer.byteLength(run.valueJson);
  }
  return capped;
}
