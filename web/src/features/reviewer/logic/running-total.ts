import { setTotal } from '@assay/contract';
import type { ReviewRubric } from '../api/reviews';

/** One gate as the reviewer sees it while scoring. */
export interface GateState {
  label: string;
  minPoints: number;
  /** Points reached so far (a criterion's picked points, unweighted, or the total); null while unpicked. */
  reached: number | null;
  passed: boolean | null;
}

/** The running total of a set of picks. */
export interface RunningTotal {
  /** Weighted points: exact (setTotal) once every criterion is picked, a partial sum before. */
  total: number;
  fullMarks: number;
  complete: boolean;
  /** The rubric part's value in [0, 1] once complete (0 when a gate failed). */
  value: number | null;
  gatesPassed: boolean | null;
  gates: GateState[];
  /** Titles of criteria still without a level, in rubric order. */
  missing: string[];
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The total the server will compute for these picks: `setTotal` from the
 * contract (weights, negative scoring, floor and gates) once every
 * criterion is picked; before that a partial sum of the picked criteria
 * (positive: what they add; negative: full marks minus what they deduct,
 * not below the floor), marked incomplete.
 */
export function runningTotal(rubric: ReviewRubric, levels: Readonly<Record<string, number>>): RunningTotal {
  const picked = rubric.criteria.filter((c) => c.levels[levels[c.id] ?? -1] !== undefined);
  const missing = rubric.criteria.filter((c) => !picked.includes(c)).map((c) => c.title);
  const exact = missing.length === 0 ? setTotal(rubric, levels) : null;
  let total: number;
  if (exact) total = exact.total;
  else {
    const sum = picked.reduce((acc, c) => acc + c.weight * c.levels[levels[c.id]!]!.points, 0);
    total = rubric.scoring === 'positive' ? sum : Math.max(rubric.fullMarks + sum, rubric.floor);
  }
  const gates = rubric.gates.map((g): GateState => {
    const criterion = g.criterion === null ? null : rubric.criteria.find((c) => c.id === g.criterion);
    const level = criterion ? levels[criterion.id] : undefined;
    const reached = criterion ? (level === undefined ? null : (criterion.levels[level]?.points ?? null)) : exact ? exact.total : null;
    return {
      label: criterion ? criterion.title : g.criterion === null ? 'Total' : g.criterion,
      minPoints: g.minPoints,
      reached,
      passed: reached === null ? null : reached >= g.minPoints,
    };
  });
  return {
    total: round(total),
    fullMarks: round(rubric.fullMarks),
    complete: exact !== null,
    value: exact ? exact.value : null,
    gatesPassed: exact ? exact.gatesPassed : null,
    gates,
    missing,
  };
}

/** "1 pt" / "2.5 pts" / "-1 pt". */
export function pointsLabel(points: number): string {
  return `${round(points)} ${Math.abs(points) === 1 ? 'pt' : 'pts'}`;
}
