import type { JudgedCase, Judgement as SubmissionResult } from '../grading/judge';

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
