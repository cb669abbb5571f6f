import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { LanguageRegistry, boundedRunner, createEngine, type Runner } from '@assay/runners';
import { createApp } from './app';
import { AssessmentRepo } from './assessments/assessment.repo';
import { AssessmentService } from './assessments/assessment.service';
import { registerAssessmentRoutes } from './assessments/assessment.routes';
import { AttemptMonitor } from './assessments/attempt-monitor';
import { AttemptRepo } from './attempts/attempt.repo';
import { AttemptSessionRepo } from './attempts/attempt-session.repo';
import { AttemptService } from './attempts/attempt.service';
import { AttemptSessionService } from './attempts/attempt-session.service';
import { registerCandidateRoutes } from './attempts/candidate.routes';
import { registerCandidateSessionRoutes } from './attempts/candidate-session.routes';
import { createGuard } from './auth/auth.guard';
import { registerAuthRoutes } from './auth/auth.routes';
import { SessionRepo } from './auth/session.repo';
import { SessionService } from './auth/session.service';
import { CachingChallengeRepo } from './challenges/caching-challenge.repo';
import type { ChallengeRepo } from './challenges/challenge.repo';
import { registerChallengeRoutes } from './challenges/challenge.routes';
import { ChallengeService } from './challenges/challenge.service';
import { CalibrationRepo } from './calibration/calibration.repo';
import { registerCalibrationRoutes } from './calibration/calibration.routes';
import { CalibrationService } from './calibration/calibration.service';
import { ReviewerPauseRepo } from './calibration/reviewer-pause.repo';
import { registerReviewRoutes } from './reviews/review.routes';
import { ReviewRepo } from './reviews/review.repo';
import { ReviewService } from './reviews/review.service';
import { AdjudicationService } from './reviews/adjudication.service';
import { RubricRepo } from './rubrics/rubric.repo';
import { registerRubricRoutes } from './rubrics/rubric.routes';
import { RubricEditor } from './rubrics/rubric.service';
import { RubricStore } from './rubrics/rubric.store';
import type { Config } from './config';
import { openDatabase, type Database } from './db/client';
import { RouteRegistry } from './http/route-registry';
import { systemClock, type Clock } from './lib/clock';
import { DomainEvents } from './lib/domain-events';
import { homePage } from './ops/home-page';
import { webApp, webDistDir } from './ops/web-app';
import { Metrics } from './ops/metrics';
import { BullRunQueue, startBullWorker, watchBullJobs } from './submissions/bull-queue';
import { defaultPerAttempt, type FairnessPolicy, type RetryPolicy } from './submissions/fair-order';
import { InProcessQueue, type RunQueue } from './submissions/run-queue';
import { SubmissionRepo } from './submissions/submission.repo';
import { SubmissionService } from './submissions/submission.service';
import { SubmissionEvents } from './submissions/submission.events';
import { SubmissionWorker } from './submissions/submission.worker';
import { FinishAttempt } from './commands/finish-attempt';
import { AttemptScoreRepo } from './grading/attempt-score.repo';
import { AttemptScores } from './grading/attempt-scores';
import { ReportRepo } from './reports/report.repo';
import { registerReportRoutes } from './reports/report.routes';
import { ReportService } from './reports/report.service';
import { registerSubmissionRoutes } from './submissions/submission.routes';
import { UserRepo } from './users/user.repo';
import { UserService } from './users/user.service';
import { registerLanguageRoutes } from './languages/language.routes';
import { ExportRepo } from './exports/export.repo';
import { registerExportRoutes } from './exports/export.routes';
import { ExportService } from './exports/export.service';
import { systemTimers, WebhookDispatcher, type RetryPolicy as WebhookRetryPolicy, type Timers } from './webhooks/webhook-dispatcher';
import { WebhookRepo } from './webhooks/webhook.repo';
import { registerWebhookRoutes } from './webhooks/webhook.routes';
import { WebhookService } from './webhooks/webhook.service';
import { DEFAULT_SEND_LIMITS, httpSender, type SendLimits } from './webhooks/webhook-sender';
import { InviteEmailRepo } from './mail/invite-email.repo';
import { registerInviteEmailRoutes } from './mail/invite-email.routes';
import { InviteEmailService } from './mail/invite-email.service';
import { InviteEmailWorker } from './mail/invite-email.worker';
import { DEFAULT_SMTP_TIMEOUTS, smtpTransport, type SmtpTimeouts } from './mail/mail-transport';

