import type { z } from 'zod';
import type { AgreementReportSchema, GoldBodySchema, GoldItemSchema, PauseBodySchema, PauseViewSchema, ReviewersReportSchema } from './calibration.schema';

/**
 * Example bodies of the calibration routes: gold items, reviewer accuracy, agreement, pauses.
 * route-examples.test.ts checks each against its schema.
 */

/** POST /api/v1/review-items/:itemId/gold: the levels a correct review picks. */
export const goldBody: z.input<typeof GoldBodySchema> = {
  levels: {
    correctness: 2,
    tradeoffs: 2,
    evidence: 1,
    communication: 2,
  },
};

/** The new gold item: reviewers get it like any other. */
export const goldItem: z.output<typeof GoldItemSchema> = {
  itemId: 'f3a9c1e2-5b7d-4e08-9c41-2a6d8b0e7f15',
  sourceItemId: '2d627cdd-66b4-4319-9b6c-c6887fda31e5',
  challengeId: 'compare-rle-readability',
  challengeTitle: 'Compare two run-length encoders',
  rubricVersion: 1,
  goldLevels: {
    correctness: 2,
    tradeoffs: 2,
    evidence: 1,
    communication: 2,
  },
  status: 'active',
  reviews: 0,
  createdAt: '2026-12-02T16:45:00.000Z',
  retiredAt: null,
};

/** GET /api/v1/assessments/:id/gold */
export const goldItems: z.output<typeof GoldItemSchema>[] = [{ ...goldItem, reviews: 3 }];

/** GET /api/v1/assessments/:id/reviewers (one reviewer shown). */
export const reviewersReport: z.output<typeof ReviewersReportSchema> = {
  assessmentId: 'a0d605c9-76b2-4476-a121-9715e2dc65d7',
  threshold: 0.7,
  minItems: 3,
  reviewers: [
    {
      reviewer: {
        id: 'f28bc89a-802d-45d2-9da2-9efdd2a5f81c',
        name: 'Sam Okafor',
        email: 'sam.okafor@example.com',
        paused: false,
      },
      role: 'reviewer',
      pause: null,
      scoredItems: 0,
      gold: {
        items: 3,
        criteria: 6,
        accuracy: 0.6666666666666666,
        meanDistance: 0.3333333333333333,
      },
      peers: {
        items: 0,
        pairs: 0,
        kappa: null,
        reading: {
          band: 'not_enough_data',
          text: 'not enough data: 0 items, at least 3 needed',
        },
        note: null,
      },
      flagged: true,
      flags: ['accuracy against gold 66.7% is below the threshold 0.7 (3 gold items)'],
    },
  ],
};

