import type { CaseReport } from '@assay/runners';
import type { FunctionCase } from '../challenges/challenge.schema';

/**
 * The exact JSON text of a function test's expected value: what the loader
 * kept from the YAML (integers of any size exactly), or, for a case built in
 * code without it, the value as JavaScript writes it.
 */
export function expectedJsonOf(test: FunctionCase): string {
  return test.expectedJson ?? JSON.stringify(test.expected) ?? 'null';
}

/**
 * The exact JSON text a function-mode case returned, undefined when it
 * returned nothing. The runner reports it as `valueJson` (the program's own
 * text); an older report carries the parsed `value` instead.
 */
export function returnedJsonOf(report: CaseReport): string | undefined {
  if (report.valueJson !== undefined) return report.valueJson;
  const stored = (report as CaseReport & { value?: unknown }).value; // a result stored before valueJson
  return stored === undefined ? undefined : JSON.stringify(stored);
}