export const VERSION = '0.1.0';

/** What the services need from the config. */
export type ServiceConfig = Pick<Config, 'graceSeconds' | 'runConcurrency' | 'queueCapacity' | 'secureCookies'> &
  Partial<Pick<Config, 'trustProxy' | 'metricsToken'>> & {
    publicUrl: string;
    redisUrl?: string;
    attemptConcurrency?: number;
    /** Engine-fault retries (tests shorten the backoff). */
    retry?: RetryPolicy;
    /** Webhook sends: timeout and answer bytes read, retry backoff (tests shorten them). */
    webhooks?: Partial<SendLimits> & { retry?: WebhookRetryPolicy };
    /** Invite emails through this SMTP server (config ASSAY_SMTP_URL); unset: the outbox. */
    smtpUrl?: string;
    /** The sender address (config ASSAY_MAIL_FROM). Default assay@localhost. */
    mailFrom?: string;
    /** Invite email tries: SMTP timeouts and the retry backoff (tests shorten them). */
    mail?: { timeouts?: Partial<SmtpTimeouts>; retry?: WebhookRetryPolicy };
  };

/** The cap on one attempt's jobs in flight this config asks for. */
export function fairnessOf(config: ServiceConfig): FairnessPolicy {
  return { perAttempt: config.attemptConcurrency ?? defaultPerAttempt(config.runConcurrency) };
}

/** Everything the server runs on, wired once. */
export interface Services {
  config: ServiceConfig;
  database: Database;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  runner: Runner;
  /** The languages the engine runs (docker/<id>/language.json). */
  registry: LanguageRegistry;
  users: UserService;
  sessions: SessionService;
  attemptSessions: AttemptSessionService;
  challenges: ChallengeRepo;
  challengeAdmin: ChallengeService;
  assessments: AssessmentService;
  attempts: AttemptService;
  submissionRepo: SubmissionRepo;
  submissions: SubmissionService;
  /** Runs queued submissions (the in-process queue's consumer; BullMQ workers call it too). */
  worker: SubmissionWorker;
  finishAttempt: FinishAttempt;
  queue: RunQueue;
  monitor: AttemptMonitor;
  reviews: ReviewService;
  /** Disputed review items: side by side, final scores with a reason. */
  adjudications: AdjudicationService;
  /** Notifications between domains (`attempt.submitted`, `attempt.final`). */
  domainEvents: DomainEvents;
  /** The rubric each challenge is scored with, by version. */
  rubrics: RubricStore;
  /** Admin edits of rubrics: a new challenge version, then the store's next revision or version. */
  rubricEditor: RubricEditor;
  /** Attempts' scores from tests and reviews; records when each became final. */
  attemptScores: AttemptScores;
  /** Candidate reports (admins). */
  reports: ReportService;
  /** Reviewers paused from taking new items ("next item" and the views that mark their scores read it). */
  reviewerPauses: ReviewerPauseRepo;
  /** Gold items, reviewers' accuracy and agreement, pauses, agreement figures. */
  calibration: CalibrationService;
  /** Attempts and reviewer labels of an assessment as CSV or JSONL. */
  exports: ExportService;
  webhooks: WebhookService;
  /** Sends due webhook deliveries; started by startServer, tests call its `tick`. */
  webhookDispatcher: WebhookDispatcher;
  /** Invite email templates, the emails (outbox) and their delivery state. */
  inviteEmails: InviteEmailService;
  /** Sends queued invite emails; only with SMTP configured. Started by startServer, tests call its `tick`. */
  inviteEmailWorker?: InviteEmailWorker;
}

