import { eq } from 'drizzle-orm';
import { AssessmentRepo } from '../assessments/assessment.repo';
import { AttemptRepo } from '../attempts/attempt.repo';
import type { Answers } from '../attempts/attempt.schema';
import { ChallengeRepo } from '../challenges/challenge.repo';
import { ChallengeMetaSchema, KeySchema, RubricSchema, type Challenge } from '../challenges/challenge.schema';
import type { Database } from '../db/client';
import { attempts } from '../db/schema';
import type { ObjectiveResult } from '../grading/objective.schema';
import type { ProbeJudgement } from '../grading/probe.schema';
import { systemClock } from '../lib/clock';
import { newId } from '../lib/ids';
import { SubmissionRepo } from '../submissions/submission.repo';
import { addChallenge } from './factories';
import type { TestApp } from './test-app';

const RUBRIC = RubricSchema.parse({
  criteria: [{ id: 'why', title: 'Why', description: 'Says why the answer fails.', levels: [0, 1, 2].map((p) => ({ points: p, descriptor: `${p} points` })) }],
});

/** `add` off by one on negatives: the reviewed AI answer (line 2 holds the bug). */
export const BUGGY_ADD = 'def add(a, b):\n    return a + b if a >= 0 else a + b + 1\n';

/** A review challenge over one AI answer (`resp-buggy`, wrong on negatives), key: incorrect, line 2; objective and rubric half each. */
export function reviewChallenge(id?: string): Challenge {
  const base = addChallenge({ id, kind: 'review' });
  const meta = ChallengeMetaSchema.parse({
    ...base.meta,
    title: 'Review an add',
    languages: ['python'],
    scoring: { weights: { objective: 0.5, rubric: 0.5 } },
    explanation: { required: true },
  });
  return { ...base, meta, responses: [{ id: 'resp-buggy', language: 'python', code: BUGGY_ADD }], rubric: RUBRIC, key: KeySchema.parse({ verdict: 'incorrect', buggyLines: [2] }) };
}

/** A compare challenge over `resp-fast` and `resp-slow`, key: resp-fast clearly; `swapOf` makes it the probe of another. */
export function compareChallenge(id: string, swapOf?: string): Challenge {
  const base = addChallenge({ id, kind: 'compare' });
  const meta = ChallengeMetaSchema.parse({
    ...base.meta,
    title: swapOf ? 'Compare again' : 'Compare two adds',
    languages: ['python'],
    scoring: { weights: { objective: 0.5, rubric: 0.5 } },
    explanation: { required: true },
    swapOf,
  });
  const responses = [
    { id: 'resp-fast', language: 'python' as const, code: 'def add(a, b):\n    return a + b\n' },
    { id: 'resp-slow', language: 'python' as const, code: 'def add(a, b):\n    return sum([a, b])\n' },
  ];
  return { ...base, meta, responses, rubric: RUBRIC, key: KeySchema.parse({ preferred: 'resp-fast', strength: 'clearly' }) };
}

/** Writes a judged review/compare submit straight into `submissions` (what the probe path stores), with its objective result. */
export async function storeCritiqueSubmit(
  t: TestApp,
  attemptId: string,
  challengeId: string,
  opts: { answers: Answers; objective: ObjectiveResult | null; probe?: ProbeJudgement; explanation?: string },
) {
  return t.services.submissionRepo.insert({
    id: newId(),
    attemptId,
    challengeId,
    challengeVersion: 1,
    kind: 'submit',
    language: 'python',
    code: '',
    explanation: opts.explanation ?? 'The answer adds one on negatives.',
    answers: opts.answers,
    status: 'done',
    result: opts.probe ?? null,
    objective: opts.objective,
    objectiveScore: opts.objective?.score ?? null,
    createdAt: t.clock.now(),
    finishedAt: t.clock.now(),
  });
}

/** Sets the attempt's stored AI-answer orders (challenge id → response ids, labels A, B), as the start of an attempt stores them. */
export async function storeResponseOrders(t: TestApp, attemptId: string, orders: Record<string, string[]>): Promise<void> {
  await t.services.database.db.update(attempts).set({ responseOrders: orders }).where(eq(attempts.id, attemptId));
}

/** The grading of a review answer that said `incorrect`, flagged lines 2 and 9, and whose case `neg` exposed the bug. */
export const REVIEW_OBJECTIVE: ObjectiveResult = {
  score: 0.889,
  pieces: [
    { piece: 'verdict', weight: 1, value: 1, detail: 'incorrect, as the key' },
    { piece: 'lines', weight: 1, value: 0.667, detail: 'precision 0.5, recall 1' },
    { piece: 'tests', weight: 1, value: 1, detail: '1 case exposes the bug' },
  ],
  verdict: { given: 'incorrect', key: 'incorrect', correct: true },
  lines: { flagged: [2, 9], key: [2], found: [2], hits: [2], precision: 0.5, recall: 1 },
  tests: { cases: [{ id: 'neg', exposes: true, counted: true, why: null, claim: 'fails on negatives' }], exposing: 1 },
  preference: null,
};

