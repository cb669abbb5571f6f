import type { AttemptService } from '../attempts/attempt.service';
import type { AttemptRepo } from '../attempts/attempt.repo';
import type { AttemptSessionService } from '../attempts/attempt-session.service';
import type { SubmissionRepo } from '../submissions/submission.repo';
import type { AttemptScores } from '../grading/attempt-scores';
import type { AttemptResult } from '../grading/attempt-scores.schema';
import type { AssessmentService } from './assessment.service';
import type { AttemptDetail, AttemptSubmission, AttemptSummary } from './attempt-monitor.schema';

/** Staff views of attempts (scores and full results included: never for candidates). */
export class AttemptMonitor {
  constructor(
    private readonly repo: AttemptRepo,
    private readonly assessments: AssessmentService,
    private readonly attempts: AttemptService,
    private readonly submissions: SubmissionRepo,
    private readonly sessions: AttemptSessionService,
    private readonly scores?: Pick<AttemptScores, 'forAttempts'>,
  ) {}

  async forAssessment(assessmentId: string): Promise<AttemptSummary[]> {
    await this.assessments.row(assessmentId);
    const rows = await this.repo.forAssessment(assessmentId);
    const attemptScores = await this.scoresOf(rows.map((a) => a.id));
    return Promise.all(
      rows.map(async (a) => {
        const subs = await this.submissions.summaries(a.id, { kind: 'submit' });
        const scores: Record<string, number | null> = {};
        for (const id of Object.keys(a.versions)) scores[id] = subs.find((s) => s.challengeId === id && s.status === 'done')?.testsScore ?? null;
        return {
          id: a.id,
          email: a.email,
          status: a.finishedAt ? ('finished' as const) : ('active' as const),
          startedAt: a.startedAt.toISOString(),
          deadlineAt: a.deadlineAt.toISOString(),
          remainingMs: this.attempts.remainingMs(a),
          finishedAt: a.finishedAt?.toISOString() ?? null,
          finishReason: a.finishReason ?? null,
          scores,
          score: attemptScores.get(a.id) ?? null,
        };
      }),
    );
  }

  /**
   * Every listed attempt's score in one batch. When the batch fails (one
   * attempt's stored data cannot be scored), each is tried alone, and only
   * the ones that fail show no score: the list itself never fails for it.
   */
  private async scoresOf(attemptIds: string[]): Promise<Map<string, AttemptSummary['score']>> {
    const scores = this.scores;
    if (!scores) return new Map();
    const entry = (r: AttemptResult) => [r.attemptId, { value: r.score.score, status: r.score.status }] as const;
    try {
      return new Map((await scores.forAttempts(attemptIds)).map(entry));
    } catch {
      const one = await Promise.all(attemptIds.map((id) => scores.forAttempts([id]).catch(() => [])));
      return new Map(one.flat().map(entry));
    }
  }

  async detail(attemptId: string): Promise<AttemptDetail> {
    const attempt = await this.attempts.row(attemptId);
    const saves = await this.repo.draftStorage(attemptId);
    const subs = await this.submissions.forAttempt(attemptId);
    const draftBytes = saves.bytes;
    const submissionBytes = await this.submissions.storedBytes(attemptId);
    return {
      attempt: {
        id: attempt.id,
        assessmentId: attempt.assessmentId,
        email: attempt.email,
        versions: attempt.versions,
        startedAt: attempt.startedAt.toISOString(),
        deadlineAt: attempt.deadlineAt.toISOString(),
        finishedAt: attempt.finishedAt?.toISOString() ?? null,
        finishReason: attempt.finishReason ?? null,
        remainingMs: this.attempts.remainingMs(attempt),
      },
      draftSaves: saves.saves,
      storedBytes: { drafts: draftBytes, submissions: submissionBytes, total: draftBytes + submissionBytes },
      sessions: await this.sessions.list(attemptId),
      submissions: subs.map((s): AttemptSubmission => ({
        id: s.id,
        challengeId: s.challengeId,
        challengeVersion: s.challengeVersion,
        kind: s.kind,
        language: s.language,
        code: s.code,
        explanation: s.explanation,
        answers: s.answers,
        status: s.status,
        result: s.result,
        testsScore: s.testsScore,
        error: s.error,
        createdAt: s.createdAt.toISOString(),
        finishedAt: s.finishedAt?.toISOString() ?? null,
      })),
    };
  }
}
