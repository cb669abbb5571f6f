import type { AttemptRepo } from '../attempts/attempt.repo';
import type { ChallengeRepo } from '../challenges/challenge.repo';
import { scoreAttempt, scoreChallenge } from '../grading/score';
import type { ChallengeScore } from '../grading/score.schema';
import type { SubmissionRepo } from '../submissions/submission.repo';
import type { AttemptResult, AttemptResults } from './attempt-results';

/**
 * Interim `AttemptResults` from storage alone, until grading's
 * `AttemptScores` is wired in its place: per pinned challenge the tests
 * part of its newest judged submit, scored with the challenge's weights;
 * reviews are not read here, so a rubric part that counts stays missing and
 * the score `provisional` (the attempt's `finalAt`, once grading sets it,
 * makes the status `final`).
 */
export class StoredAttemptResults implements AttemptResults {
  constructor(
    private readonly deps: {
      attempts: Pick<AttemptRepo, 'byId'>;
      submissions: Pick<SubmissionRepo, 'summaries'>;
      challenges: Pick<ChallengeRepo, 'version'>;
    },
  ) {}

  async forAttempt(attemptId: string): Promise<AttemptResult | null> {
    const attempt = await this.deps.attempts.byId(attemptId);
    if (!attempt) return null;
    const submits = await this.deps.submissions.summaries(attemptId, { kind: 'submit' }); // newest first
    const challenges: ChallengeScore[] = [];
    for (const [challengeId, version] of Object.entries(attempt.versions)) {
      const stored = await this.deps.challenges.version(challengeId, version);
      if (!stored) continue;
      const judged = submits.find((s) => s.challengeId === challengeId && s.status === 'done' && s.testsScore !== null);
      challenges.push(
        scoreChallenge({
          challengeId,
          weights: stored.challenge.meta.scoring.weights,
          tests: judged ? { score: judged.testsScore! } : null,
          objective: null,
          rubric: stored.challenge.rubric,
        }),
      );
    }
    const score = scoreAttempt(challenges);
    return {
      attemptId,
      assessmentId: attempt.assessmentId,
      email: attempt.email,
      finishedAt: attempt.finishedAt,
      status: attempt.finalAt ? 'final' : score.status,
      score,
      challenges,
    };
  }
}
