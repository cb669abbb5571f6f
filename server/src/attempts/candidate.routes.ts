import { candidateView } from '../challenges/challenge.presenter';
import { isCritique } from '../challenges/challenge.schema';
import { CANDIDATE_COOKIE, setSessionCookie } from '../auth/cookies';
import { TooManyRequestsError } from '../http/errors';
import type { RouteRegistry } from '../http/route-registry';
import { candidateAttemptId, type Principal } from '../auth/principal';
import type { Clock } from '../lib/clock';
import { RateLimiter } from '../lib/rate-limiter';
import type { SubmissionRepo } from '../submissions/submission.repo';
import {
  AttemptViewSchema,
  ChallengeDetailSchema,
  ChallengeParamsSchema,
  DraftBodySchema,
  DraftSavedSchema,
  LandingViewSchema,
  StartedViewSchema,
  TokenParamsSchema,
} from './attempt.schema';
import type { AttemptService } from './attempt.service';
import type { AttemptSessionService } from './attempt-session.service';
import type { FinishAttempt } from '../commands/finish-attempt';
import { presentAttempt } from './attempt.presenter';
import * as ex from './attempt.examples';

export interface CandidateRouteDeps {
  attempts: AttemptService;
  finishAttempt: FinishAttempt;
  submissionRepo: SubmissionRepo;
  attemptSessions: AttemptSessionService;
  clock: Clock;
  secureCookies: boolean;
}

const attemptIdOf = (ctx: { principal: Principal }) => candidateAttemptId(ctx.principal);

/**
 * The candidate's API: the invite landing and start (public), then only
 * their own attempt (runs and submits: submissions/submission.routes.ts).
 * 120 draft saves per attempt per minute.
 */
export function registerCandidateRoutes(routes: RouteRegistry, deps: CandidateRouteDeps): void {
  const drafts = new RateLimiter(120, 60_000, deps.clock);
  const limitDrafts = (attemptId: string) => {
    const verdict = drafts.take(attemptId);
    if (!verdict.ok) throw new TooManyRequestsError(`too many drafts; try again in ${verdict.retryAfterSeconds} s`, verdict.retryAfterSeconds);
  };

  routes.add({
    method: 'get',
    path: '/api/v1/invites/:token',
    tag: 'candidate',
    summary: 'What an invite link leads to, and whether it can be started',
    access: 'public',
    params: TokenParamsSchema,
    response: LandingViewSchema,
    example: { response: ex.landingView },
    handler: ({ params }) => deps.attempts.landing(params.token),
  });

  routes.add({
    method: 'post',
    path: '/api/v1/invites/:token/start',
    tag: 'candidate',
    summary: 'Start the timed attempt (or resume one in progress); sets the candidate session cookie and ends any earlier session of the attempt',
    access: 'public',
    params: TokenParamsSchema,
    response: StartedViewSchema,
    example: { response: ex.startedView },
    async handler({ params, req, res }) {
      const attempt = await deps.attempts.start(params.token);
      const session = await deps.attemptSessions.begin(attempt.id, { userAgent: req.get('user-agent'), address: req.ip });
      setSessionCookie(res, CANDIDATE_COOKIE, session.token, session.expiresAt.getTime() - deps.clock.now().getTime(), deps.secureCookies);
      return { attempt: await presentAttempt(await deps.attempts.contextOf(attempt), deps), csrfToken: session.csrfToken };
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/attempt',
    tag: 'candidate',
    summary: 'The current attempt: challenges, their state, and the time left by the server clock',
    access: 'candidate',
    response: AttemptViewSchema,
    example: { response: ex.attemptView },
    handler: async (ctx) => presentAttempt(await deps.attempts.context(attemptIdOf(ctx)), deps),
  });

  routes.add({
    method: 'get',
    path: '/api/v1/attempt/challenges/:challengeId',
    tag: 'candidate',
    summary: 'One challenge as the candidate may see it, with their latest draft and submissions',
    access: 'candidate',
    params: ChallengeParamsSchema,
    response: ChallengeDetailSchema,
    example: { response: ex.challengeDetail },
    async handler(ctx) {
      const context = await deps.attempts.context(attemptIdOf(ctx));
      const { attempt } = context;
      const { stored, languages } = await deps.attempts.challengeFor(context, ctx.params.challengeId);
      const rows = await deps.submissionRepo.summaries(attempt.id, { challengeId: ctx.params.challengeId, limit: 20 });
      const feedback = deps.attempts.feedbackFor(context);
      const { tests } = stored.challenge;
      const critique = isCritique(stored.challenge.meta.kind);
      return {
        challenge: candidateView(stored.challenge, undefined, deps.attempts.responseOrder(attempt, ctx.params.challengeId)),
        languages,
        draft: await deps.attempts.draft(attempt.id, ctx.params.challengeId),
        // Summary columns only (this view is reloaded often); a submit's count follows the feedback level.
        // Review and compare: a probe has no count, and a submit's would tell the key.
        submissions: rows.map((r) => ({
          id: r.id,
          kind: r.kind === 'run' ? ('run' as const) : ('submit' as const),
          status: r.status,
          passed: critique || (r.kind !== 'run' && feedback === 'none') ? null : r.passed,
          total: critique ? (r.kind === 'run' ? null : 0) : r.kind === 'run' ? tests.public.length : tests.hidden.length,
          createdAt: r.createdAt.toISOString(),
        })),
        remainingMs: deps.attempts.remainingMs(attempt),
      };
    },
  });

  routes.add({
    method: 'put',
    path: '/api/v1/attempt/challenges/:challengeId/draft',
    tag: 'candidate',
    summary: 'Autosave: code for one language, the explanation and answers (kept as history)',
    access: 'candidate',
    params: ChallengeParamsSchema,
    body: DraftBodySchema,
    response: DraftSavedSchema,
    example: { body: ex.draftBody, response: ex.draftSaved },
    handler: async (ctx) => {
      const attemptId = attemptIdOf(ctx);
      limitDrafts(attemptId);
      return deps.attempts.saveDraft(attemptId, ctx.params.challengeId, ctx.body);
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/attempt/finish',
    tag: 'candidate',
    summary: 'Finish now: the latest drafts are submitted and the attempt closes',
    access: 'candidate',
    response: AttemptViewSchema,
    example: { response: ex.finishedAttempt },
    handler: async (ctx) => presentAttempt(await deps.attempts.contextOf(await deps.finishAttempt.run(attemptIdOf(ctx), 'candidate')), deps),
  });
}
