import { z } from 'zod';

/** A hidden case as the score needs it: its name, group and weight inside the group. */
export interface ScoredCase {
  name: string;
  /** Group name; a case without one is in group `default`. */
  group?: string;
  /** Weight inside its group; default 1. */
  weight?: number;
}

/** `scoring` of challenge.yaml, the parts that score tests. */
export interface TestsScoring {
  /** Group → weight; a group not named weighs 1. */
  groups?: Record<string, number>;
  /** true: a group scores the weighted fraction passed; false: 1 only when every case passes. */
  partialCredit: boolean;
}

/** One hidden group's result: `passed` and `total` count cases; `score` (in [0, 1]) uses case weights. */
export const GroupScoreSchema = z.object({ name: z.string(), weight: z.number(), passed: z.number(), total: z.number(), score: z.number() });
export type GroupScore = z.infer<typeof GroupScoreSchema>;

/** The `tests` component of a challenge's score: `score` in [0, 1] is the weighted mean of the group scores. */
export const TestsScoreSchema = z.object({ score: z.number(), groups: z.array(GroupScoreSchema) });
export type TestsScore = z.infer<typeof TestsScoreSchema>;

/** The group of cases without a `group`. */
export const DEFAULT_GROUP = 'default';

/**
 * Scores hidden tests: each group scores the weighted fraction of its cases
 * passed (or, without partial credit, 1 only if all pass); the total is the
 * weighted mean over groups that have cases. A group named in `scoring.groups`
 * with no cases is listed with `total: 0`, scores 0 and does not count
 * towards the mean. No cases, or only weight-0 groups, score 0. A case absent
 * from `passed` counts as failed.
 */
export function scoreTests(cases: readonly ScoredCase[], passed: ReadonlyMap<string, boolean> | Readonly<Record<string, boolean>>, scoring: TestsScoring): TestsScore {
  const didPass = (name: string) => (passed instanceof Map ? passed.get(name) : Object.hasOwn(passed, name) && (passed as Record<string, boolean>)[name]) === true;
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
  const counted = groups.filter((g) => g.total > 0);
  const totalWeight = counted.reduce((acc, g) => acc + g.weight, 0);
  const score = totalWeight > 0 ? counted.reduce((acc, g) => acc + g.weight * g.score, 0) / totalWeight : 0;
  return { score, groups };
}
