import { eq } from 'drizzle-orm';
import type { Answers } from '../attempts/attempt.schema';
import { ChallengeMetaSchema, KeySchema, RubricSchema, type Challenge } from '../challenges/challenge.schema';
import { attempts } from '../db/schema';
import type { ObjectiveResult } from '../grading/objective.schema';
import type { ProbeJudgement } from '../grading/probe.schema';
import { newId } from '../lib/ids';
import { addChallenge } from './factories';
import type { TestApp } from './test-app';

const RUBRIC = RubricSchema.parse({
  criteria: [{ id: 'why', title: 'Why', description: 'Says why the answer fails.', levels: [0, 1, 2].map((p) => ({ points: p, descriptor: `${p} points` })) }],
});

/** `add` off by one on negatives: the reviewed AI answer (line 2 holds the bug). */
export const BUGGY_ADD = 'def add(a, b):\n    return a + b if a >= 0 else a + b + 1\n';

/** A review challenge over one AI answer (`resp-buggy`, wrong on negatives), key: incorrect, line 2; objective and rubric half each. */
export function reviewChallenge(id?: string): Challenge {
  const base = addChallenge({ id, kind: 'review' });
  const meta = ChallengeMetaSchema.parse({
    ...base.meta,
    title: 'Review an add',
    languages: ['python'],
    scoring: { weights: { objective: 0.5, rubric: 0.5 } },
    explanation: { required: true },
  });
  return { ...base, meta, responses: [{ id: 'resp-buggy', language: 'python', code: BUGGY_ADD }], rubric: RUBRIC, key: KeySchema.parse({ verdict: 'incorrect', buggyLines: [2] }) };
}

/** A compare challenge over `resp-fast` and `resp-slow`, key: resp-fast clearly; `swapOf` makes it the probe of another. */
export function compareChallenge(id: string, swapOf?: string): Challenge {
  const base = addChallenge({ id, kind: 'compare' });
  const meta = ChallengeMetaSchema.parse({
    ...base.meta,
    title: swapOf ? 'Compare again' : 'Compare two adds',
    languages: ['python'],
    scoring: { weights: { objective: 0.5, rubric: 0.5 } },
    explanation: { required: true },
    swapOf,
  });
  const responses = [
    { id: 'resp-fast', language: 'python' as const, code: 'def add(a, b):\n    return a + b\n' },
    { id: 'resp-slow', language: 'python' as const, code: 'def add(a, b):\n    return sum([a, b])\n' },
  ];
  return { ...base, meta, responses, rubric: RUBRIC, key: KeySchema.parse({ preferred: 'resp-fast', strength: 'clearly' }) };
}

/** Writes a judged review/compare submit straight into `submissions` (what the probe path stores), with its objective result. */
export async function storeCritiqueSubmit(
  t: TestApp,
  attemptId: string,
  challengeId: string,
  opts: { answers: Answers; objective: ObjectiveResult | null; probe?: ProbeJudgement; explanation?: string },
) {
  return t.services.submissionRepo.insert({
    id: newId(),
    attemptId,
    challengeId,
    challengeVersion: 1,
    kind: 'submit',
    language: 'python',
    code: '',
    explanation: opts.explanation ?? 'The answer adds one on negatives.',
    answers: opts.answers,
    status: 'done',
    result: opts.probe ?? null,
    objective: opts.objective,
    objectiveScore: opts.objective?.score ?? null,
    createdAt: t.clock.now(),
    finishedAt: t.clock.now(),
  });
}

/** Sets the attempt's stored AI-answer orders (challenge id → response ids, labels A, B), as the start of an attempt stores them. */
export async function storeResponseOrders(t: TestApp, attemptId: string, orders: Record<string, string[]>): Promise<void> {
  await t.services.database.db.update(attempts).set({ responseOrders: orders }).where(eq(attempts.id, attemptId));
}

/** The grading of a review answer that said `incorrect`, flagged lines 2 and 9, and whose case `neg` exposed the bug. */
export const REVIEW_OBJECTIVE: ObjectiveResult = {
  score: 0.889,
  pieces: [
    { piece: 'verdict', weight: 1, value: 1, detail: 'incorrect, as the key' },
    { piece: 'lines', weight: 1, value: 0.667, detail: 'precision 0.5, recall 1' },
    { piece: 'tests', weight: 1, value: 1, detail: '1 case exposes the bug' },
  ],
  verdict: { given: 'incorrect', key: 'incorrect', correct: true },
  lines: { flagged: [2, 9], key: [2], found: [2], hits: [2], precision: 0.5, recall: 1 },
  tests: { cases: [{ id: 'neg', exposes: true, counted: true, why: null, claim: 'fails on negatives' }], exposing: 1 },
  preference: null,
};

/** The grading of a compare answer: `order` shown, the candidate picked `given` (by id) with `strength`. */
export function compareObjective(order: string[], given: string, strength: 'slightly' | 'clearly' | 'much' | null, distance: number): ObjectiveResult {
  const value = distance <= 1 && given === 'resp-fast' ? 1 : given === 'resp-fast' ? 0.5 : 0;
  return {
    score: value,
    pieces: [{ piece: 'preference', weight: 1, value, detail: `${distance} steps from the key` }],
    verdict: null,
    lines: null,
    tests: null,
    preference: { given: { preferred: given, strength }, key: { preferred: 'resp-fast', strength: 'clearly' }, distance, tolerance: 1, order },
  };
}

/** The probe of a review submit's case `neg` (-2, 1 → -1): the reference returned -1 (a value only staff see), the AI answer 0. */
export const REVIEW_PROBE: ProbeJudgement = {
  kind: 'probe',
  mode: 'function',
  comparison: 'exact',
  programs: [],
  cases: [
    {
      id: 'neg',
      input: { args: [-2, 1] },
      expected: '-1',
      claim: 'fails on negatives',
      answers: [
        {
          label: 'A',
          responseId: 'resp-buggy',
          run: { status: 'ok', stdout: '', stderr: '', valueJson: '0', exitCode: 0, timeMs: 3 },
          matchesExpected: false,
          reason: 'returned 0',
        },
      ],
      reference: { run: { status: 'ok', stdout: 'REF-STDOUT', stderr: '', valueJson: '-1', exitCode: 0, timeMs: 2 }, status: 'matches', why: null },
      exposes: true,
    },
  ],
};
