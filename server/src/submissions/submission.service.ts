import { EventEmitter } from 'node:events';
import { isRetryable, type LanguageId, type RunJob, type Runner } from '@assay/runners';
import type { Logger } from 'pino';
import type { AttemptRow, AttemptService, DraftSubmitter, FinalDraft } from '../attempts/attempt.service';
import type { CodeBody } from '../attempts/attempt.schema';
import type { ChallengeRepo } from '../challenges/challenge.repo';
import type { Challenge, TestCase } from '../challenges/challenge.schema';
import { entryNameFor } from '../challenges/entry-name';
import { ConflictError, NotFoundError, TooManyRequestsError } from '../http/errors';
import type { Clock } from '../lib/clock';
import { newId } from '../lib/ids';
import { RateLimiter } from '../lib/rate-limiter';
import type { Metrics } from '../ops/metrics';
import type { Lane, TryInfo } from './fair-order';
import type { RunQueue } from './run-queue';
import type { SubmissionRepo, SubmissionRow } from './submission.repo';
import type { FeedbackLevel } from './submission.schema';
import { judge } from './submission.result';
import { boundForStorage } from './stored-output';

/** A candidate's Run or Submit as the route hands it over. */
export interface NewRequest {
  attemptId: string;
  challengeId: string;
  kind: 'run' | 'submit';
  body: CodeBody;
  idempotencyKey?: string;
}

export interface SubmissionDeps {
  repo: SubmissionRepo;
  attempts: AttemptService;
  challenges: ChallengeRepo;
  runner: Runner;
  clock: Clock;
  metrics: Metrics;
  logger: Logger;
}

/** A candidate's submission with what presenting it needs: the pinned challenge and the feedback level now. */
export interface CandidateSubmission {
  row: SubmissionRow;
  challenge: Challenge;
  feedback: FeedbackLevel;
}

/**
 * Runs (public examples) and submissions (hidden tests). Each is written to
 * the database before it is queued; the queue only carries ids, so a
 * restart loses nothing (`resume` queues every unfinished one again).
 */
export class SubmissionService implements DraftSubmitter {
  /** Emits `<submission id>` with the row whenever its status changes (SSE listens). */
  readonly events = new EventEmitter();
  private queue!: RunQueue;
  private readonly log: Logger;
  /** Per minute: 10 runs per attempt, 5 submits per challenge of an attempt. */
  private readonly limits: Record<'run' | 'submit', RateLimiter>;

  constructor(private readonly deps: SubmissionDeps) {
    this.log = deps.logger.child({ module: 'submissions' });
    this.limits = { run: new RateLimiter(10, 60_000, deps.clock), submit: new RateLimiter(5, 60_000, deps.clock) };
    this.events.setMaxListeners(0);
  }

  /** Attaches the queue whose workers call `process` (wired once in main). */
  useQueue(queue: RunQueue): void {
    this.queue = queue;
  }

  /**
   * Queues a run or submit for a candidate's attempt, loading the attempt
   * and the challenge once. A repeated Idempotency-Key returns the first one
   * (and does not count against the rate limit); returns the row with the
   * pinned challenge the caller presents it with.
   */
  async create(input: NewRequest): Promise<CandidateSubmission> {
    const { attemptId, challengeId, kind, body, idempotencyKey } = input;
    const attempt = await this.deps.attempts.row(attemptId);
    const feedback = await this.deps.attempts.feedbackFor(attempt);
    const existing = idempotencyKey ? await this.deps.repo.byIdempotencyKey(attemptId, idempotencyKey) : undefined;
    if (existing) return { row: existing, challenge: (await this.deps.attempts.challengeFor(attempt, existing.challengeId)).stored.challenge, feedback };
    this.throttle(kind, kind === 'submit' ? `${attemptId}:${challengeId}` : attemptId);
    this.deps.attempts.assertWritable(attempt);
    const { stored, languages } = await this.deps.attempts.challengeFor(attempt, challengeId);
    this.deps.attempts.assertLanguage(languages, body.language);
    if (stored.challenge.meta.kind === 'explain' && kind === 'run') throw new ConflictError('this challenge has no code to run', 'nothing_to_run');
    if (await this.queue.full()) throw new TooManyRequestsError('the run queue is full; try again in a few seconds', 5); // before anything is written
    let row: SubmissionRow;
    try {
      row = await this.deps.repo.insert({
        id: newId(),
        attemptId,
        challengeId,
        challengeVersion: stored.version,
        kind,
        language: body.language,
        code: body.code,
        explanation: body.explanation ?? null,
        answers: body.answers ?? null,
        status: 'queued',
        idempotencyKey: idempotencyKey ?? null,
        createdAt: this.deps.clock.now(),
      });
    } catch (error) {
      const raced = idempotencyKey ? await this.deps.repo.byIdempotencyKey(attemptId, idempotencyKey) : undefined;
      if (raced) return { row: raced, challenge: stored.challenge, feedback };
      throw error;
    }
    await this.queue.enqueue({ id: row.id, attemptId, lane: 'live' }, { force: true });
    return { row, challenge: stored.challenge, feedback };
  }

