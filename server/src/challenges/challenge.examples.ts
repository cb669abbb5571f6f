import type { z } from 'zod';
import type { ChallengeDocumentSchema, ChallengeSummarySchema, ExportedChallengeSchema, FilesBodySchema, SavedChallengeSchema, ValidationReportSchema } from './challenge-api.schema';

/**
 * Example bodies of the admin challenge routes: a small two-language implement challenge, as files.
 * route-examples.test.ts checks each against its schema.
 */

/** GET /api/v1/challenges (the first three of the catalog). */
export const challengeSummaries: z.output<typeof ChallengeSummarySchema>[] = [
  {
    "id": "bracket-check",
    "title": "Bracket Checker",
    "kind": "implement",
    "version": 1,
    "languages": [
      "python",
      "javascript"
    ],
    "mode": "stdio",
    "archived": false,
    "updatedAt": "2026-12-02T16:03:43.504Z"
  },
  {
    "id": "compare-equal-brackets",
    "title": "Compare two bracket checkers",
    "kind": "compare",
    "version": 1,
    "languages": [
      "typescript"
    ],
    "mode": "function",
    "archived": false,
    "updatedAt": "2026-12-02T16:03:43.784Z"
  }
];

/** A challenge as its files (POST /api/v1/challenges, PUT /api/v1/challenges/:id, POST …/validate). */
export const challengeFiles: z.input<typeof FilesBodySchema> = {
  "files": {
    "challenge.yaml": "id: sum-of-digits\ntitle: Sum of Digits\nkind: implement\ndifficulty: easy\nlanguages: [python, javascript]\nmode: function\nentry: sumOfDigits\nsignature:\n  params:\n    - { name: n, type: int }\n  returns: int\ncomparison: exact\ntimeLimitMinutes: 10\n",
    "prompt.md": "# Sum of Digits\n\nReturn the sum of the decimal digits of the non-negative integer `n`.\n\n| `n` | result |\n| --- | --- |\n| `0` | `0` |\n| `1234` | `10` |\n",
    "reference/python.py": "def sum_of_digits(n: int) -> int:\n    return sum(int(d) for d in str(n))\n",
    "reference/javascript.js": "function sumOfDigits(n) {\n  return String(n).split('').reduce((s, d) => s + Number(d), 0);\n}\n",
    "tests/public.yaml": "- name: example\n  args: [1234]\n  expected: 10\n",
    "tests/hidden.yaml": "- name: zero\n  args: [0]\n  expected: 0\n- name: nines\n  args: [99999]\n  expected: 45\n"
  }
};

/** A challenge created at version 1. */
export const savedChallenge: z.output<typeof SavedChallengeSchema> = {
  "id": "sum-of-digits",
  "version": 1,
  "created": true
};

/** A changed challenge: a new version. */
export const updatedChallenge: z.output<typeof SavedChallengeSchema> = {
  "id": "sum-of-digits",
  "version": 2,
  "created": false
};

/** Every reference passed every test once. */
export const validationReport: z.output<typeof ValidationReportSchema> = {
  "id": "sum-of-digits",
  "kind": "implement",
  "valid": true,
  "languages": [
    "python",
    "javascript"
  ],
  "tests": {
    "public": 1,
    "hidden": 2
  },
  "timeMs": 6846,
  "problems": [],
  "results": [
    {
      "language": "python",
      "test": "example",
      "visibility": "public",
      "passes": 1,
      "runs": 1
    },
    {
      "language": "python",
      "test": "zero",
      "visibility": "hidden",
      "passes": 1,
      "runs": 1
    }
  ]
};

/** GET /api/v1/challenges/:id */
export const challengeDocument: z.output<typeof ChallengeDocumentSchema> = {
  "id": "sum-of-digits",
  "version": 1,
  "title": "Sum of Digits",
  "kind": "implement",
  "files": challengeFiles.files,
  "generatedStarters": {
    "python": "def sum_of_digits(n: int) -> int:\n    pass\n",
    "javascript": "/**\n * @param {number} n\n * @returns {number}\n */\nfunction sumOfDigits(n) {}\n"
  },
  "history": [
    {
      "version": 1,
      "hash": "6de4137f049198a694e1d64df15a62bda14ecad8e7ad485d8c7d3019b4f4e58c",
      "createdAt": "2026-12-02T16:08:20.548Z"
    }
  ]
};

/** GET /api/v1/challenges/:id/export */
export const exportedChallenge: z.output<typeof ExportedChallengeSchema> = { id: 'sum-of-digits', version: 1, files: challengeFiles.files };