/** GET /api/v1/assessments/:id/agreement (the first criterion and reviewer pair shown). */
export const agreementReport: z.output<typeof AgreementReportSchema> = {
  assessmentId: '1044d479-313f-42da-a150-f89a079b9b34',
  reviews: 17,
  overall: {
    key: 'overall',
    label: 'Rubric score (all challenges)',
    kind: 'overall',
    challengeId: null,
    criterionId: null,
    rubricVersion: null,
    items: 8,
    reviewers: 3,
    alpha: {
      nominal: {
        value: 0.3162393162393162,
        status: 'ok',
        items: 8,
        minItems: 5,
        reading: {
          band: 'unreliable',
          text: 'not reliable (Krippendorff: alpha below 0.667)',
        },
        note: null,
      },
      ordinal: {
        value: 0.671249342648937,
        status: 'ok',
        items: 8,
        minItems: 5,
        reading: {
          band: 'tentative',
          text: 'tentative conclusions only (Krippendorff: 0.667 ≤ alpha < 0.800)',
        },
        note: null,
      },
      interval: {
        value: 0.7489063830216893,
        status: 'ok',
        items: 8,
        minItems: 5,
        reading: {
          band: 'tentative',
          text: 'tentative conclusions only (Krippendorff: 0.667 ≤ alpha < 0.800)',
        },
        note: null,
      },
    },
    icc: {
      single: {
        value: 0.7562496746661999,
        status: 'ok',
        items: 8,
        minItems: 5,
        reading: {
          band: 'good',
          text: 'good reliability (Koo & Li 2016: 0.75 to 0.9)',
        },
        note: null,
      },
      average: {
        value: 0.8612097534593831,
        status: 'ok',
        items: 8,
        minItems: 5,
        reading: {
          band: 'good',
          text: 'good reliability (Koo & Li 2016: 0.75 to 0.9)',
        },
        note: null,
      },
      raters: 2,
    },
    pairs: [
      {
        reviewers: [
          {
            id: 'd9255652-3628-4a72-8845-e879d9144d90',
            name: 'Lin Chen',
            email: 'lin.chen@example.com',
            paused: false,
          },
          {
            id: 'a709d8d3-7b0e-4100-95c9-6a0dc4dc39a9',
            name: 'Sam Okafor',
            email: 'sam.okafor@example.com',
            paused: false,
          },
        ],
        unweighted: {
          value: 0.4838709677419354,
          status: 'ok',
          items: 6,
          minItems: 5,
          reading: {
            band: 'moderate',
            text: 'moderate agreement (Landis & Koch 1977: 0.41 to 0.60)',
          },
          note: '12 criterion ratings from 6 items, pooled (levels scaled to [0, 1])',
        },
        weighted: {
          value: 0.7037037037037037,
          status: 'ok',
          items: 6,
          minItems: 5,
          reading: {
            band: 'substantial',
            text: 'substantial agreement (Landis & Koch 1977: 0.61 to 0.80)',
          },
          note: '12 criterion ratings from 6 items, pooled (levels scaled to [0, 1])',
        },
      },
    ],
  },
  criteria: [
    {
      key: 'compare-rle-readability@1:correctness',
      label: 'Compare two run-length encoders: Correctness reasoning',
      kind: 'criterion',
      challengeId: 'two-sum',
      criterionId: 'correctness',
      rubricVersion: 1,
      items: 8,
      reviewers: 3,
      alpha: {
        nominal: {
          value: 0.6631578947368422,
          status: 'ok',
          items: 8,
          minItems: 5,
          reading: {
            band: 'unreliable',
            text: 'not reliable (Krippendorff: alpha below 0.667)',
          },
          note: null,
        },
        ordinal: {
          value: 0.8405228758169935,
          status: 'ok',
          items: 8,
          minItems: 5,
          reading: {
            band: 'reliable',
            text: 'reliable (Krippendorff: alpha ≥ 0.800)',
          },
          note: null,
        },
        interval: {
          value: 0.8400000000000001,
          status: 'ok',
          items: 8,
          minItems: 5,
          reading: {
            band: 'reliable',
            text: 'reliable (Krippendorff: alpha ≥ 0.800)',
          },
          note: null,
        },
      },
      icc: null,
      pairs: [
        {
          reviewers: [
            {
              id: 'd9255652-3628-4a72-8845-e879d9144d90',
              name: 'Lin Chen',
              email: 'lin.chen@example.com',
              paused: false,
            },
            {
              id: 'a709d8d3-7b0e-4100-95c9-6a0dc4dc39a9',
              name: 'Sam Okafor',
              email: 'sam.okafor@example.com',
              paused: false,
            },
          ],
          unweighted: {
            value: 0.4999999999999999,
            status: 'ok',
            items: 6,
            minItems: 5,
            reading: {
              band: 'moderate',
              text: 'moderate agreement (Landis & Koch 1977: 0.41 to 0.60)',
            },
            note: null,
          },
          weighted: {
            value: 0.75,
            status: 'ok',
            items: 6,
            minItems: 5,
            reading: {
              band: 'substantial',
              text: 'substantial agreement (Landis & Koch 1977: 0.61 to 0.80)',
            },
            note: null,
          },
        },
      ],
    },
  ],
};

/** POST /api/v1/reviewers/:userId/pause */
export const pauseBody: z.input<typeof PauseBodySchema> = {
  reason: 'below threshold',
};

/** The reviewer, paused. */
export const pauseView: z.output<typeof PauseViewSchema> = {
  reviewerId: '573e8e4a-8251-4bc8-a6d6-7d6661dc2a25',
  reason: 'below threshold',
  pausedAt: '2026-01-05T09:00:06.000Z',
  pausedBy: 'a8d99e88-c8b5-4167-bf4f-fe944207282a',
};
