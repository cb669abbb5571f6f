import { z } from 'zod';
import { CandidateChallengeViewSchema } from '../challenges/challenge-view.schema';
import { candidateView } from '../challenges/challenge.presenter';
import { CANDIDATE_COOKIE, setSessionCookie } from '../auth/cookies';
import type { SessionService } from '../auth/session.service';
import { NotFoundError, TooManyRequestsError, UnauthorizedError } from '../http/errors';
import type { RouteContext, RouteRegistry } from '../http/route-registry';
import type { Clock } from '../lib/clock';
import { RateLimiter } from '../lib/rate-limiter';
import type { SubmissionRepo } from '../submissions/submission.repo';
import { presentForCandidate } from '../submissions/submission.presenter';
import { SubmissionParamsSchema, SubmissionViewSchema } from '../submissions/submission.schema';
import type { SubmissionService } from '../submissions/submission.service';
import { streamSubmission } from '../submissions/submission.stream';
import { ChallengeParamsSchema, CodeBodySchema, DraftBodySchema, DraftViewSchema, LandingViewSchema, SubmissionBriefSchema, TokenParamsSchema, AttemptViewSchema } from './attempt.schema';
import type { AttemptService } from './attempt.service';
import { presentAttempt } from './attempt.presenter';

export interface CandidateRouteDeps {
  attempts: AttemptService;
  submissions: SubmissionService;
  submissionRepo: SubmissionRepo;
  sessions: SessionService;
  clock: Clock;
  secureCookies: boolean;
}

const IdempotencyKey = z.string().min(1).max(200).optional();

function attemptIdOf(ctx: Pick<RouteContext<unknown, unknown, unknown>, 'principal'>): string {
  if (ctx.principal.kind !== 'candidate') throw new UnauthorizedError('open your invite link to start');
  return ctx.principal.attemptId;
}

/**
 * The candidate's API: the invite landing and start (public), then only
 * their own attempt. Per minute: 10 runs per attempt, 5 submits per
 * challenge, 120 draft saves per attempt.
 */
