import type { z } from 'zod';
import type {
  AttemptViewSchema,
  CandidateSessionViewSchema,
  ChallengeDetailSchema,
  DraftBodySchema,
  DraftSavedSchema,
  LandingViewSchema,
  StartedViewSchema,
} from './attempt.schema';

/**
 * Example bodies of the candidate routes: starting the demo invite and working on Two Sum.
 * route-examples.test.ts checks each against its schema.
 */

/** GET /api/v1/invites/:token */
export const landingView: z.output<typeof LandingViewSchema> = {
  state: 'ready',
  message: 'When you press Start, the timer begins and cannot be paused.',
  email: 'grace.hopper@example.com',
  assessment: {
    title: 'Generalist screen',
    description: 'One of each kind of AI-training work: implement a function, fix an AI answer, review one, compare two, and explain a trade-off.',
    durationMinutes: 90,
    extraMinutes: 0,
    languages: ['python', 'javascript', 'typescript'],
    challengeCount: 6,
    opensAt: null,
    closesAt: null,
  },
};

/** GET /api/v1/attempt: Two Sum submitted, the rest not started. */
export const attemptView: z.output<typeof AttemptViewSchema> = {
  id: '114e701f-cb03-4662-83df-0e214bc17c0f',
  status: 'active',
  assessment: {
    title: 'Generalist screen',
    description: 'One of each kind of AI-training work: implement a function, fix an AI answer, review one, compare two, and explain a trade-off.',
  },
  startedAt: '2026-12-02T16:06:37.406Z',
  deadlineAt: '2026-12-02T17:36:37.406Z',
  serverNow: '2026-12-02T16:07:02.194Z',
  remainingMs: 5375212,
  finishedAt: null,
  finishReason: null,
  challenges: [
    {
      id: 'two-sum',
      title: 'Two Sum',
      kind: 'implement',
      languages: ['python', 'javascript', 'typescript'],
      state: 'submitted',
      lastSubmission: {
        id: '06e5e396-4668-4ba9-b5f6-47e29d16ba3a',
        kind: 'submit',
        status: 'done',
        passed: 11,
        total: 11,
        createdAt: '2026-12-02T16:06:55.412Z',
      },
    },
    {
      id: 'merge-intervals',
      title: 'Merge Intervals',
      kind: 'implement',
      languages: ['python', 'javascript', 'typescript'],
      state: 'not_started',
      lastSubmission: null,
    },
  ],
};

/** POST /api/v1/invites/:token/start: the attempt, and the CSRF token for its writes. */
export const startedView: z.output<typeof StartedViewSchema> = {
  attempt: {
    ...attemptView,
    serverNow: '2026-12-02T16:06:39.282Z',
    remainingMs: 5398124,
    challenges: attemptView.challenges.map((c) => ({ ...c, state: 'not_started', lastSubmission: null })),
  },
  csrfToken: 'wrvZbtG_6m0M1QBwO6RQFlv1zhswT-Ndhzs0Y1YIsvA',
};

/** GET /api/v1/attempt/session */
export const candidateSession: z.output<typeof CandidateSessionViewSchema> = { csrfToken: startedView.csrfToken };

/** GET /api/v1/attempt/challenges/:challengeId */
export const challengeDetail: z.output<typeof ChallengeDetailSchema> = {
  challenge: {
    id: 'two-sum',
    title: 'Two Sum',
    kind: 'implement',
    difficulty: 'easy',
    prompt:
      '# Two Sum\n\nGiven a list of integers `nums` and an integer `target`, return the indices\nof the two numbers that add up to `target`, as a list `[i, j]` with `i < j`.\n\nExactly one pair adds up to `target`. You may not use the same element twice\n(but two different elements may hold the same value).\n\n…\n',
    languages: ['python', 'javascript'],
    mode: 'function',
    entry: {
      python: 'two_sum',
      javascript: 'twoSum',
      typescript: 'twoSum',
      java: 'twoSum',
      cpp: 'twoSum',
      go: 'twoSum',
    },
    starter: {
      python: 'def two_sum(nums: list[int], target: int) -> list[int]:\n    # Return [i, j] with i < j and nums[i] + nums[j] == target.\n    raise NotImplementedError\n',
      javascript:
        '/**\n * @param {number[]} nums\n * @param {number} target\n * @returns {number[]} [i, j] with i < j and nums[i] + nums[j] === target\n */\nfunction twoSum(nums, target) {\n  // your code here\n}\n',
      typescript:
        '/** Returns [i, j] with i < j and nums[i] + nums[j] === target. */\nfunction twoSum(nums: number[], target: number): number[] {\n  // your code here\n  return [];\n}\n',
      java: 'import java.util.*;\n\nclass Solution {\n  public long[] twoSum(long[] nums, long target) {\n    return new long[0];\n  }\n}\n',
      cpp: '#include <vector>\n\nstd::vector<long long> twoSum(std::vector<long long> nums, long long target) {\n    return {};\n}\n',
      go: 'package main\n\nfunc twoSum(nums []int64, target int64) []int64 {\n\treturn nil\n}\n',
    },
    comparison: 'exact',
    publicTests: [
      {
        name: 'example 1',
        args: [[2, 7], 9],
        expected: [0, 1],
      },
      {
        name: 'example 2',
        args: [[3, 2, 4], 6],
        expected: [1, 2],
      },
      {
        name: 'example 3',
        args: [[3, 3], 6],
        expected: [0, 1],
      },
    ],
    hiddenTestCount: 11,
    limits: {
      timeMs: 5000,
      memoryMb: 256,
    },
    explanation: null,
    rubric: [],
    rubricFullMarks: null,
    responses: [],
    timeLimitMinutes: 20,
  },
  languages: ['python', 'javascript', 'typescript'],
  draft: {
    codes: {},
    language: null,
    explanation: null,
    answers: null,
    savedAt: null,
  },
  submissions: [],
  remainingMs: 5396936,
};

/** PUT /api/v1/attempt/challenges/:challengeId/draft */
export const draftBody: z.input<typeof DraftBodySchema> = {
  language: 'python',
  code: 'def two_sum(nums: list[int], target: int) -> list[int]:\n    seen: dict[int, int] = {}\n    for j, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], j]\n        seen[x] = j\n    return []\n',
};

/** The draft saved, with the time left. */
export const draftSaved: z.output<typeof DraftSavedSchema> = {
  savedAt: '2026-12-02T16:06:55.245Z',
  remainingMs: 5382114,
};

/** POST /api/v1/attempt/finish */
export const finishedAttempt: z.output<typeof AttemptViewSchema> = {
  ...attemptView,
  status: 'finished',
  serverNow: '2026-12-02T16:07:03.550Z',
  remainingMs: 0,
  finishedAt: '2026-12-02T16:07:02.320Z',
  finishReason: 'candidate',
};
