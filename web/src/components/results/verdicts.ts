/** How each verdict reads to a candidate. */
export const VERDICT_LABELS: Record<string, string> = {
  ok: 'Passed',
  wrong_answer: 'Wrong answer',
  runtime_error: 'Runtime error',
  time_limit: 'Time limit exceeded',
  memory_limit: 'Memory limit exceeded',
  output_limit: 'Output limit exceeded',
  compile_error: 'Compile error',
};

export function verdictLabel(verdict: string): string {
  return VERDICT_LABELS[verdict] ?? verdict.replace(/_/g, ' ');
}

/**
 * A value as it appears in a results table: the exact text the server sent
 * (JSON as written, so 9007199254740993 stays itself; stdout as printed);
 * nothing returned shows as a dash.
 */
export function showValue(value: string | null): string {
  return value ?? '—';
}
