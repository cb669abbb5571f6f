import { z } from 'zod';

/** One item waiting for review: blind (no candidate identity, no other reviewer's scores). */
export const ReviewQueueItemSchema = z.object({
  submissionId: z.string(),
  challengeId: z.string(),
  challengeTitle: z.string(),
  kind: z.string(),
  language: z.string(),
  submittedAt: z.string(),
  explanationWords: z.number(),
});

/** What a reviewer sees of one submission. */
export const ReviewItemSchema = z.object({
  submissionId: z.string(),
  challenge: z.object({
    id: z.string(),
    title: z.string(),
    kind: z.string(),
    prompt: z.string(),
    explanationPrompt: z.string().nullable(),
    rubric: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        description: z.string(),
        points: z.number(),
        levels: z.array(z.object({ score: z.number(), description: z.string() })),
        notes: z.string().nullable(),
      }),
    ),
  }),
  language: z.string(),
  code: z.string(),
  explanation: z.string().nullable(),
  answers: z.unknown().nullable(),
  tests: z.object({
    compile: z.object({ ok: z.boolean(), output: z.string() }).nullable(),
    passed: z.number().nullable(),
    total: z.number(),
    groups: z.array(z.object({ name: z.string(), passed: z.number(), total: z.number() })),
    verdicts: z.record(z.string(), z.number()),
  }),
  submittedAt: z.string(),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const ReviewParamsSchema = z.strictObject({ submissionId: z.string().min(1).max(100) });