  /** One submission of this attempt with the challenge version it ran against and the feedback level; 404 for anyone else's. */
  async own(attemptId: string, id: string): Promise<CandidateSubmission> {
    const row = await this.deps.repo.byId(id);
    if (!row || row.attemptId !== attemptId) throw new NotFoundError('submission');
    const stored = await this.deps.challenges.version(row.challengeId, row.challengeVersion);
    if (!stored) throw new NotFoundError('submission');
    return { row, challenge: stored.challenge, feedback: await this.deps.attempts.feedbackFor(await this.deps.attempts.row(attemptId)) };
  }

  /** The stored row as it is now (the SSE stream re-reads it after subscribing). */
  reload(id: string): Promise<SubmissionRow | undefined> {
    return this.deps.repo.byId(id);
  }

  private throttle(kind: 'run' | 'submit', key: string): void {
    const verdict = this.limits[kind].take(key);
    if (!verdict.ok) throw new TooManyRequestsError(`too many ${kind}s; try again in ${verdict.retryAfterSeconds} s`, verdict.retryAfterSeconds);
  }

  /** The deadline's submit of a draft, unless the last submit already has this code (DraftSubmitter). */
  async submitFinal(attempt: AttemptRow, challengeId: string, draft: FinalDraft, draftSavedAt: Date): Promise<void> {
    const [last] = await this.deps.repo.forAttempt(attempt.id, { challengeId, kind: 'submit' });
    const same = last && last.language === draft.language && last.code === draft.code && (last.explanation ?? null) === draft.explanation;
    if (same || (last && last.createdAt >= draftSavedAt)) return;
    if (!Object.hasOwn(attempt.versions, challengeId)) return;
    const stored = await this.deps.challenges.version(challengeId, attempt.versions[challengeId]!);
    if (!stored) return;
    const row = await this.deps.repo.insert({
      id: newId(),
      attemptId: attempt.id,
      challengeId,
      challengeVersion: stored.version,
      kind: 'submit',
      language: draft.language,
      code: draft.code,
      explanation: draft.explanation,
      answers: draft.answers,
      status: 'queued',
      createdAt: this.deps.clock.now(),
    });
    // The attempt has ended: its final submits wait behind the runs of live attempts.
    await this.queue.enqueue({ id: row.id, attemptId: attempt.id, lane: 'background' }, { force: true });
  }

  /** Re-reads a submission another process changed and tells this process's listeners (SSE). */
  async announce(id: string): Promise<void> {
    const row = await this.deps.repo.byId(id);
    if (row) this.events.emit(id, row);
  }

  /** Queues every submission left unfinished by a previous process. Returns how many. */
  async resume(): Promise<number> {
    const rows = await this.deps.repo.unfinished();
    const lanes = new Map<string, Lane>();
    for (const row of rows) {
      const lane = row.attemptId ? (lanes.get(row.attemptId) ?? (await this.laneOf(row.attemptId))) : 'background';
      if (row.attemptId) lanes.set(row.attemptId, lane);
      await this.queue.enqueue({ id: row.id, attemptId: row.attemptId, lane }, { force: true, attempt: row.attempts });
    }
    if (rows.length) this.log.info({ count: rows.length }, 'queued unfinished submissions again');
    return rows.length;
  }