/** Builds the services over an open database and a runner (no HTTP, no timers). */
export function createServices(
  database: Database,
  deps: { runner: Runner; logger: Logger; config: ServiceConfig; clock?: Clock; registry?: LanguageRegistry; timers?: Timers },
): Services {
  const clock = deps.clock ?? systemClock;
  const { db } = database;
  const metrics = new Metrics();
  const domainEvents = new DomainEvents(deps.logger);
  // Submissions are bounded by the queue; an admin's validation (many runs at once) bounds itself the same way.
  const validationRunner = boundedRunner(deps.runner, deps.config.runConcurrency);
  const challenges = new CachingChallengeRepo(db, clock);
  const registry = deps.registry ?? LanguageRegistry.load();
  const inviteEmailRepo = new InviteEmailRepo(db);
  const { smtpUrl } = deps.config;
  const inviteEmailWorker = smtpUrl
    ? new InviteEmailWorker({
        repo: inviteEmailRepo,
        transport: smtpTransport(smtpUrl, { ...DEFAULT_SMTP_TIMEOUTS, ...deps.config.mail?.timeouts }),
        clock,
        timers: deps.timers ?? systemTimers,
        logger: deps.logger.child({ module: 'mail' }),
        retry: deps.config.mail?.retry,
      })
    : undefined;
  const inviteEmails: InviteEmailService = new InviteEmailService({
    repo: inviteEmailRepo,
    clock,
    fromAddress: deps.config.mailFrom ?? 'assay@localhost',
    smtp: inviteEmailWorker !== undefined,
    assessment: (id) => assessments.row(id),
    languageName: (id) => registry.all().find((l) => l.id === id)?.name ?? id,
    publicUrl: () => deps.config.publicUrl,
    onQueued: () => inviteEmailWorker?.kick(),
  });
  const assessments = new AssessmentService(new AssessmentRepo(db), clock, challenges, () => deps.config.publicUrl, inviteEmails);
  const submissionRepo = new SubmissionRepo(db);
  const sessions = new SessionService(new SessionRepo(db), clock);
  const attemptSessions = new AttemptSessionService(new AttemptSessionRepo(db), clock, sessions);
  const attemptRepo = new AttemptRepo(db);
  const attempts = new AttemptService(attemptRepo, clock, assessments, challenges, deps.config.graceSeconds * 1000);
  const rubricRepo = new RubricRepo(db);
  const rubrics = new RubricStore(rubricRepo, challenges, clock);
  const reviewRepo = new ReviewRepo(db);
  const attemptScores = new AttemptScores({ repo: new AttemptScoreRepo(db), reviews: reviewRepo, rubrics, challenges, events: domainEvents, clock });
  const refreshScore = (attemptId: string) =>
    attemptScores.refresh(attemptId).catch((error: Error) => deps.logger.error({ err: error, attemptId }, 'cannot refresh the attempt score'));
  // Wired in one direction: events, then the worker that emits them, then the queue over the worker, then the services that queue.
  const events = new SubmissionEvents();
  const responseOrder = async (attemptId: string, challengeId: string) => attempts.responseOrder(await attempts.row(attemptId), challengeId);
  const worker = new SubmissionWorker({
    repo: submissionRepo,
    challenges,
    runner: deps.runner,
    events,
    clock,
    metrics,
    logger: deps.logger,
    onJudged: refreshScore,
    responseOrder,
  });
  // With REDIS_URL the queue is shared through BullMQ, and its workers are started by the caller (startDistributedRuns).
  const queue: RunQueue = deps.config.redisUrl
    ? new BullRunQueue(deps.config.redisUrl, { capacity: deps.config.queueCapacity, logger: deps.logger, metrics, retry: deps.config.retry })
    : new InProcessQueue((id, info) => worker.process(id, info), {
        concurrency: deps.config.runConcurrency,
        capacity: deps.config.queueCapacity,
        logger: deps.logger,
        metrics,
        fairness: fairnessOf(deps.config),
        retry: deps.config.retry,
      });
  const submissions = new SubmissionService({ repo: submissionRepo, attempts, challenges, queue, events, clock, logger: deps.logger });
  // A review item that became final refreshes its attempt's score (which sets final_at and emits attempt.final once).
  const reviewDeps = { repo: reviewRepo, rubrics, challenges, clock, logger: deps.logger, onItemFinal: async (attemptId: string) => void (await refreshScore(attemptId)) };
  const reviews = new ReviewService(reviewDeps);
  const reviewerPauses = new ReviewerPauseRepo(db);
  const calibration = new CalibrationService({ repo: new CalibrationRepo(db), pauses: reviewerPauses, rubrics, clock });
  const challengeAdmin = new ChallengeService(challenges, () => validationRunner);
  const exports = new ExportService({ repo: new ExportRepo(db), results: attemptScores, rubrics, assessments, clock, logger: deps.logger });
  const webhookRepo = new WebhookRepo(db);
  const webhookDispatcher = new WebhookDispatcher({
    repo: webhookRepo,
    send: httpSender({ ...DEFAULT_SEND_LIMITS, ...deps.config.webhooks }),
    clock,
    timers: deps.timers ?? systemTimers,
    logger: deps.logger.child({ module: 'webhooks' }),
    retry: deps.config.webhooks?.retry,
  });
  const webhooks = new WebhookService({ repo: webhookRepo, results: attemptScores, assessments, clock, logger: deps.logger, onQueued: () => webhookDispatcher.kick() });
  domainEvents.on('attempt.final', (e) => webhooks.enqueue('attempt.final', e).then(() => undefined));
  domainEvents.on('attempt.submitted', (e) => webhooks.enqueue('attempt.submitted', e).then(() => undefined));
  return {
    config: deps.config,
    database,
    clock,
    logger: deps.logger,
    metrics,
    runner: deps.runner,
    registry,
    users: new UserService(new UserRepo(db), clock),
    sessions,
    attemptSessions,
    challenges,
    challengeAdmin,
    assessments,
    attempts,
    submissionRepo,
    submissions,
    worker,
    finishAttempt: new FinishAttempt({ attempts, submissions, events: domainEvents, refreshScore }),
    queue,
    monitor: new AttemptMonitor(attemptRepo, assessments, attempts, submissionRepo, attemptSessions, attemptScores),
    reviews,
    adjudications: new AdjudicationService(reviewDeps, reviews.items),
    domainEvents,
    rubrics,
    rubricEditor: new RubricEditor(rubrics, rubricRepo, challengeAdmin),
    attemptScores,
    reports: new ReportService({ repo: new ReportRepo(db), scores: attemptScores, challenges, rubrics, clock }),
    reviewerPauses,
    calibration,
    exports,
    webhooks,
    webhookDispatcher,
    inviteEmails,
    inviteEmailWorker,
  };
}

