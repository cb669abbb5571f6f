import { isRetryable, type LanguageId, type Runner } from '@assay/runners';
import type { Logger } from 'pino';
import type { ChallengeRepo } from '../challenges/challenge.repo';
import type { Clock } from '../lib/clock';
import type { Metrics } from '../ops/metrics';
import { isCritique, type Challenge } from '../challenges/challenge.schema';
import { gradeCode } from '../grading/grade-code';
import { gradeObjective } from '../grading/objective';
import { probeOutcomes, runProbe } from '../grading/probe';
import type { TryInfo } from './fair-order';
import { boundForStorage, boundProbeForStorage } from './stored-output';
import type { SubmissionEvents } from './submission.events';
import type { SubmissionPatch, SubmissionRepo, SubmissionRow } from './submission.repo';

export interface SubmissionWorkerDeps {
  repo: SubmissionRepo;
  challenges: ChallengeRepo;
  runner: Runner;
  events: SubmissionEvents;
  clock: Clock;
  metrics: Metrics;
  logger: Logger;
  /** Called once a submit of an attempt is judged (grading refreshes the attempt's score); a failure is logged, never the submission's. */
  onJudged?: (attemptId: string) => Promise<unknown>;
  /** A compare challenge's response ids in the order the attempt shows them (attempts.response_orders); absent or empty: the files' order. */
  responseOrder?: (attemptId: string, challengeId: string) => Promise<readonly string[]>;
}

/**
 * The queue's consumer: loads a queued submission, grades it (grading/),
 * stores the judgement and announces each status change. It needs no
 * queue: the queue is built over it, and retries an engine fault with its
 * own policy. A candidate's failure is a verdict.
 */
export class SubmissionWorker {
  private readonly log: Logger;

  constructor(private readonly deps: SubmissionWorkerDeps) {
    this.log = deps.logger.child({ module: 'submission-worker' });
  }

  /**
   * Runs one submission by id; a finished or unknown id is a no-op (queues
   * may deliver twice). An engine fault marked retryable goes back to
   * `queued` and is rethrown, so the queue tries again; on the final try (or
   * any other fault) it is recorded as `error`.
   */
  async process(id: string, info: TryInfo = { try: 1, final: true }): Promise<void> {
    // Loading and marking it running are one statement: the submit path's queries are its latency.
    const row = await this.deps.repo.claim(id);
    if (!row) return;
    this.deps.events.emit(row);
    const stored = await this.deps.challenges.version(row.challengeId, row.challengeVersion);
    if (!stored) return this.finish(row.id, { status: 'error', error: `challenge ${row.challengeId} v${row.challengeVersion} is gone` });
    const challenge = stored.challenge;
    if (isCritique(challenge.meta.kind)) return this.probe(row, challenge, info);
    const tests = row.kind === 'run' ? challenge.tests.public : challenge.tests.hidden;
    if (challenge.meta.kind === 'explain' || tests.length === 0) return this.finish(row.id, { status: 'done', result: null, testsScore: null });
    const started = performance.now();
    try {
      const result = await gradeCode(this.deps.runner, challenge, { language: row.language as LanguageId, code: row.code, tests, score: row.kind === 'submit' });
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

  /**
   * Review and compare: the candidate's own cases run on each AI answer and
   * on the reference (grading/probe.ts); a Submit is then graded against the
   * key with the order the candidate saw (its objective result is stored,
   * never shown to the candidate). A Submit without cases runs nothing.
   */
  private async probe(row: SubmissionRow, challenge: Challenge, info: TryInfo): Promise<void> {
    const started = performance.now();
    try {
      const order = row.attemptId && this.deps.responseOrder ? await this.deps.responseOrder(row.attemptId, row.challengeId) : [];
      const judgement = await runProbe(this.deps.runner, challenge, order, row.answers?.tests ?? []);
      for (const program of judgement.programs) this.deps.metrics.runDuration.observe({ language: program.language, kind: row.kind }, program.runTimeMs / 1000);
      const stored = boundProbeForStorage(judgement, row.kind);
      if (row.kind !== 'submit') return await this.finish(row.id, { status: 'done', result: stored, testsScore: null });
      const objective = gradeObjective({ challenge, answers: row.answers, order, probe: probeOutcomes(judgement) });
      await this.finish(row.id, { status: 'done', result: stored, testsScore: null, objective, objectiveScore: objective.score });
    } catch (error) {
      this.log.error({ err: error, submissionId: row.id, try: info.try, ms: performance.now() - started }, 'probe failed');
      if (isRetryable(error) && !info.final) {
        await this.update(row.id, { status: 'queued' });
        throw error;
      }
      await this.finish(row.id, { status: 'error', error: (error as Error).message });
    }
  }

  private async update(id: string, patch: SubmissionPatch): Promise<void> {
    const row = await this.deps.repo.update(id, patch);
    if (row) this.deps.events.emit(row);
  }

  private async finish(id: string, patch: SubmissionPatch): Promise<void> {
    const row = await this.deps.repo.update(id, { ...patch, finishedAt: this.deps.clock.now() });
    if (!row) return;
    this.deps.events.emit(row);
    if (row.kind !== 'submit' || !row.attemptId || row.status !== 'done' || !this.deps.onJudged) return;
    try {
      await this.deps.onJudged(row.attemptId);
    } catch (error) {
      this.log.error({ err: error, submissionId: row.id, attemptId: row.attemptId }, 'cannot refresh the attempt score after judging');
    }
  }
}
