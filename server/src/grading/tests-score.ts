import { z } from 'zod';
import { DEBUG_SETS, type DebugSet } from '../challenges/challenge.schema';

/** A hidden case as the score needs it: its name, group and weight inside the group. */
export interface ScoredCase {
  name: string;
  /** Group name; a case without one is in group `default`. */
  group?: string;
  /** Weight inside its group; default 1. */
  weight?: number;
  /** Debug kind: the set it belongs to (fails or passes on the starter). */
  set?: DebugSet;
}

/** `scoring` of challenge.yaml, the parts that score tests. */
export interface TestsScoring {
  /** Group → weight; a group not named weighs 1. */
  groups?: Record<string, number>;
  /** true: a group scores the weighted fraction passed; false: 1 only when every case passes. */
  partialCredit: boolean;
  /** Debug kind: the weights of the two sets; the score is their weighted mean, each scored by groups. */
  sets?: { failToPass: number; passToPass: number };
}

/** One hidden group's result: `passed` and `total` count cases; `score` (in [0, 1]) uses case weights. */
export const GroupScoreSchema = z.object({ name: z.string(), weight: z.number(), passed: z.number(), total: z.number(), score: z.number() });
export type GroupScore = z.infer<typeof GroupScoreSchema>;

/** One debug set's result (`scoring.sets`): its weight, its cases' score by groups, and those groups. */
export const SetScoreSchema = z.object({ set: z.enum(DEBUG_SETS), weight: z.number(), total: z.number(), score: z.number(), groups: z.array(GroupScoreSchema) });
export type SetScore = z.infer<typeof SetScoreSchema>;

/**
 * The `tests` component of a challenge's score: `score` in [0, 1] is the
 * weighted mean of the group scores, or, with `sets` (debug kind, scored by
 * sets), of the set scores; `groups` then still counts every case by group.
 */
export const TestsScoreSchema = z.object({ score: z.number(), groups: z.array(GroupScoreSchema), sets: z.array(SetScoreSchema).optional() });
export type TestsScore = z.infer<typeof TestsScoreSchema>;

/** The group of cases without a `group`. */
export const DEFAULT_GROUP = 'default';

type DidPass = (name: string) => boolean;

/** Scores cases by groups: the weighted mean of the group scores (see `scoreTests`). */
function scoreGroups(cases: readonly ScoredCase[], didPass: DidPass, scoring: TestsScoring): Omit<TestsScore, 'sets'> {
  const byGroup = new Map<string, ScoredCase[]>();
  for (const name of Object.keys(scoring.groups ?? {})) byGroup.set(name, []);
  for (const c of cases) {
    const name = c.group ?? DEFAULT_GROUP;
    byGroup.set(name, [...(byGroup.get(name) ?? []), c]);
  }
  const groups: GroupScore[] = [...byGroup].map(([name, members]) => {
    const weight = scoring.groups && Object.hasOwn(scoring.groups, name) ? scoring.groups[name]! : 1;
    const total = members.length;
    const passedCases = members.filter((c) => didPass(c.name));
    let score = 0;
    if (total > 0) {
      if (scoring.partialCredit) {
        const sum = (list: ScoredCase[]) => list.reduce((acc, c) => acc + (c.weight ?? 1), 0);
        score = sum(passedCases) / sum(members);
      } else {
        score = passedCases.length === total ? 1 : 0;
      }
    }
    return { name, weight, passed: passedCases.length, total, score };
  });
  return { score: weightedMean(groups), groups };
}

/** The weighted mean of the parts that have cases; 0 when none does or all weigh 0. */
function weightedMean(parts: readonly { weight: number; total: number; score: number }[]): number {
  const counted = parts.filter((p) => p.total > 0);
  const totalWeight = counted.reduce((acc, p) => acc + p.weight, 0);
  return totalWeight > 0 ? counted.reduce((acc, p) => acc + p.weight * p.score, 0) / totalWeight : 0;
}

/**
 * Scores hidden tests: each group scores the weighted fraction of its cases
 * passed (or, without partial credit, 1 only if all pass); the total is the
 * weighted mean over groups that have cases. A group named in `scoring.groups`
 * with no cases is listed with `total: 0`, scores 0 and does not count
 * towards the mean. No cases, or only weight-0 groups, score 0. A case absent
 * from `passed` counts as failed. With `scoring.sets` (debug kind) each set's
 * cases are scored so, and the total is the weighted mean of the sets that
 * have cases (a case without a set counts in neither: the rules refuse it).
 */
export function scoreTests(cases: readonly ScoredCase[], passed: ReadonlyMap<string, boolean> | Readonly<Record<string, boolean>>, scoring: TestsScoring): TestsScore {
  const didPass: DidPass = (name) => (passed instanceof Map ? passed.get(name) : Object.hasOwn(passed, name) && (passed as Record<string, boolean>)[name]) === true;
  const all = scoreGroups(cases, didPass, scoring);
  if (!scoring.sets) return all;
  const weights: Record<DebugSet, number> = { fail_to_pass: scoring.sets.failToPass, pass_to_pass: scoring.sets.passToPass };
  const sets: SetScore[] = DEBUG_SETS.map((set) => {
    const members = cases.filter((c) => c.set === set);
    return { set, weight: weights[set], total: members.length, ...scoreGroups(members, didPass, scoring) };
  });
  return { score: weightedMean(sets), groups: all.groups, sets };
}
