import type { Rubric } from '../challenges/challenge.schema';
import { Ratio } from './score-ratio';
import { ScoreInputError, scoreRubricPart, shown, type RubricReviews } from './score-rubric';
import { SCORE_DECIMALS, type AttemptScore, type ChallengeScore, type ComponentScore, type MissingPart, type ScorePart } from './score.schema';

export { ScoreInputError, type RubricPicks, type RubricReviews } from './score-rubric';

/** Everything one challenge's score is made of; the caller gathers it, this module only computes. */
export interface ChallengeScoreInput {
  challengeId: string;
  /** challenge.yaml `scoring.weights` (they sum to 1; the score divides by their sum all the same). */
  weights: Readonly<Record<ScorePart, number>>;
  /** The tests score of the judged submit (grading/tests-score.ts); null while none is judged. */
  tests: { score: number } | null;
  /** The objective part in [0, 1] (grading/objective.ts, from the last submit); null while none is graded. */
  objective: number | null;
  rubric: Rubric | null;
  /** The explanation's reviews; none given means none final yet (2 required). */
  reviews?: RubricReviews;
}

const NO_REVIEWS: RubricReviews = { required: 2, reviews: [] };
const PARTS: readonly ScorePart[] = ['tests', 'objective', 'rubric'];
const r = Ratio.fromNumber;

/**
 * A challenge's score: Σ weight × part over tests, objective and rubric,
 * divided by the weights' sum, exact until it is rounded. A part with weight
 * 0 is shown and never waited for; a part with weight above 0 that is not
 * there yet counts 0 and makes the score `provisional`, named in `missing`.
 */
export function scoreChallenge(input: ChallengeScoreInput): ChallengeScore {
  const { challengeId, weights } = input;
  const reviews = input.reviews ?? NO_REVIEWS;
  if (!Number.isInteger(reviews.required) || reviews.required < 1)
    throw new ScoreInputError(`${challengeId}: reviews required must be a whole number from 1, not ${reviews.required}`);
  const weight = Object.fromEntries(PARTS.map((p) => [p, checkedWeight(`${challengeId}: weights.${p}`, weights[p])])) as Record<ScorePart, Ratio>;
  const weightSum = Ratio.sum(PARTS.map((p) => weight[p]));
  if (weightSum.compare(Ratio.ZERO) <= 0) throw new ScoreInputError(`${challengeId}: the weights of tests, objective and rubric are all 0`);

  const rubricPart = input.rubric ? scoreRubricPart(input.rubric, reviews) : null;
  const parts: Record<ScorePart, { value: Ratio | null; missing: string }> = {
    tests: { value: input.tests && inUnit(`${challengeId}: tests`, input.tests.score), missing: 'no judged submission yet' },
    objective: { value: input.objective === null ? null : inUnit(`${challengeId}: objective`, input.objective), missing: 'no graded submission yet' },
    rubric: rubricPart
      ? { value: rubricPart.value, missing: rubricPart.missing ?? 'no final review yet' }
      : { value: null, missing: `the challenge has no rubric, yet its rubric weight is ${weights.rubric}` },
  };

  const missing: MissingPart[] = [];
  const components: ComponentScore[] = [];
  const steps: string[] = [];
  let total = Ratio.ZERO;
  for (const p of PARTS) {
    const { value } = parts[p];
    const share = weight[p].div(weightSum);
    const contribution = value ? share.mul(value) : Ratio.ZERO;
    total = total.add(contribution);
    const counts = weight[p].compare(Ratio.ZERO) > 0;
    if (counts && !value) missing.push({ challengeId, part: p, reason: parts[p].missing });
    components.push({ part: p, weight: share.round(SCORE_DECIMALS), value: value && value.round(SCORE_DECIMALS), contribution: contribution.round(SCORE_DECIMALS) });
    if (p === 'rubric' && rubricPart && (counts || rubricPart.part.sets.length)) steps.push(...rubricPart.steps);
    if (!counts) steps.push(`${p}: weight 0, not counted${value ? ` (${shown(value)})` : ''}`);
    else if (!value) steps.push(`${p}: missing (${parts[p].missing}), counts 0 for now`);
    else steps.push(`${p}: ${shown(value)} × weight ${shown(share)} = ${shown(contribution)}`);
  }
  const status = missing.length ? 'provisional' : 'final';
  steps.push(`${challengeId} = ${components.map((c) => String(c.contribution)).join(' + ')} = ${shown(total)} (${status})`);
  return { challengeId, status, score: total.round(SCORE_DECIMALS), exact: total.toString(), components, rubric: rubricPart?.part ?? null, missing, steps };
}

/**
 * An attempt's score: the weighted mean of its challenges' scores, equal
 * weights unless `weights` (challenge id → weight ≥ 0, one for each
 * challenge) are given: assessments store none yet. `provisional` while any
 * challenge with a weight above 0 is; its missing parts are listed.
 */
export function scoreAttempt(challenges: readonly ChallengeScore[], weights?: Readonly<Record<string, number>>): AttemptScore {
  if (!challenges.length) throw new ScoreInputError('an attempt score needs at least one challenge');
  const ids = new Set<string>();
  for (const c of challenges) {
    if (ids.has(c.challengeId)) throw new ScoreInputError(`challenge ${c.challengeId} is scored twice`);
    ids.add(c.challengeId);
  }
  for (const id of Object.keys(weights ?? {})) if (!ids.has(id)) throw new ScoreInputError(`a weight is given for ${id}, which is not among the challenges`);
  const weightOf = (id: string) => (weights ? checkedWeight(`weight of ${id}`, weights[id]) : Ratio.ONE);
  const weightSum = Ratio.sum(challenges.map((c) => weightOf(c.challengeId)));
  if (weightSum.compare(Ratio.ZERO) <= 0) throw new ScoreInputError('every challenge weighs 0');

  let total = Ratio.ZERO;
  const steps: string[] = [];
  const rows = challenges.map((c) => {
    const share = weightOf(c.challengeId).div(weightSum);
    const contribution = share.mul(Ratio.parse(c.exact));
    total = total.add(contribution);
    steps.push(`${c.challengeId}: ${c.score} × ${shown(share)} = ${shown(contribution)}${c.status === 'provisional' ? ' (provisional)' : ''}`);
    return {
      challengeId: c.challengeId,
      share: share.round(SCORE_DECIMALS),
      status: c.status,
      score: c.score,
      contribution: contribution.round(SCORE_DECIMALS),
      counts: share.compare(Ratio.ZERO) > 0,
    };
  });
  const missing = challenges.filter((_, i) => rows[i]!.counts).flatMap((c) => c.missing);
  const status = missing.length ? 'provisional' : 'final';
  steps.push(`attempt = ${rows.map((row) => String(row.contribution)).join(' + ')} = ${shown(total)} (${status})`);
  return { status, score: total.round(SCORE_DECIMALS), exact: total.toString(), challenges: rows.map(({ counts: _counts, ...row }) => row), missing, steps };
}

/** A weight as an exact ratio; it must be a finite number ≥ 0. */
function checkedWeight(what: string, value: number | undefined): Ratio {
  if (value === undefined || !Number.isFinite(value) || value < 0) throw new ScoreInputError(`${what} must be a number ≥ 0, not ${value}`);
  return r(value);
}

/** A part's value as an exact ratio; it must be in [0, 1]. */
function inUnit(what: string, value: number): Ratio {
  if (!Number.isFinite(value) || value < 0 || value > 1) throw new ScoreInputError(`${what} must be in [0, 1], not ${value}`);
  return r(value);
}
