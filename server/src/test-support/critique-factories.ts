import type { Signature } from '@assay/runners';
import { ChallengeMetaSchema, KeySchema, type Challenge } from '../challenges/challenge.schema';

let n = 0;

/** Code for one program of a critique challenge: FakeRunner JavaScript, or real source for Docker tests. */
export interface CritiqueCode {
  /** The AI answers, by response id, in the files' order (review: the first only). */
  responses: Record<string, string>;
  /** The secret reference (python). */
  reference: string;
}

/** FakeRunner programs for `add`: `resp-minus` subtracts (the bug), `resp-plus` adds, the reference adds (and throws on a string, as a crash). */
export const FAKE_ADD: CritiqueCode = {
  responses: { 'resp-minus': 'module.exports = (a, b) => a - b;', 'resp-plus': 'module.exports = (a, b) => a + b;' },
  reference: "module.exports = (a, b) => { if (typeof a !== 'number') throw new Error('REF-STDERR-SECRET'); return a + b; };",
};

/**
 * A function-mode `add(a, b)` review or compare challenge in python, graded
 * on the objective part only. Review shows the first response; compare
 * both. Key: review says `incorrect` with line 1 buggy; compare prefers
 * `resp-plus` clearly. `swapOf` makes it the swapped copy of another;
 * `signature` types its `add`.
 */
export function critiqueChallenge(
  kind: 'review' | 'compare',
  opts: { id?: string; code?: CritiqueCode; swapOf?: string; mode?: 'function' | 'stdio'; notes?: string; signature?: Signature } = {},
): Challenge {
  n += 1;
  const id = opts.id ?? `${kind}-${n}`;
  const code = opts.code ?? FAKE_ADD;
  const mode = opts.mode ?? 'function';
  const meta = ChallengeMetaSchema.parse({
    id,
    title: `${kind} the AI's add`,
    kind,
    languages: ['python'],
    mode,
    ...(mode === 'function' ? { entry: 'add', ...(opts.signature ? { signature: opts.signature } : {}) } : {}),
    scoring: { weights: { objective: 1 } },
    ...(opts.swapOf ? { swapOf: opts.swapOf } : {}),
  });
  const responses = Object.entries(code.responses).map(([rid, source]) => ({
    id: rid,
    language: 'python' as const,
    code: source,
    explanation: "The AI's own account of its answer.",
  }));
  const key =
    kind === 'review'
      ? KeySchema.parse({ verdict: 'incorrect', buggyLines: [1], notes: opts.notes })
      : KeySchema.parse({ preferred: responses[responses.length - 1]!.id, strength: 'clearly', notes: opts.notes });
  const tests = mode === 'function' ? { public: [{ name: 'p1', args: [1, 2], expected: 3 }], hidden: [] } : { public: [{ name: 'p1', stdin: '1 2\n', stdout: '3\n' }], hidden: [] };
  return {
    id,
    dir: '',
    meta,
    prompt: '# Add\nJudge the AI answer.',
    starter: {},
    reference: { python: code.reference },
    responses: kind === 'review' ? responses.slice(0, 1) : responses,
    tests,
    rubric: null,
    key,
    files: { 'challenge.yaml': JSON.stringify(meta), 'reference/python.py': code.reference, 'key.yaml': JSON.stringify(key) },
  };
}
