import { ObjectiveViewSchema, type ObjectiveView } from '@assay/contract';

// Objective views as the server sends them, for the component tests of the reviewer pages and the report.

/** A graded review answer: verdict right, lines 2 found and 5 missed, a flag off the key, a case that exposed the bug with its outputs. */
export const REVIEW_VIEW: ObjectiveView = ObjectiveViewSchema.parse({
  kind: 'review',
  shown: [{ label: 'A', responseId: 'resp-buggy', language: 'python', code: 'def add(a, b):\n    return a + b + 1\n' }],
  result: {
    score: 0.6,
    pieces: [
      { piece: 'verdict', weight: 1, value: 1, detail: 'as the key' },
      { piece: 'lines', weight: 1, value: 0.5, detail: 'F1 0.5' },
    ],
    verdict: { given: 'incorrect', key: 'partially_correct', correct: false },
    lines: { flagged: [2, 9], key: [2, 5], found: [2], hits: [2], precision: 0.5, recall: 0.5 },
    tests: {
      cases: [
        { id: 'neg', exposes: true, counted: true, why: null, claim: 'fails on negatives' },
        { id: 'slow', exposes: false, counted: false, why: 'time limit on the reference', claim: null },
      ],
      exposing: 1,
    },
    preference: null,
  },
  flags: [
    { line: 2, comment: 'adds one', onKey: true },
    { line: 9, comment: 'naming', onKey: false },
  ],
  preference: null,
  ratings: [],
  cases: [
    {
      id: 'slow',
      input: { args: [1e9, 1] },
      expected: '1000000001',
      claim: null,
      exposes: false,
      counted: false,
      why: 'time limit on the reference',
      reference: null,
      answers: [],
    },
    {
      id: 'neg',
      input: { args: [-2, 1] },
      expected: '-1',
      claim: 'fails on negatives',
      exposes: true,
      counted: true,
      why: null,
      reference: { status: 'matches', verdict: 'ok', output: '-1', matches: true },
      answers: [{ label: 'A', responseId: 'resp-buggy', verdict: 'ok', output: '0', matches: false }],
    },
  ],
});

/** A graded compare answer: shown resp-slow as A; the candidate picked A much better, the key resp-fast clearly (5 steps apart). */
export const COMPARE_VIEW: ObjectiveView = ObjectiveViewSchema.parse({
  kind: 'compare',
  shown: [
    { label: 'A', responseId: 'resp-slow', language: 'python', code: 'def add(a, b):\n    return sum([a, b])\n' },
    { label: 'B', responseId: 'resp-fast', language: 'python', code: 'def add(a, b):\n    return a + b\n' },
  ],
  result: {
    score: 0,
    pieces: [{ piece: 'preference', weight: 1, value: 0, detail: 'picked the other answer' }],
    verdict: null,
    lines: null,
    tests: null,
    preference: {
      given: { preferred: 'resp-slow', strength: 'much' },
      key: { preferred: 'resp-fast', strength: 'clearly' },
      distance: 5,
      tolerance: 1,
      order: ['resp-slow', 'resp-fast'],
    },
  },
  flags: [],
  preference: { choice: 'A', strength: 'much', responseId: 'resp-slow' },
  ratings: [
    { label: 'A', responseId: 'resp-slow', ratings: { correctness: 5, efficiency: 4 } },
    { label: 'B', responseId: 'resp-fast', ratings: { correctness: 3 } },
  ],
  cases: [],
});