export function registerCandidateRoutes(routes: RouteRegistry, deps: CandidateRouteDeps): void {
  const limits = {
    run: new RateLimiter(10, 60_000, deps.clock),
    submit: new RateLimiter(5, 60_000, deps.clock),
    draft: new RateLimiter(120, 60_000, deps.clock),
  };
  const limit = (kind: keyof typeof limits, attemptId: string) => {
    const verdict = limits[kind].take(attemptId);
    if (!verdict.ok) throw new TooManyRequestsError(`too many ${kind}s; try again in ${verdict.retryAfterSeconds} s`, verdict.retryAfterSeconds);
  };

  routes.add({
    method: 'get',
    path: '/api/v1/invites/:token',
    tag: 'candidate',
    summary: 'What an invite link leads to, and whether it can be started',
    access: 'public',
    params: TokenParamsSchema,
    response: LandingViewSchema,
    handler: ({ params }) => deps.attempts.landing(params.token),
  });

  routes.add({
    method: 'post',
    path: '/api/v1/invites/:token/start',
    tag: 'candidate',
    summary: 'Start the timed attempt (or resume one in progress); sets the candidate session cookie',
    access: 'public',
    params: TokenParamsSchema,
    response: z.object({ attempt: AttemptViewSchema, csrfToken: z.string() }),
    async handler({ params, res }) {
      const attempt = await deps.attempts.start(params.token);
      const session = await deps.sessions.issue({ attemptId: attempt.id });
      setSessionCookie(res, CANDIDATE_COOKIE, session.token, session.expiresAt.getTime() - deps.clock.now().getTime(), deps.secureCookies);
      return { attempt: await presentAttempt(attempt, deps), csrfToken: session.csrfToken };
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/attempt',
    tag: 'candidate',
    summary: 'The current attempt: challenges, their state, and the time left by the server clock',
    access: 'candidate',
    response: AttemptViewSchema,
    handler: async (ctx) => presentAttempt(await deps.attempts.row(attemptIdOf(ctx)), deps),
  });

  routes.add({
    method: 'get',
    path: '/api/v1/attempt/challenges/:challengeId',
    tag: 'candidate',
    summary: 'One challenge as the candidate may see it, with their latest draft and submissions',
    access: 'candidate',
    params: ChallengeParamsSchema,
    response: z.object({
      challenge: CandidateChallengeViewSchema,
      languages: z.array(z.string()),
      draft: DraftViewSchema,
      submissions: z.array(SubmissionBriefSchema),
      remainingMs: z.number(),
    }),
    async handler(ctx) {
      const attempt = await deps.attempts.row(attemptIdOf(ctx));
      const { stored, languages } = await deps.attempts.challengeFor(attempt, ctx.params.challengeId);
      const rows = await deps.submissionRepo.summaries(attempt.id, { challengeId: ctx.params.challengeId, limit: 20 });
      const { tests } = stored.challenge;
      return {
        challenge: candidateView(stored.challenge),
        languages,
        draft: await deps.attempts.draft(attempt.id, ctx.params.challengeId),
        submissions: rows.map((r) => ({
          id: r.id,
          kind: r.kind === 'run' ? ('run' as const) : ('submit' as const),
          status: r.status,
          passed: r.passed,
          total: r.kind === 'run' ? tests.public.length : tests.hidden.length,
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
    response: z.object({ savedAt: z.string(), remainingMs: z.number() }),
    handler: async (ctx) => {
      const attemptId = attemptIdOf(ctx);
      limit('draft', attemptId);
      return deps.attempts.saveDraft(attemptId, ctx.params.challengeId, ctx.body);
    },
  });

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
      async handler(ctx) {
        const attemptId = attemptIdOf(ctx);
        const key = IdempotencyKey.safeParse(ctx.req.get('idempotency-key') ?? undefined);
        const idempotencyKey = key.success ? key.data : undefined;
        const existing = idempotencyKey ? await deps.submissionRepo.byIdempotencyKey(attemptId, idempotencyKey) : undefined;
        if (!existing) limit(kind, kind === 'submit' ? `${attemptId}:${ctx.params.challengeId}` : attemptId);
        const row = existing ?? (await deps.submissions.create(attemptId, ctx.params.challengeId, kind, ctx.body, idempotencyKey));
        const attempt = await deps.attempts.row(attemptId);
        const { stored } = await deps.attempts.challengeFor(attempt, row.challengeId);
        return presentForCandidate(row, stored.challenge);
      },
    });
  }

  const ownSubmission = async (ctx: RouteContext<unknown, unknown, { id: string }>) => {
    const attemptId = attemptIdOf(ctx);
    const row = await deps.submissionRepo.byId(ctx.params.id);
    if (!row || row.attemptId !== attemptId) throw new NotFoundError('submission');
    const attempt = await deps.attempts.row(attemptId);
    const { stored } = await deps.attempts.challengeFor(attempt, row.challengeId);
    return { row, challenge: stored.challenge };
  };

  routes.add({
    method: 'get',
    path: '/api/v1/attempt/submissions/:id',
    tag: 'candidate',
    summary: 'A run or submission of this attempt',
    access: 'candidate',
    params: SubmissionParamsSchema,
    response: SubmissionViewSchema,
    handler: async (ctx) => {
      const { row, challenge } = await ownSubmission(ctx);
      return presentForCandidate(row, challenge);
    },
  });

  routes.add({
    method: 'get',
    path: '/api/v1/attempt/submissions/:id/events',
    tag: 'candidate',
    summary: 'Server-sent events: the submission view at each status change, until done',
    access: 'candidate',
    params: SubmissionParamsSchema,
    handler: async (ctx) => {
      const { row, challenge } = await ownSubmission(ctx);
      const load = async () => (await deps.submissionRepo.byId(row.id)) ?? row;
      await streamSubmission(ctx.req, ctx.res, row.id, deps.submissions.events, load, (r) => presentForCandidate(r, challenge));
      return undefined;
    },
  });

  routes.add({
    method: 'post',
    path: '/api/v1/attempt/finish',
    tag: 'candidate',
    summary: 'Finish now: the latest drafts are submitted and the attempt closes',
    access: 'candidate',
    response: AttemptViewSchema,
    handler: async (ctx) => presentAttempt(await deps.attempts.finish(attemptIdOf(ctx), 'candidate'), deps),
  });
}
