import type { Signature } from '../functions/signature';
import type { LanguageId } from '../languages/language.schema';
import type { CaseInput, RunJob } from '../run/job.schema';

/**
 * How a bench row calls the program: `stdio` (reads nothing, prints 42),
 * `function` (the shared harness with plain JSON values: Python, JavaScript
 * and TypeScript without a signature) or `typed` (function mode with the
 * signature `add(a: int, b: int) -> int`: the typed harness, or in Java,
 * C++ and Go the driver generated from it).
 */
export type BenchVariant = 'stdio' | 'function' | 'typed';

/** One trivial program the case-cost bench measures. */
export interface BenchProgram {
  language: LanguageId;
  variant: BenchVariant;
  code: string;
}

/** The typed rows' signature; its entry is `add` in every language. */
export const ADD_SIGNATURE: Signature = {
  params: [
    { name: 'a', type: 'int' },
    { name: 'b', type: 'int' },
  ],
  returns: 'int',
};

/**
 * Every row, grouped by language: stdio beside typed function mode in all
 * six (the harness or driver is part of what a case costs), and the untyped
 * harness where there is one, so the typed harness's own cost shows.
 */
export const BENCH_PROGRAMS: readonly BenchProgram[] = [
  { language: 'python', variant: 'stdio', code: 'print(42)\n' },
  { language: 'python', variant: 'function', code: 'def add(a, b):\n    return a + b\n' },
  { language: 'python', variant: 'typed', code: 'def add(a: int, b: int) -> int:\n    return a + b\n' },
  { language: 'javascript', variant: 'stdio', code: 'console.log(42);\n' },
  { language: 'javascript', variant: 'function', code: 'function add(a, b) {\n  return a + b;\n}\n' },
  { language: 'javascript', variant: 'typed', code: 'function add(a, b) {\n  return a + b;\n}\n' },
  { language: 'typescript', variant: 'stdio', code: 'console.log(42);\n' },
  { language: 'typescript', variant: 'function', code: 'function add(a: number, b: number): number {\n  return a + b;\n}\n' },
  { language: 'typescript', variant: 'typed', code: 'function add(a: number, b: number): number {\n  return a + b;\n}\n' },
  { language: 'java', variant: 'stdio', code: 'public class Main {\n  public static void main(String[] args) {\n    System.out.println(42);\n  }\n}\n' },
  { language: 'java', variant: 'typed', code: 'class Solution {\n  public long add(long a, long b) {\n    return a + b;\n  }\n}\n' },
  { language: 'cpp', variant: 'stdio', code: '#include <cstdio>\nint main() { std::puts("42"); }\n' },
  { language: 'cpp', variant: 'typed', code: 'long long add(long long a, long long b) {\n  return a + b;\n}\n' },
  { language: 'go', variant: 'stdio', code: 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println(42) }\n' },
  { language: 'go', variant: 'typed', code: 'package main\n\nfunc add(a int64, b int64) int64 {\n\treturn a + b\n}\n' },
];

/** A submission of `count` identical trivial cases of one row. */
export function benchJob(program: BenchProgram, count: number): RunJob {
  const { language, variant, code } = program;
  // A generous time limit: a loaded machine must slow the figures down, not fail the run.
  const limits = { timeMs: 10_000 };
  if (variant === 'stdio') return { language, mode: 'stdio', code, cases: Array.from({ length: count }, (_, i) => ({ name: `c${i}`, stdin: '' })), limits };
  const cases: CaseInput[] = Array.from({ length: count }, (_, i) => ({ name: `c${i}`, args: [i, 1] }));
  return { language, mode: 'function', code, entry: 'add', cases, limits, ...(variant === 'typed' ? { signature: ADD_SIGNATURE } : {}) };
}
