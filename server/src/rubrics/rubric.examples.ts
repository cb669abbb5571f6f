import type { z } from 'zod';
import type { RubricDocumentSchema, RubricRevisionSchema, RubricSaveBodySchema, RubricSavedSchema } from './rubric-api.schema';

/**
 * Example bodies of the rubric editor routes: Merge Intervals’ rubric, edited once.
 * route-examples.test.ts checks each against its schema.
 */

/** The current revision of the rubric. */
export const rubricRevision: z.output<typeof RubricRevisionSchema> = {
  version: 2,
  revision: 1,
  challengeVersion: 3,
  rubric: {
    scoring: 'positive',
    floor: 0,
    criteria: [
      {
        id: 'approach',
        title: 'Approach',
        description: 'Describes the method (sort by start, then sweep and extend or start an interval).',
        weight: 1,
        levels: [
          {
            points: 0,
            descriptor: 'No approach, or one unrelated to the code.',
          },
          {
            points: 1,
            descriptor: 'Names sorting or merging without saying how they combine.',
          },
          {
            points: 2,
            descriptor: 'Describes the sweep but leaves out when an interval is extended.',
          },
          {
            points: 5,
            descriptor: 'Clear sort-then-sweep description that matches the code.',
          },
        ],
        notes: 'Accept equivalent approaches (e.g. sorting events) if they are described accurately.',
      },
      {
        id: 'correctness',
        title: 'Why it is correct',
        description: 'Argues why sorting makes a single pass sufficient, including touching intervals.',
        weight: 1,
        levels: [
          {
            points: 0,
            descriptor: 'No argument.',
          },
          {
            points: 0.5,
            descriptor: 'Names the overlap case only.',
          },
          {
            points: 1,
            descriptor: 'Asserts correctness or covers only the overlapping case.',
          },
          {
            points: 2,
            descriptor: 'Explains why only the last merged interval can overlap the next one, touching ends included.',
          },
        ],
      },
      {
        id: 'complexity',
        title: 'Complexity',
        description: 'States time and space complexity and where they come from.',
        weight: 2,
        levels: [
          {
            points: 0,
            descriptor: 'Missing or wrong.',
          },
          {
            points: 1,
            descriptor: 'Correct time or space, not both, or no justification.',
          },
          {
            points: 2,
            descriptor: 'O(n log n) time from the sort, O(n) space for the output (or sorted copy).',
          },
        ],
        notes: 'O(n) time is wrong unless the candidate assumes sorted input and says so.',
      },
    ],
    gates: [
      {
        criterion: 'approach',
        minPoints: 1,
      },
    ],
  },
  editedBy: {
    id: 'aa250aa9-3715-4670-9f27-a8c23cea832d',
    name: 'Demo Admin',
  },
  note: 'a level between none and some',
  createdAt: '2026-01-05T09:00:00.000Z',
};

/** GET /api/v1/challenges/:id/rubric (the older revisions left out of `history`). */
export const rubricDocument: z.output<typeof RubricDocumentSchema> = {
  challengeId: 'merge-intervals',
  challengeTitle: 'Merge Intervals',
  challengeVersion: 3,
  current: rubricRevision,
  history: [rubricRevision],
  versions: [
    { version: 2, revision: 1, reviews: 0, current: true },
    { version: 1, revision: 2, reviews: 2, current: false },
  ],
};

/** PUT /api/v1/challenges/:id/rubric: saved from version 2, revision 1. */
export const rubricSaveBody: z.input<typeof RubricSaveBodySchema> = {
  rubric: rubricRevision.rubric,
  note: 'complexity: accept O(n) for sorted input',
  base: { version: 2, revision: 1 },
};

/** Same criteria and levels: a new revision of version 2. */
export const rubricSaved: z.output<typeof RubricSavedSchema> = {
  outcome: 'revision',
  version: 2,
  revision: 2,
  challengeVersion: 4,
  rescored: 0,
  keptOld: 0,
};
