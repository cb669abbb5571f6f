import type { z } from 'zod';
import type { ObjectiveViewSchema } from './objective-view.schema';
import type {
  AdjudicationBodySchema,
  AdjudicationQueueItemSchema,
  AdjudicationViewSchema,
  MyReviewSchema,
  NextReviewSchema,
  ReviewBodySchema,
  ReviewViewSchema,
  ScoredSetSchema,
} from './review.schema';

/**
 * Example bodies of the review and adjudication routes: the demo reviewer scoring an explanation.
 * route-examples.test.ts checks each against its schema.
 */

/** The demo candidate's compare submit (the RLE pair), as every staff view shows it. */
export const compareExplanation =
  'Both encoders give the same output on the examples, a single character and long runs, and both are one pass, so speed does not decide. The groupby version is clearly easier to read and review: descriptive names and one statement per line, while the other crams two statements on a line with single-letter names. For a shared module that matters.';
export const compareAnswers = {
  preference: {
    choice: 'B',
    strength: 'clearly',
  },
  ratings: {
    A: {
      correctness: 5,
      efficiency: 5,
      readability: 2,
      safety: 5,
    },
    B: {
      correctness: 5,
      efficiency: 5,
      readability: 5,
      safety: 5,
    },
  },
};

/** The objective side of a compare submit (the demo's RLE pair), as reviewers and the report show it. */
export const compareObjective: z.output<typeof ObjectiveViewSchema> = {
  kind: 'compare',
  shown: [
    {
      label: 'A',
      responseId: 'rle-dense',
      language: 'python',
      code: "def run_length_encode(s):\n    r,i=[],0\n    while i<len(s):\n        j=i\n        while j<len(s)and s[j]==s[i]:j+=1\n        r+=[s[i]+str(j-i)];i=j\n    return''.join(r)\n",
    },
    {
      label: 'B',
      responseId: 'rle-clean',
      language: 'python',
      code: 'from itertools import groupby\n\n\ndef run_length_encode(text):\n    """Encode each run of one character as the character and the run\'s length: \'aaabcc\' -> \'a3b1c2\'."""\n    parts = []\n    for char, run in groupby(text):\n        run_length = sum(1 for _ in run)\n        parts.append(f"{char}{run_length}")\n    return "".join(parts)\n',
    },
  ],
  result: {
    score: 1,
    pieces: [
      {
        piece: 'preference',
        weight: 1,
        value: 1,
        detail: '0 step(s) off the key, tolerance 1',
      },
    ],
    verdict: null,
    lines: null,
    tests: {
      cases: [],
      exposing: 0,
    },
    preference: {
      given: {
        preferred: 'rle-clean',
        strength: 'clearly',
      },
      key: {
        preferred: 'rle-clean',
        strength: 'clearly',
      },
      distance: 0,
      tolerance: 1,
      order: ['rle-dense', 'rle-clean'],
    },
  },
  flags: [],
  preference: {
    choice: 'B',
    strength: 'clearly',
    responseId: 'rle-clean',
  },
  ratings: [
    {
      label: 'A',
      responseId: 'rle-dense',
      ratings: {
        correctness: 5,
        efficiency: 5,
        readability: 2,
        safety: 5,
      },
    },
    {
      label: 'B',
      responseId: 'rle-clean',
      ratings: {
        correctness: 5,
        efficiency: 5,
        readability: 5,
        safety: 5,
      },
    },
  ],
  cases: [],
};

/** GET /api/v1/reviews/:reviewId: a claimed item, nothing picked yet. */
export const reviewView: z.output<typeof ReviewViewSchema> = {
  levels: {},
  spans: [],
  comments: {},
  comment: '',
  total: null,
  gatesPassed: null,
  reviewId: '3a47c55b-e5f8-4153-83c6-9f5b6e4e79d7',
  status: 'claimed',
  claimedAt: '2026-12-02T16:07:11.699Z',
  expiresAt: '2026-12-02T16:27:11.699Z',
  submittedAt: null,
  editable: true,
  item: {
    itemId: '2d627cdd-66b4-4319-9b6c-c6887fda31e5',
    challenge: {
      id: 'compare-rle-readability',
      title: 'Compare two run-length encoders',
      kind: 'compare',
      prompt:
        "# Compare two run-length encoders\n\nA user gave an AI assistant this task, and got two answers:\n\n> Write a Python function `run_length_encode(text)` that replaces each run\n> of one repeated character by the character followed by the run's length,\n…\n",
      explanationPrompt: 'Which answer is better, by how much, and why? Cover correctness, efficiency, readability and safety, with evidence.',
      keyNotes:
        'Both are correct (empty string, single character, long runs, digits in the text) and both are O(n). The task says the code lands in a shared module others maintain, so readability decides: the dense answer packs two statements per line, uses one-letter names and no spacing, and is hard to review. Slightly to much better for the clean one is accepted; preferring the dense one for being "more efficient" is wrong (same complexity).',
    },
    rubric: {
      version: 1,
      revision: 1,
      scoring: 'positive',
      fullMarks: 7,
      floor: 0,
      criteria: [
        {
          id: 'correctness',
          title: 'Correctness reasoning',
          description: 'Checks both answers against the task, edge cases included.',
          weight: 1,
          points: 2,
          levels: [
            {
              points: 0,
              descriptor: 'No check, or claims a bug that is not there.',
            },
            {
              points: 1,
              descriptor: 'Asserts both work without checking edge cases.',
            },
            {
              points: 2,
              descriptor: 'Both found correct, with the edge cases checked (a run test counts).',
            },
          ],
          notes: null,
        },
        {
          id: 'tradeoffs',
          title: 'Trade-offs',
          description: 'Weighs what actually differs between the answers (correctness, cost, readability, safety) in the context the task gives.',
          weight: 1,
          points: 2,
          levels: [
            {
              points: 0,
              descriptor: 'Prefers the dense one as faster, or gives no reason.',
            },
            {
              points: 1,
              descriptor: 'Prefers the clean one on taste only, without tying it to the context.',
            },
            {
              points: 2,
              descriptor: 'Same complexity, so readability for other maintainers decides; names what makes the dense one hard to read.',
            },
          ],
          notes: null,
        },
      ],
      gates: [],
    },
    language: 'python',
    code: '',
    starter: null,
    explanation: compareExplanation,
    answers: compareAnswers,
    tests: {
      compile: null,
      passed: null,
      total: 0,
      groups: [],
      verdicts: {},
    },
    objective: compareObjective,
    submittedAt: '2026-12-02T16:04:03.720Z',
  },
  rubricOutdated: false,
  peers: [],
};

