import type { z } from 'zod';
import type { CodeBodySchema } from '../attempts/attempt.schema';
import type { SubmissionViewSchema } from './submission.schema';

/**
 * Example bodies of the run and submit routes: a correct Two Sum in Python.
 * route-examples.test.ts checks each against its schema.
 */

/** POST …/run and …/submit */
export const codeBody: z.input<typeof CodeBodySchema> = {
  language: 'python',
  code: 'def two_sum(nums: list[int], target: int) -> list[int]:\n    seen: dict[int, int] = {}\n    for j, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], j]\n        seen[x] = j\n    return []\n',
};

/** A run, queued. */
export const runQueued: z.output<typeof SubmissionViewSchema> = {
  id: 'f8fdbeeb-f878-4b90-886e-d7668d6e50f4',
  challengeId: 'two-sum',
  language: 'python',
  status: 'queued',
  queuedAhead: null,
  error: null,
  createdAt: '2026-12-02T16:06:55.330Z',
  finishedAt: null,
  compile: null,
  kind: 'run',
  cases: [],
};

/** A submission, queued. */
export const submitQueued: z.output<typeof SubmissionViewSchema> = {
  id: '06e5e396-4668-4ba9-b5f6-47e29d16ba3a',
  challengeId: 'two-sum',
  language: 'python',
  status: 'queued',
  queuedAhead: 0,
  error: null,
  createdAt: '2026-12-02T16:06:55.412Z',
  finishedAt: null,
  compile: null,
  kind: 'submit',
  feedback: 'summary',
  passed: null,
  total: 11,
  groups: [],
  verdicts: {},
};

/** GET /api/v1/attempt/submissions/:id: a finished run of the public tests. */
export const runDone: z.output<typeof SubmissionViewSchema> = {
  id: 'f8fdbeeb-f878-4b90-886e-d7668d6e50f4',
  challengeId: 'two-sum',
  language: 'python',
  status: 'done',
  queuedAhead: null,
  error: null,
  createdAt: '2026-12-02T16:06:55.330Z',
  finishedAt: '2026-12-02T16:06:56.653Z',
  compile: null,
  kind: 'run',
  cases: [
    {
      name: 'example 1',
      verdict: 'ok',
      passed: true,
      input: {
        args: [[2, 7], 9],
      },
      expected: '[0,1]',
      actual: '[0,1]',
      stdout: '',
      stderr: '',
      timeMs: 6.7,
      reason: null,
    },
    {
      name: 'example 2',
      verdict: 'ok',
      passed: true,
      input: {
        args: [[3, 2, 4], 6],
      },
      expected: '[1,2]',
      actual: '[1,2]',
      stdout: '',
      stderr: '',
      timeMs: 5,
      reason: null,
    },
    {
      name: 'example 3',
      verdict: 'ok',
      passed: true,
      input: {
        args: [[3, 3], 6],
      },
      expected: '[0,1]',
      actual: '[0,1]',
      stdout: '',
      stderr: '',
      timeMs: 4.7,
      reason: null,
    },
  ],
};
