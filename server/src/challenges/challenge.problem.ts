import type { Problem } from './challenge-api.schema';

export type { Problem };

/** `challenges/two-sum/tests/hidden.yaml:14: [3].expected: required`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const parts = [where];
  if (problem.field) parts.push(problem.field);
  if (problem.language) parts.push(problem.language);
  if (problem.test) parts.push(`test "${problem.test}"`);
  return `${parts.join(': ')}: ${problem.message}`;
}

/** A zod/YAML path as a field name: `scoring.weights.tests`, `[3].expected`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (!/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(String(key))) out += `[${JSON.stringify(String(key))}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
