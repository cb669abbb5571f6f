import type { Rubric } from '../challenges/rubric.schema';
import type { ScorePart } from '../grading/score.schema';
import type { AttemptResult } from './attempt-results';
import type { AttemptExportRecord, ReviewLabelRecord } from './export.repo';

/** A challenge's score in an attempt export: its status, score and each part's value in [0, 1] (null while missing). */
export interface ChallengeExport {
  challengeId: string;
  status: 'provisional' | 'final' | null;
  score: number | null;
  tests: number | null;
  objective: number | null;
  rubric: number | null;
}

/** One attempt in the attempts export (a JSONL line; CSV flattens `challenges` into columns). */
export interface AttemptExport {
  attemptId: string;
  email: string;
  startedAt: string;
  finishedAt: string | null;
  finalAt: string | null;
  status: 'provisional' | 'final';
  score: number | null;
  challenges: ChallengeExport[];
}

/** One reviewer × item × criterion in the labels export, named like its CSV columns. */
export interface LabelExport {
  assessment_id: string;
  item_id: string;
  purpose: 'score' | 'gold';
  attempt_id: string;
  challenge_id: string;
  rubric_version: number;
  reviewer_id: string;
  reviewer_name: string;
  role: 'reviewer' | 'adjudicator';
  criterion: string;
  level: number;
  points: number | null;
  submitted_at: string | null;
}

const PARTS: readonly ScorePart[] = ['tests', 'objective', 'rubric'];
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** An attempt and its result (null when grading had none) as one export line, challenges in the assessment's order. */
export function attemptExport(record: AttemptExportRecord, result: AttemptResult | null, challengeIds: readonly string[]): AttemptExport {
  return {
    attemptId: record.id,
    email: record.email,
    startedAt: record.startedAt.toISOString(),
    finishedAt: iso(record.finishedAt),
    finalAt: iso(record.finalAt),
    status: result?.status ?? 'provisional',
    score: result?.score.score ?? null,
    challenges: challengeIds.map((challengeId) => {
      const c = result?.challenges.find((x) => x.challengeId === challengeId);
      const part = (p: ScorePart) => c?.components.find((x) => x.part === p)?.value ?? null;
      return { challengeId, status: c?.status ?? null, score: c?.score ?? null, tests: part('tests'), objective: part('objective'), rubric: part('rubric') };
    }),
  };
}

/** The attempts CSV header: the attempt's fields, then `<challenge>.status|score|tests|objective|rubric` per challenge. */
export function attemptColumns(challengeIds: readonly string[]): string[] {
  const fixed = ['attempt_id', 'email', 'started_at', 'finished_at', 'final_at', 'status', 'score'];
  return [...fixed, ...challengeIds.flatMap((id) => ['status', 'score', ...PARTS].map((f) => `${id}.${f}`))];
}

/** An attempt export line as one CSV record, in `attemptColumns` order. */
export function attemptCsvRecord(row: AttemptExport): unknown[] {
  return [
    row.attemptId,
    row.email,
    row.startedAt,
    row.finishedAt,
    row.finalAt,
    row.status,
    row.score,
    ...row.challenges.flatMap((c) => [c.status, c.score, c.tests, c.objective, c.rubric]),
  ];
}

/** The labels CSV header (also the keys of a labels JSONL line). */
export const LABEL_COLUMNS: readonly (keyof LabelExport)[] = [
  'assessment_id',
  'item_id',
  'purpose',
  'attempt_id',
  'challenge_id',
  'rubric_version',
  'reviewer_id',
  'reviewer_name',
  'role',
  'criterion',
  'level',
  'points',
  'submitted_at',
];

/**
 * One review's picks as label rows, one per criterion in the rubric's
 * order (a pick the rubric does not name comes last, without points);
 * `points` are the picked level's points in the review's rubric version
 * as it stands now (an edit of points re-scores old reviews).
 */
export function labelExports(assessmentId: string, review: ReviewLabelRecord, rubric: Rubric | null): LabelExport[] {
  const known = rubric?.criteria.filter((c) => c.id in review.levels) ?? [];
  const unknown = Object.keys(review.levels).filter((id) => !known.some((c) => c.id === id));
  const row = (criterion: string, level: number, points: number | null): LabelExport => ({
    assessment_id: assessmentId,
    item_id: review.itemId,
    purpose: review.purpose,
    attempt_id: review.attemptId,
    challenge_id: review.challengeId,
    rubric_version: review.rubricVersion,
    reviewer_id: review.reviewerId,
    reviewer_name: review.reviewerName,
    role: review.role,
    criterion,
    level,
    points,
    submitted_at: iso(review.submittedAt),
  });
  return [...known.map((c) => row(c.id, review.levels[c.id]!, c.levels[review.levels[c.id]!]?.points ?? null)), ...unknown.map((id) => row(id, review.levels[id]!, null))];
}
