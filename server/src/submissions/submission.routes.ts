import { z } from 'zod';
import { candidateAttemptId } from '../auth/principal';
import type { RouteRegistry } from '../http/route-registry';
import { CodeBodySchema, ChallengeParamsSchema } from '../attempts/attempt.schema';
import { presentForCandidate } from './submission.presenter';
import { SubmissionParamsSchema, SubmissionViewSchema } from './submission.schema';
import type { SubmissionRow } from './submission.repo';
import type { CandidateSubmission, SubmissionService } from './submission.service';
import { StreamSlots, streamSubmission } from './submission.stream';
import * as ex from './submission.examples';

/** An `Idempotency-Key` header as accepted; anything else is ignored (the POST is then not idempotent). */
const IdempotencyKeySchema = z.string().min(1).max(200);

/**
 * A candidate's runs (public examples) and submits (hidden tests), and the
 * SSE stream of one. Thin: every check and load happens once, in the service.
 */
export function registerSubmissionRoutes(routes: RouteRegistry, deps: { submissions: SubmissionService }): void {
  const streams = new StreamSlots();
  for (const kind of ['run', 'submit'] as const) {
    routes.add({
      method: 'post',
      path: `/api/v1/attempt/challenges/:challengeId/${kind}`,
      tag: 'candidate',
      summary: kind === 'run' ? 'Run the public examples (full detail back)' : 'Submit against the hidden tests (counts only); the last submit counts',
      access: 'candidate',
      status: 202,
      params: ChallengeParamsSchema,
      body: CodeBodySchema,
      response: SubmissionViewSchema,
      example: { body: ex.codeBody, response: kind === 'run' ? ex.runQueued : ex.submitQueued },
      async handler(ctx) {
        const key = IdempotencyKeySchema.safeParse(ctx.req.get('idempotency-key'));
        const { row, challenge, feedback } = await deps.submissions.create({
          attemptId: candidateAttemptId(ctx.principal),
          challengeId: ctx.params.challengeId,
          kind,
          body: ctx.body,
          idempotencyKey: key.success ? key.data : undefined,
        });
        return presentForCandidate(row, challenge, feedback, await deps.submissions.queuePosition(row));
      },
    });
  }

  routes.add({
    method: 'get',
    path: '/api/v1/attempt/submissions/:id',
    tag: 'candidate',
    summary: 'A run or submission of this attempt',
    access: 'candidate',
    params: SubmissionParamsSchema,
    response: SubmissionViewSchema,
    example: { response: ex.runDone },
    handler: async (ctx) => {
      const { row, challenge, feedback } = await deps.submissions.own(candidateAttemptId(ctx.principal), ctx.params.id);
      return presentForCandidate(row, challenge, feedback, await deps.submissions.queuePosition(row));
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/attempt/submissions/:id/events',
    tag: 'candidate',
    summary: 'Server-sent events: the submission view at each status change and queue move, until done (at most 4 open per attempt, then 429)',
    access: 'candidate',
    params: SubmissionParamsSchema,
    handler: async (ctx) => {
      const attemptId = candidateAttemptId(ctx.principal);
      let view: CandidateSubmission | undefined;
      let release = () => {};
      const source = {
        events: deps.submissions.events,
        // The one read of the row (after the stream subscribed): 404 for anyone else's, then a slot or 429.
        load: async () => {
          view = await deps.submissions.own(attemptId, ctx.params.id);
          release = streams.take(attemptId);
          return view.row;
        },
        position: (r: SubmissionRow) => deps.submissions.queuePosition(r),
        onMove: (listener: () => void) => deps.submissions.onQueueMove(listener),
      };
      try {
        await streamSubmission(
          ctx.req,
          ctx.res,
          ctx.params.id,
          source,
          (r, ahead) => presentForCandidate(r, view!.challenge, view!.feedback, ahead),
          () => release(),
        );
      } catch (error) {
        release();
        throw error;
      }
      return undefined;
    },
  });
}
