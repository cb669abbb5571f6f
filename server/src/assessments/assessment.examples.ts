import type { z } from 'zod';
import { compareAnswers, compareExplanation } from '../reviews/review.examples';
import type { AssessmentBodySchema, AssessmentViewSchema, InviteBodySchema, InvitePatchSchema, InviteViewSchema, InvitesCreatedSchema } from './assessment.schema';
import type { AttemptDetailSchema, AttemptSummarySchema } from './attempt-monitor.schema';

/**
 * Example bodies of the assessment, invite and attempt-monitor routes (the demo data of `npm start`).
 * route-examples.test.ts checks each against its schema.
 */

/** GET /api/v1/assessments */
export const assessmentViews: z.output<typeof AssessmentViewSchema>[] = [
  {
    id: '75c096e5-6f26-461b-aa97-60d11915773d',
    title: 'Demo: coding screen',
    description: 'A short demo assessment: implement each function, run the examples, submit against hidden tests.',
    durationMinutes: 60,
    languages: ['python', 'javascript', 'typescript'],
    opensAt: null,
    closesAt: null,
    feedback: 'full',
    reviewsPerItem: 2,
    disagreementPoints: 2,
    reviewerThreshold: 0.7,
    claimMinutes: 20,
    challenges: [
      {
        id: 'mean-and-stddev',
        title: 'Mean and Standard Deviation',
        kind: 'implement',
        version: 1,
      },
      {
        id: 'merge-intervals',
        title: 'Merge Intervals',
        kind: 'implement',
        version: 1,
      },
      {
        id: 'roman-numerals',
        title: 'Roman Numerals',
        kind: 'implement',
        version: 1,
      },
    ],
    counts: {
      invited: 1,
      started: 0,
      finished: 0,
    },
    createdAt: '2026-12-02T16:03:50.420Z',
  },
  {
    id: 'bbc27f26-02a0-476e-b5d0-80b67bcceaa3',
    title: 'Generalist screen',
    description: 'One of each kind of AI-training work: implement a function, fix an AI answer, review one, compare two, and explain a trade-off.',
    durationMinutes: 90,
    languages: ['python', 'javascript', 'typescript'],
    opensAt: null,
    closesAt: null,
    feedback: 'summary',
    reviewsPerItem: 2,
    disagreementPoints: 2,
    reviewerThreshold: 0.7,
    claimMinutes: 20,
    challenges: [
      {
        id: 'two-sum',
        title: 'Two Sum',
        kind: 'implement',
        version: 1,
      },
      {
        id: 'merge-intervals',
        title: 'Merge Intervals',
        kind: 'implement',
        version: 1,
      },
    ],
    counts: {
      invited: 0,
      started: 0,
      finished: 0,
    },
    createdAt: '2026-12-02T16:03:52.470Z',
  },
];

/** POST /api/v1/assessments and PUT /api/v1/assessments/:id */
export const assessmentBody: z.input<typeof AssessmentBodySchema> = {
  title: 'Backend engineer screen',
  durationMinutes: 90,
  languages: ['python', 'javascript'],
  challengeIds: ['two-sum'],
  reviewsPerItem: 3,
  disagreementPoints: 1.5,
  reviewerThreshold: 0.8,
  claimMinutes: 45,
};

/** The assessment as saved. */
export const assessmentView: z.output<typeof AssessmentViewSchema> = {
  id: 'b07a4dc0-c9f6-4bb7-b043-7648877e01db',
  title: 'Backend engineer screen',
  description: '',
  durationMinutes: 90,
  languages: ['python', 'javascript'],
  opensAt: null,
  closesAt: null,
  feedback: 'full',
  reviewsPerItem: 3,
  disagreementPoints: 1.5,
  reviewerThreshold: 0.8,
  claimMinutes: 45,
  challenges: [
    {
      id: 'two-sum',
      title: 'Two Sum',
      kind: 'implement',
      version: 1,
    },
  ],
  counts: {
    invited: 0,
    started: 0,
    finished: 0,
  },
  createdAt: '2026-01-05T09:00:00.000Z',
};

/** POST /api/v1/assessments/:id/invites */
export const inviteBody: z.input<typeof InviteBodySchema> = {
  emails: ['grace.hopper@example.com', 'alan.turing@example.com'],
};

/** The new invites with their links (shown once). */
export const invitesCreated: z.output<typeof InvitesCreatedSchema> = {
  invites: [
    {
      id: '0e58697c-8ba9-48db-9661-e5fd09c6cbb5',
      email: 'grace.hopper@example.com',
      extraMinutes: 0,
      expiresAt: '2026-12-16T16:06:17.256Z',
      usedAt: null,
      delivery: {
        status: 'outbox',
        tries: 0,
        lastResponse: null,
        nextAttemptAt: null,
        sentAt: null,
      },
      url: 'https://assay.example.com/invite/NNHecu2md8jT_ZLqo5RCNnRM0rrssaeBtj1knhLkCpY',
    },
    {
      id: 'd2e22fec-1c5d-43e9-afc1-7cd8e6f08f58',
      email: 'alan.turing@example.com',
      extraMinutes: 0,
      expiresAt: '2026-12-16T16:06:17.256Z',
      usedAt: null,
      delivery: {
        status: 'outbox',
        tries: 0,
        lastResponse: null,
        nextAttemptAt: null,
        sentAt: null,
      },
      url: 'https://assay.example.com/invite/SIMrtU5hMD1RstFmNJ-ne1H-_hEbcmycCaorT_fpHt4',
    },
  ],
};