/** Every API route over the services (what the app mounts and OpenAPI describes). */
export function apiRoutes(s: Services): RouteRegistry {
  const routes = new RouteRegistry();
  registerAuthRoutes(routes, { users: s.users, sessions: s.sessions, clock: s.clock, secureCookies: s.config.secureCookies });
  registerChallengeRoutes(routes, { challenges: s.challengeAdmin });
  registerAssessmentRoutes(routes, { assessments: s.assessments, monitor: s.monitor });
  registerReviewRoutes(routes, { reviews: s.reviews, adjudications: s.adjudications });
  registerRubricRoutes(routes, { rubrics: s.rubricEditor });
  registerReportRoutes(routes, { reports: s.reports });
  registerCalibrationRoutes(routes, { calibration: s.calibration });
  registerCandidateRoutes(routes, {
    attempts: s.attempts,
    finishAttempt: s.finishAttempt,
    submissionRepo: s.submissionRepo,
    attemptSessions: s.attemptSessions,
    clock: s.clock,
    secureCookies: s.config.secureCookies,
  });
  registerSubmissionRoutes(routes, { submissions: s.submissions });
  registerLanguageRoutes(routes, { registry: s.registry });
  registerExportRoutes(routes, { exports: s.exports, logger: s.logger });
  registerWebhookRoutes(routes, { webhooks: s.webhooks });
  registerInviteEmailRoutes(routes, { inviteEmails: s.inviteEmails });
  registerCandidateSessionRoutes(routes, { sessions: s.sessions });
  return routes;
}