  /** How many queued submissions run before this one (null once it runs or is done): the UI's "queued, N ahead". */
  async queuePosition(row: Pick<SubmissionRow, 'id' | 'status'>): Promise<number | null> {
    return row.status === 'queued' ? this.queue.position(row.id) : null;
  }

  /** Subscribes to moves of the queue (positions may have changed). Returns an unsubscribe. */
  onQueueMove(listener: () => void): () => void {
    return this.queue.onMove(listener);
  }

  /**
   * The queue's worker: run, judge, store, announce. An engine fault marked
   * retryable goes back to `queued` and is rethrown, so the queue's own retry
   * policy tries again; on the final try (or any other fault) it is recorded as `error`.
   */
  async process(id: string, info: TryInfo = { try: 1, final: true }): Promise<void> {
    const row = await this.deps.repo.byId(id);
    if (!row || row.status === 'done' || row.status === 'error') return;
    const stored = await this.deps.challenges.version(row.challengeId, row.challengeVersion);
    if (!stored) return void (await this.finish(row.id, { status: 'error', error: `challenge ${row.challengeId} v${row.challengeVersion} is gone` }));
    const challenge = stored.challenge;
    const tests = row.kind === 'run' ? challenge.tests.public : challenge.tests.hidden;
    if (challenge.meta.kind === 'explain' || tests.length === 0) {
      return void (await this.finish(row.id, { status: 'done', result: null, testsScore: null }));
    }
    await this.update(row.id, { status: 'running', attempts: row.attempts + 1 });
    const started = performance.now();
    try {
      const report = await this.deps.runner.run(buildJob(challenge, tests, row.language as LanguageId, row.code));
      const result = await judge(challenge, tests, report, row.kind);
      for (const c of result.cases) this.deps.metrics.runs.inc({ language: row.language, verdict: c.status });
      if (result.compile && !result.compile.ok) this.deps.metrics.runs.inc({ language: row.language, verdict: 'compile_error' });
      this.deps.metrics.runDuration.observe({ language: row.language, kind: row.kind }, (performance.now() - started) / 1000);
      await this.finish(row.id, { status: 'done', result: boundForStorage(result, row.kind), testsScore: result.score?.score ?? null });
    } catch (error) {
      this.log.error({ err: error, submissionId: row.id, try: info.try }, 'run failed');
      // An engine fault that may pass later goes back to the queue's retry policy; a missing image or refused job will not pass.
      if (isRetryable(error) && !info.final) {
        await this.update(row.id, { status: 'queued' });
        throw error;
      }
      await this.finish(row.id, { status: 'error', error: (error as Error).message });
    }
  }

  private async laneOf(attemptId: string): Promise<Lane> {
    const attempt = await this.deps.attempts.row(attemptId).catch(() => undefined);
    return attempt && !attempt.finishedAt ? 'live' : 'background';
  }

  private async update(id: string, patch: Parameters<SubmissionRepo['update']>[1]): Promise<void> {
    const row = await this.deps.repo.update(id, patch);
    if (row) this.events.emit(id, row);
  }

  private finish(id: string, patch: Parameters<SubmissionRepo['update']>[1]): Promise<void> {
    return this.update(id, { ...patch, finishedAt: this.deps.clock.now() });
  }
}

/** The runner job for a challenge's tests: inputs only, never expected values. */
export function buildJob(challenge: Challenge, tests: TestCase[], language: LanguageId, code: string): RunJob {
  const { meta } = challenge;
  const base = { language, code, limits: meta.limits };
  if (meta.mode === 'function') {
    return { ...base, mode: 'function', entry: entryNameFor(meta, language), cases: tests.map((t) => ({ name: t.name, args: 'args' in t ? t.args : [] })) };
  }
  return { ...base, mode: 'stdio', cases: tests.map((t) => ({ name: t.name, stdin: 'stdin' in t ? t.stdin : '' })) };
}