/** The grading of a compare answer: `order` shown, the candidate picked `given` (by id) with `strength`. */
export function compareObjective(order: string[], given: string, strength: 'slightly' | 'clearly' | 'much' | null, distance: number): ObjectiveResult {
  const value = distance <= 1 && given === 'resp-fast' ? 1 : given === 'resp-fast' ? 0.5 : 0;
  return {
    score: value,
    pieces: [{ piece: 'preference', weight: 1, value, detail: `${distance} steps from the key` }],
    verdict: null,
    lines: null,
    tests: null,
    preference: { given: { preferred: given, strength }, key: { preferred: 'resp-fast', strength: 'clearly' }, distance, tolerance: 1, order },
  };
}

/** The probe of a review submit's case `neg` (-2, 1 → -1): the reference returned -1 (a value only staff see), the AI answer 0. */
export const REVIEW_PROBE: ProbeJudgement = {
  kind: 'probe',
  mode: 'function',
  comparison: 'exact',
  programs: [],
  cases: [
    {
      id: 'neg',
      input: { args: [-2, 1] },
      expected: '-1',
      claim: 'fails on negatives',
      answers: [
        {
          label: 'A',
          responseId: 'resp-buggy',
          run: { status: 'ok', stdout: '', stderr: '', valueJson: '0', exitCode: 0, timeMs: 3 },
          matchesExpected: false,
          reason: 'returned 0',
        },
      ],
      reference: { run: { status: 'ok', stdout: 'REF-STDOUT', stderr: '', valueJson: '-1', exitCode: 0, timeMs: 2 }, status: 'matches', why: null },
      exposes: true,
    },
  ],
};

/** One challenge of a seeded attempt and the judged submit stored for it. */
export interface SeededSubmit {
  challenge: Challenge;
  answers: Answers;
  objective: ObjectiveResult | null;
  probe?: ProbeJudgement;
  explanation: string;
}

/**
 * A finished attempt over these challenges with one judged critique submit
 * each and the AI-answer `orders` it showed, written through the
 * repositories into `database` (before a server starts on it, as the
 * browser suites seed): what the probe path stores, objective included.
 * The review queue makes the items when a reviewer asks for the next one.
 */
export async function seedCritiqueAttempt(database: Database, submits: SeededSubmit[], orders: Record<string, string[]> = {}): Promise<{ attemptId: string; email: string }> {
  const { db } = database;
  const challenges = new ChallengeRepo(db, systemClock);
  for (const s of submits) await challenges.save(s.challenge);
  const [assessments, attemptRepo, submissionRepo] = [new AssessmentRepo(db), new AttemptRepo(db), new SubmissionRepo(db)];
  const now = new Date();
  const assessmentId = newId();
  const base = { title: 'Critique screen', description: '', durationMinutes: 30, languages: ['python'], opensAt: null, closesAt: null, feedback: 'full' as const };
  const ids = submits.map((s) => s.challenge.id);
  await assessments.create({ id: assessmentId, ...base, createdBy: null, createdAt: now }, ids);
  const inviteId = newId();
  const email = `critique-${inviteId}@example.test`;
  await assessments.insertInvites([{ id: inviteId, assessmentId, email, tokenHash: newId(), extraMinutes: 0, expiresAt: new Date(now.getTime() + 86_400_000), createdAt: now }]);
  const attempt = (await attemptRepo.start({
    id: newId(),
    assessmentId,
    inviteId,
    email,
    versions: Object.fromEntries(ids.map((id) => [id, 1])),
    startedAt: new Date(now.getTime() - 600_000),
    deadlineAt: new Date(now.getTime() + 1_200_000),
  }))!;
  const at = new Date(now.getTime() - 60_000);
  for (const s of submits) {
    await submissionRepo.insert({
      id: newId(),
      attemptId: attempt.id,
      challengeId: s.challenge.id,
      challengeVersion: 1,
      kind: 'submit',
      language: 'python',
      code: '',
      explanation: s.explanation,
      answers: s.answers,
      status: 'done',
      result: s.probe ?? null,
      objective: s.objective,
      objectiveScore: s.objective?.score ?? null,
      createdAt: at,
      finishedAt: at,
    });
  }
  await db.update(attempts).set({ finishedAt: now, finishReason: 'candidate', responseOrders: orders }).where(eq(attempts.id, attempt.id));
  return { attemptId: attempt.id, email };
}