/** The HTTP app over the services: every route registered, nothing listening yet. */
export function buildHttpApp(s: Services, opts: { readiness?: Record<string, () => Promise<void>>; extra?: RequestHandler[] } = {}): Express {
  return createApp({
    logger: s.logger,
    routes: apiRoutes(s),
    guard: createGuard({ sessions: s.sessions, users: s.users }),
    metrics: s.metrics,
    readiness: { database: () => s.database.ping(), ...opts.readiness },
    version: VERSION,
    trustProxy: s.config.trustProxy ?? false,
    metricsToken: s.config.metricsToken,
    extra: opts.extra,
  });
}

export interface RunningServer {
  url: string;
  services: Services;
  close(): Promise<void>;
}

/**
 * Opens storage and the sandbox engine, wires everything, queues unfinished
 * submissions again, starts the deadline sweeper, and listens.
 */
export async function startServer(config: Config, deps: { logger: Logger; clock?: Clock }): Promise<RunningServer> {
  const engine = await createEngine({ runtime: config.runtime, warmPool: config.warmPool }, deps.logger);
  const { runner } = engine;
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onConnectionLost: (error) => deps.logger.warn({ err: error }, 'database connection lost; the pool reconnects'),
  });
  const publicUrl = config.publicUrl ?? `http://${config.host}:${config.port}`;
  const services = createServices(database, { runner, registry: engine.registry, logger: deps.logger, clock: deps.clock, config: { ...config, publicUrl } });
  const server = http.createServer(buildHttpApp(services, { readiness: { docker: () => engine.ping() }, extra: [webApp(webDistDir()) ?? homePage()] }));
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  if (!config.publicUrl) services.config.publicUrl = url;
  const distributed = config.redisUrl ? startDistributedRuns(config.redisUrl, services, deps.logger) : undefined;
  await services.submissions.resume();
  // Events of attempts that became final while no server ran get their deliveries before sending starts.
  await services.webhooks.catchUp().catch((error: Error) => deps.logger.error({ err: error }, 'webhook catch-up failed'));
  services.webhookDispatcher.start();
  services.inviteEmailWorker?.start();
  const sweeper = setInterval(() => {
    services.finishAttempt.sweep().catch((error: Error) => deps.logger.error({ err: error }, 'deadline sweep failed'));
    services.sessions.purgeExpired().catch((error: Error) => deps.logger.error({ err: error }, 'session purge failed'));
  }, config.sweepSeconds * 1000);
  deps.logger.info({ url, database: database.kind }, 'assay server listening');
  return {
    url,
    services,
    async close() {
      clearInterval(sweeper);
      await services.webhookDispatcher.stop();
      await services.inviteEmailWorker?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await distributed?.close();
      await services.queue.close();
      await engine.close();
      await database.close();
    },
  };
}

/**
 * With REDIS_URL: a BullMQ worker in this process (more run as `assay
 * worker`), and a watch on every worker's jobs so this process's SSE
 * streams follow submissions that run elsewhere.
 */
export function startDistributedRuns(redisUrl: string, services: Services, logger: Logger): { close(): Promise<void> } {
  const worker = startBullWorker(redisUrl, (id, info) => services.worker.process(id, info), {
    concurrency: services.config.runConcurrency,
    logger,
    fairness: fairnessOf(services.config),
  });
  const watch = watchBullJobs(redisUrl, (id) => {
    services.submissions.announce(id).catch((error: Error) => logger.warn({ err: error, submissionId: id }, 'cannot announce a submission change'));
  });
  return {
    async close() {
      await worker.close();
      await watch.close();
    },
  };
}