/** GET /api/v1/assessments/:id/invites */
export const inviteViews: z.output<typeof InviteViewSchema>[] = [
  {
    id: '284b2f88-07e7-4b07-a468-2f14a183f30c',
    email: 'reviewed-candidate@assay.local',
    extraMinutes: 0,
    expiresAt: '2026-12-03T16:03:59.322Z',
    usedAt: '2026-12-02T16:04:00.139Z',
    delivery: {
      status: 'outbox',
      tries: 0,
      lastResponse: null,
      nextAttemptAt: null,
      sentAt: null,
    },
  },
];

/** A reissued invite: a new link, the old one superseded. */
export const reissuedInvite: z.output<typeof InviteViewSchema> = {
  id: 'ac7835a5-cf5a-4764-b5a6-f73b1a1e8b64',
  email: 'alan.turing@example.com',
  extraMinutes: 0,
  expiresAt: '2026-01-19T09:00:00.000Z',
  usedAt: null,
  delivery: {
    status: 'superseded',
    tries: 0,
    lastResponse: null,
    nextAttemptAt: null,
    sentAt: null,
  },
  url: 'https://assay.example.com/invite/zy0wAhGds6G1ZQvwxtVaGorQkwTfzRLGfhfpFnmE3nc',
};

/** PATCH /api/v1/invites/:id */
export const invitePatch: z.input<typeof InvitePatchSchema> = {
  extraMinutes: 5,
};

/** The invite with five extra minutes. */
export const patchedInvite: z.output<typeof InviteViewSchema> = {
  id: '74eb74ba-f8d3-46e5-99bd-41a1608d68d9',
  email: 'grace.hopper@example.com',
  extraMinutes: 5,
  expiresAt: '2026-02-03T09:15:16.000Z',
  usedAt: '2026-01-20T09:15:16.000Z',
  delivery: {
    status: 'outbox',
    tries: 0,
    lastResponse: null,
    nextAttemptAt: null,
    sentAt: null,
  },
};

/** GET /api/v1/assessments/:id/attempts */
export const attemptSummaries: z.output<typeof AttemptSummarySchema>[] = [
  {
    id: '865dad99-a178-4d5c-95a0-93f76b2c6297',
    email: 'reviewed-candidate@assay.local',
    status: 'finished',
    startedAt: '2026-12-02T16:04:00.139Z',
    deadlineAt: '2026-12-02T17:04:00.139Z',
    remainingMs: 0,
    finishedAt: '2026-12-02T16:04:02.540Z',
    finishReason: 'candidate',
    scores: {
      'merge-intervals': 1,
      'fix-search-insert': 1,
      'review-mutable-default': null,
      'compare-rle-readability': null,
      'compare-rle-readability-swapped': null,
    },
    score: {
      value: 0.5,
      status: 'provisional',
    },
  },
];

/** GET /api/v1/attempts/:id */
export const attemptDetail: z.output<typeof AttemptDetailSchema> = {
  attempt: {
    id: '865dad99-a178-4d5c-95a0-93f76b2c6297',
    assessmentId: '36b1b936-d7f5-413b-bc3a-77902b83efd0',
    email: 'reviewed-candidate@assay.local',
    versions: {
      'merge-intervals': 1,
      'fix-search-insert': 1,
      'review-mutable-default': 1,
      'compare-rle-readability': 1,
      'compare-rle-readability-swapped': 1,
    },
    startedAt: '2026-12-02T16:04:00.139Z',
    deadlineAt: '2026-12-02T17:04:00.139Z',
    finishedAt: '2026-12-02T16:04:02.540Z',
    finishReason: 'candidate',
    remainingMs: 0,
  },
  draftSaves: 5,
  storedBytes: {
    drafts: 2594,
    submissions: 5419,
    total: 8013,
  },
  sessions: [],
  submissions: [
    {
      id: '0623a15a-cfc6-4867-96e0-5c6217b80dfd',
      challengeId: 'compare-rle-readability-swapped',
      challengeVersion: 1,
      kind: 'submit',
      language: 'python',
      code: '',
      explanation: 'Both are correct and linear. I slightly prefer this one: it is compact and has no import, so there is less to maintain.',
      answers: {
        preference: {
          choice: 'B',
          strength: 'slightly',
        },
      },
      status: 'done',
      result: null,
      testsScore: null,
      error: null,
      createdAt: '2026-12-02T16:04:03.934Z',
      finishedAt: '2026-12-02T16:04:12.607Z',
    },
    {
      id: 'f6bc00cb-9fdc-477f-a77c-39506352d4d2',
      challengeId: 'compare-rle-readability',
      challengeVersion: 1,
      kind: 'submit',
      language: 'python',
      code: '',
      explanation: compareExplanation,
      answers: compareAnswers,
      status: 'done',
      result: null,
      testsScore: null,
      error: null,
      createdAt: '2026-12-02T16:04:03.720Z',
      finishedAt: '2026-12-02T16:04:12.335Z',
    },
  ],
};
