import type { Logger } from 'pino';
import type { AttemptRow, AttemptService, FinalDraft } from '../attempts/attempt.service';
import type { CodeBody } from '../attempts/attempt.schema';
import type { ChallengeRepo } from '../challenges/challenge.repo';
import { isCritique, type Challenge } from '../challenges/challenge.schema';
import { candidateTestProblems } from '../grading/probe-cases';
import { ConflictError, NotFoundError, TooManyRequestsError, ValidationError } from '../http/errors';
import type { Clock } from '../lib/clock';
import { newId } from '../lib/ids';
import { RateLimiter } from '../lib/rate-limiter';
import type { Lane } from './fair-order';
import type { RunQueue } from './run-queue';
import type { SubmissionEvents } from './submission.events';
import type { SubmissionRepo, SubmissionRow } from './submission.repo';
import type { FeedbackLevel } from './submission.schema';

/**
 * Review and compare: the candidate's own test cases must fit the
 * challenge's mode and signature (400 naming the field,
 * `body.answers.tests.2.args`, `body.answers.tests.0.args.1`), and
 * a Run (a probe of them) needs at least one.
 */
function checkCandidateTests(challenge: Challenge, kind: 'run' | 'submit', body: CodeBody): void {
  const tests = body.answers?.tests ?? [];
  if (kind === 'run' && !tests.length) {
    const field = 'body.answers.tests';
    const message = 'add at least one test case to run: a Run runs your cases on the AI answers and checks your expected values against the reference';
    throw new ValidationError(`${field}: ${message}`, { fields: [{ field, message }] });
  }
  const fields = candidateTestProblems(challenge.meta.mode, tests, challenge.meta.signature).map((p) => ({ field: `body.${p.field}`, message: p.message }));
  if (fields.length) throw new ValidationError(`${fields[0]!.field}: ${fields[0]!.message}`, { fields });
}

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
  /** Built before this service; its consumer (SubmissionWorker) is started separately. */
  queue: RunQueue;
  events: SubmissionEvents;
  clock: Clock;
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
export class SubmissionService {
  private readonly log: Logger;
  /** Per minute: 10 runs per attempt, 5 submits per challenge of an attempt. */
  private readonly limits: Record<'run' | 'submit', RateLimiter>;

  constructor(private readonly deps: SubmissionDeps) {
    this.log = deps.logger.child({ module: 'submissions' });
    this.limits = { run: new RateLimiter(10, 60_000, deps.clock), submit: new RateLimiter(5, 60_000, deps.clock) };
  }

  /** Status changes of submissions (SSE streams subscribe here). */
  get events(): SubmissionEvents {
    return this.deps.events;
  }

  /**
   * Queues a run or submit for a candidate's attempt, loading the attempt
   * and the challenge once. A repeated Idempotency-Key returns the first one
   * (and does not count against the rate limit); returns the row with the
   * pinned challenge the caller presents it with.
   */
  async create(input: NewRequest): Promise<CandidateSubmission> {
    const { attemptId, challengeId, kind, body, idempotencyKey } = input;
    const context = await this.deps.attempts.context(attemptId);
    const feedback = this.deps.attempts.feedbackFor(context);
    const existing = idempotencyKey ? await this.deps.repo.byIdempotencyKey(attemptId, idempotencyKey) : undefined;
    if (existing) return { row: existing, challenge: (await this.deps.attempts.challengeFor(context, existing.challengeId)).stored.challenge, feedback };
    this.throttle(kind, kind === 'submit' ? `${attemptId}:${challengeId}` : attemptId);
    this.deps.attempts.assertWritable(context.attempt);
    const { stored, languages } = await this.deps.attempts.challengeFor(context, challengeId);
    this.deps.attempts.assertLanguage(languages, body.language);
    if (stored.challenge.meta.kind === 'explain' && kind === 'run') throw new ConflictError('this challenge has no code to run', 'nothing_to_run');
    if (isCritique(stored.challenge.meta.kind)) checkCandidateTests(stored.challenge, kind, body);
    if (await this.deps.queue.full()) throw new TooManyRequestsError('the run queue is full; try again in a few seconds', 5); // before anything is written
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
    await this.deps.queue.enqueue({ id: row.id, attemptId, lane: 'live' }, { force: true });
    return { row, challenge: stored.challenge, feedback };
  }

  /** One submission of this attempt with the challenge version it ran against and the feedback level; 404 for anyone else's. */
  async own(attemptId: string, id: string): Promise<CandidateSubmission> {
    const found = await this.deps.repo.ofAttempt(attemptId, id);
    if (!found) throw new NotFoundError('submission');
    const stored = await this.deps.challenges.version(found.row.challengeId, found.row.challengeVersion);
    if (!stored) throw new NotFoundError('submission');
    return { row: found.row, challenge: stored.challenge, feedback: this.deps.attempts.feedbackFor(found.context) };
  }

  private throttle(kind: 'run' | 'submit', key: string): void {
    const verdict = this.limits[kind].take(key);
    if (!verdict.ok) throw new TooManyRequestsError(`too many ${kind}s; try again in ${verdict.retryAfterSeconds} s`, verdict.retryAfterSeconds);
  }

  /** The final submit of a draft (finishing an attempt), unless the last submit already has this code or is newer. */
  async submitFinal(attempt: AttemptRow, challengeId: string, draft: FinalDraft, draftSavedAt: Date): Promise<void> {
    const [last] = await this.deps.repo.forAttempt(attempt.id, { challengeId, kind: 'submit' });
    // Answers count too: a review or compare draft changes its answers, not its (empty) code.
    const same =
      last &&
      last.language === draft.language &&
      last.code === draft.code &&
      (last.explanation ?? null) === draft.explanation &&
      JSON.stringify(last.answers ?? null) === JSON.stringify(draft.answers ?? null);
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
    await this.deps.queue.enqueue({ id: row.id, attemptId: attempt.id, lane: 'background' }, { force: true });
  }

  /** Re-reads a submission another process changed and tells this process's listeners (SSE). */
  async announce(id: string): Promise<void> {
    const row = await this.deps.repo.byId(id);
    if (row) this.deps.events.emit(row);
  }

  /** Queues every submission left unfinished by a previous process. Returns how many. */
  async resume(): Promise<number> {
    const rows = await this.deps.repo.unfinished();
    const lanes = new Map<string, Lane>();
    for (const row of rows) {
      const lane = row.attemptId ? (lanes.get(row.attemptId) ?? (await this.laneOf(row.attemptId))) : 'background';
      if (row.attemptId) lanes.set(row.attemptId, lane);
      await this.deps.queue.enqueue({ id: row.id, attemptId: row.attemptId, lane }, { force: true, attempt: row.attempts });
    }
    if (rows.length) this.log.info({ count: rows.length }, 'queued unfinished submissions again');
    return rows.length;
  }

  /** How many queued submissions run before this one (null once it runs or is done): the UI's "queued, N ahead". */
  async queuePosition(row: Pick<SubmissionRow, 'id' | 'status'>): Promise<number | null> {
    return row.status === 'queued' ? this.deps.queue.position(row.id) : null;
  }

  /** Subscribes to moves of the queue (positions may have changed). Returns an unsubscribe. */
  onQueueMove(listener: () => void): () => void {
    return this.deps.queue.onMove(listener);
  }

  private async laneOf(attemptId: string): Promise<Lane> {
    const attempt = await this.deps.attempts.row(attemptId).catch(() => undefined);
    return attempt && !attempt.finishedAt ? 'live' : 'background';
  }
}