/** POST /api/v1/reviews/next */
export const nextReview: z.output<typeof NextReviewSchema> = { review: reviewView, message: null };

/** GET /api/v1/reviews/mine */
export const myReviews: z.output<typeof MyReviewSchema>[] = [
  {
    reviewId: '3a47c55b-e5f8-4153-83c6-9f5b6e4e79d7',
    challengeTitle: 'Compare two run-length encoders',
    status: 'submitted',
    itemStatus: 'open',
    claimedAt: '2026-12-02T16:07:11.699Z',
    expiresAt: '2026-12-02T16:27:11.699Z',
    submittedAt: '2026-12-02T16:07:24.431Z',
    editable: true,
  },
];

/** PUT /api/v1/reviews/:reviewId: every criterion picked, a span marked, submitted. */
export const reviewBody: z.input<typeof ReviewBodySchema> = {
  levels: {
    correctness: 2,
    tradeoffs: 2,
    evidence: 2,
    communication: 2,
  },
  spans: [
    {
      criterion: 'tradeoffs',
      start: 109,
      end: 215,
    },
  ],
  comment: 'Checks both encoders on edge cases, and ties the preference to readability for the team.',
  submit: true,
};

/** The scores the demo reviewer submits. */
export const submittedSet: z.output<typeof ScoredSetSchema> = {
  levels: {
    correctness: 2,
    tradeoffs: 2,
    evidence: 2,
    communication: 2,
  },
  spans: [
    {
      criterion: 'tradeoffs',
      start: 109,
      end: 215,
    },
  ],
  comments: {},
  comment: 'Checks both encoders on edge cases, and ties the preference to readability for the team.',
  total: 7,
  gatesPassed: true,
};

/** The review, submitted. */
export const reviewSubmitted: z.output<typeof ReviewViewSchema> = { ...reviewView, ...submittedSet, status: 'submitted', submittedAt: '2026-12-02T16:07:24.431Z' };

/** POST /api/v1/reviews/:reviewId/release */
export const reviewReleased: z.output<typeof ReviewViewSchema> = { ...reviewView, status: 'released', editable: false };

/** GET /api/v1/adjudications */
export const adjudicationQueue: z.output<typeof AdjudicationQueueItemSchema>[] = [
  {
    itemId: '2d627cdd-66b4-4319-9b6c-c6887fda31e5',
    challengeTitle: 'Compare two run-length encoders',
    reviews: 2,
    spread: 4.5,
    gatesDiffer: false,
    waitingSince: '2026-12-02T16:31:08.000Z',
  },
];

/** GET /api/v1/adjudications/:itemId: two sets 4.5 points apart (the threshold is 2). */
export const adjudicationView: z.output<typeof AdjudicationViewSchema> = {
  itemId: reviewView.item.itemId,
  status: 'adjudication',
  item: reviewView.item,
  sets: [
    { ...submittedSet, label: 'Lin Chen', role: 'reviewer', submittedAt: '2026-12-02T16:07:24.431Z', reason: null },
    {
      levels: { correctness: 1, tradeoffs: 0, evidence: 1, communication: 1 },
      spans: [],
      comments: { tradeoffs: 'Prefers the dense version as faster; both are one pass.' },
      comment: '',
      total: 2.5,
      gatesPassed: null,
      label: 'Sam Okafor',
      role: 'reviewer',
      submittedAt: '2026-12-02T16:31:08.000Z',
      reason: null,
    },
  ],
  threshold: 2,
};

/** POST /api/v1/adjudications/:itemId */
export const adjudicationBody: z.input<typeof AdjudicationBodySchema> = {
  levels: {
    correctness: 2,
    tradeoffs: 2,
    evidence: 1,
    communication: 2,
  },
  reason: 'Both encoders were checked on edge cases and the preference rests on readability, not speed; the evidence names constructs but no lines.',
};

/** The item, final: the adjudicator’s set decides. */
export const adjudicated: z.output<typeof AdjudicationViewSchema> = {
  ...adjudicationView,
  status: 'final',
  sets: [
    ...adjudicationView.sets,
    {
      levels: { correctness: 2, tradeoffs: 2, evidence: 1, communication: 2 },
      spans: [],
      comments: {},
      comment: '',
      total: 6,
      gatesPassed: true,
      label: 'Demo Admin',
      role: 'adjudicator',
      submittedAt: '2026-12-02T16:40:12.000Z',
      reason: 'Both encoders were checked on edge cases and the preference rests on readability, not speed; the evidence names constructs but no lines.',
    },
  ],
};
