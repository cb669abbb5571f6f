/**
 * The API contract: every request and response body of `/api/v1` as a zod
 * schema, with the TypeScript types inferred from them. It is the only part
 * of the server the web app imports (`@assay/contract`), and everything it
 * reaches is browser-safe (zod and the engine's schemas, no Node APIs).
 * The routes validate with these same schemas, and OpenAPI is generated from them.
 */
export * from '../auth/auth.schema';
export * from '../assessments/assessment.schema';
export * from '../assessments/attempt-monitor.schema';
export * from '../attempts/attempt.schema';
export * from '../calibration/calibration.schema';
export * from '../challenges/challenge-api.schema';
export * from '../challenges/challenge-view.schema';
export {
  ANSWER_LABELS,
  AnswerLabelSchema,
  CHALLENGE_KINDS,
  DEBUG_SETS,
  FUNCTION_LANGUAGES,
  UNTYPED_FUNCTION_LANGUAGES,
  SOURCE_EXTENSIONS,
  STRENGTHS,
  VERDICTS,
  type AnswerLabel,
  type ChallengeKind,
  type DebugSet,
  type Strength,
  type Verdict,
  isCritique,
  writesCode,
} from '../challenges/challenge.schema';
export * from '../languages/language.schema';
export * from '../mail/invite-email.schema';
export * from '../reviews/review.schema';
export * from '../reviews/objective-view.schema';
export * from '../rubrics/rubric-api.schema';
export { rubricShape } from '../rubrics/rubric-shape';
export { RubricFileSchema, rubricFullMarks, type Rubric, type RubricFileInput } from '../challenges/rubric.schema';
export * from '../reports/report.schema';
export * from '../grading/score.schema';
export * from '../grading/objective.schema';
export * from '../grading/attempt-scores.schema';
export * from '../submissions/submission.schema';
export * from '../webhooks/webhook.schema';
export { LANGUAGE_IDS, LanguageIdSchema, type LanguageId } from '@assay/runners';
export { setTotal, type RubricForTotal } from '../grading/score-rubric';
