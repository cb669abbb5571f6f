import type { CandidateTest } from '@assay/contract';

/** The challenge's input style: function arguments as JSON, or stdin text. */
export type TestMode = 'function' | 'stdio';

/** One test case as the candidate types it: raw text, checked on every change. */
export interface TestRow {
  id: string;
  /** Function mode: the arguments as a JSON array. */
  args: string;
  /** Stdio mode: the program's input. */
  stdin: string;
  /** Function mode: the returned value as JSON; stdio: the expected stdout. Empty: no expected value. */
  expected: string;
  claim: string;
}

/** What is wrong with a row, per field; empty when the row is a valid test. */
export interface RowProblems {
  args?: string;
  expected?: string;
}

/** The most cases a candidate may add (the server's limit). */
export const MAX_TESTS = 20;

/** The rows for saved tests (after a reload), values shown as JSON. */
export function rowsOf(tests: CandidateTest[] | undefined): TestRow[] {
  return (tests ?? []).map((t) => {
    const fn = 'args' in t;
    const expected = t.expected === undefined ? '' : fn ? JSON.stringify(t.expected) : String(t.expected);
    return { id: t.id, args: fn ? JSON.stringify(t.args) : '', stdin: fn ? '' : t.stdin, expected, claim: t.claim ?? '' };
  });
}

/** A new empty row with an id not used yet (`t1`, `t2`, …). */
export function emptyRow(rows: TestRow[]): TestRow {
  const used = new Set(rows.map((r) => r.id));
  let n = rows.length + 1;
  while (used.has(`t${n}`)) n += 1;
  return { id: `t${n}`, args: '[]', stdin: '', expected: '', claim: '' };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : 'not JSON' };
  }
}

/** Checks one row: function mode needs the arguments as a JSON array and, if given, the expected value as JSON. */
export function checkRow(row: TestRow, mode: TestMode): RowProblems {
  if (mode === 'stdio') return {};
  const problems: RowProblems = {};
  const args = parseJson(row.args.trim() || '[]');
  if (!args.ok) problems.args = `The arguments are not valid JSON (${args.message}). Write them as a JSON array, e.g. [[1, 2], 3].`;
  else if (!Array.isArray(args.value)) problems.args = 'The arguments must be a JSON array, one element per argument, e.g. [[1, 2], 3].';
  if (row.expected.trim()) {
    const expected = parseJson(row.expected);
    if (!expected.ok) problems.expected = `The expected value is not valid JSON (${expected.message}). Strings need double quotes, e.g. "abc".`;
  }
  return problems;
}

/** The row as a test the server takes, or undefined while it has a problem. */
export function testOf(row: TestRow, mode: TestMode): CandidateTest | undefined {
  const problems = checkRow(row, mode);
  if (problems.args || problems.expected) return undefined;
  const claim = row.claim.trim() ? row.claim : undefined;
  if (mode === 'stdio') return { id: row.id, stdin: row.stdin, ...(row.expected ? { expected: row.expected } : {}), ...(claim ? { claim } : {}) };
  const args = JSON.parse(row.args.trim() || '[]') as unknown[];
  return { id: row.id, args, ...(row.expected.trim() ? { expected: JSON.parse(row.expected) as unknown } : {}), ...(claim ? { claim } : {}) };
}

/** The valid rows as tests, in order: a row with a problem is neither saved nor run until fixed. */
export function testsOf(rows: TestRow[], mode: TestMode): CandidateTest[] {
  return rows.flatMap((row) => testOf(row, mode) ?? []);
}
