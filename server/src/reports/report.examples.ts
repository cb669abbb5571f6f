import type { z } from 'zod';
import { compareExplanation, compareObjective } from '../reviews/review.examples';
import type { AttemptReportSchema } from './report.schema';

/**
 * Example body of the candidate report route (the demo attempt, shortened).
 * route-examples.test.ts checks each against its schema.
 */

/** GET /api/v1/attempts/:id/report (the first of its challenges shown). */
export const attemptReport: z.output<typeof AttemptReportSchema> = {
  attempt: {
    id: '865dad99-a178-4d5c-95a0-93f76b2c6297',
    assessmentId: '36b1b936-d7f5-413b-bc3a-77902b83efd0',
    assessmentTitle: 'Demo: explanations to review',
    email: 'reviewed-candidate@assay.local',
    startedAt: '2026-12-02T16:04:00.139Z',
    deadlineAt: '2026-12-02T17:04:00.139Z',
    finishedAt: '2026-12-02T16:04:02.540Z',
    finishReason: 'candidate',
    finalAt: null,
  },
  status: 'provisional',
  score: {
    status: 'provisional',
    score: 0.5,
    exact: '1/2',
    challenges: [
      {
        challengeId: 'compare-rle-readability',
        share: 0.2,
        status: 'provisional',
        score: 0.5,
        contribution: 0.1,
      },
      {
        challengeId: 'compare-rle-readability-swapped',
        share: 0.2,
        status: 'provisional',
        score: 0,
        contribution: 0,
      },
    ],
    missing: [
      {
        challengeId: 'compare-rle-readability',
        part: 'rubric',
        reason: '0 of 2 reviews final',
      },
      {
        challengeId: 'compare-rle-readability-swapped',
        part: 'rubric',
        reason: '0 of 2 reviews final',
      },
    ],
    steps: ['compare-rle-readability: 0.5 × 0.2 = 0.1 (provisional)', 'compare-rle-readability-swapped: 0 × 0.2 = 0 (provisional)'],
  },
  challenges: [
    {
      challengeId: 'compare-rle-readability',
      title: 'Compare two run-length encoders',
      kind: 'compare',
      version: 1,
      submission: {
        id: 'f6bc00cb-9fdc-477f-a77c-39506352d4d2',
        language: 'python',
        code: '',
        explanation: compareExplanation,
        status: 'done',
        submittedAt: '2026-12-02T16:04:03.720Z',
      },
      tests: null,
      criteria: [
        {
          id: 'correctness',
          title: 'Correctness reasoning',
          weight: 1,
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
        },
        {
          id: 'tradeoffs',
          title: 'Trade-offs',
          weight: 1,
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
        },
      ],
      review: {
        itemId: '2d627cdd-66b4-4319-9b6c-c6887fda31e5',
        status: 'open',
        rubricVersion: 1,
        required: 2,
        reviews: [],
        adjudication: null,
      },
      spans: [],
      objective: compareObjective,
      positionBias: null,
      score: {
        challengeId: 'compare-rle-readability',
        status: 'provisional',
        score: 0.5,
        exact: '1/2',
        components: [
          {
            part: 'tests',
            weight: 0,
            value: null,
            contribution: 0,
          },
          {
            part: 'objective',
            weight: 0.5,
            value: 1,
            contribution: 0.5,
          },
          {
            part: 'rubric',
            weight: 0.5,
            value: null,
            contribution: 0,
          },
        ],
        rubric: {
          scoring: 'positive',
          sets: [],
          value: null,
        },
        missing: [
          {
            challengeId: 'compare-rle-readability',
            part: 'rubric',
            reason: '0 of 2 reviews final',
          },
        ],
        steps: ['tests: weight 0, not counted', 'objective: 1 × weight 0.5 = 0.5'],
      },
    },
  ],
  reviewers: {},
  generatedAt: '2026-12-02T16:06:14.277Z',
};
