import { checkValue, type ParsedSignature } from '@assay/runners';

/** Where a value does not fit: its path in the test (`['args', 0, 3]`) and why, naming the parameter. */
export interface SignatureMisfit {
  at: (string | number)[];
  message: string;
}

/**
 * Where a test's values (a challenge's test, or a candidate's case) do not
 * fit the signature, each described by the parameter it is for: `args[1]
 * (target)[3]: expected int, got the string "x"`. The argument count first;
 * then the first misfit in each argument and in the expected value, when
 * one is given.
 */
export function signatureMisfits(sig: ParsedSignature, args: readonly unknown[], expected?: { value: unknown }): SignatureMisfit[] {
  const out: SignatureMisfit[] = [];
  if (args.length !== sig.params.length) {
    const names = sig.params.map((p) => p.name).join(', ');
    out.push({ at: ['args'], message: `args: ${args.length} argument${args.length === 1 ? '' : 's'} for ${sig.params.length} parameter${sig.params.length === 1 ? '' : 's'} (${names})` });
  }
  sig.params.forEach((param, j) => {
    if (j >= args.length) return;
    const misfit = checkValue(param.type, args[j], sig);
    if (misfit) out.push({ at: ['args', j, ...misfit.path], message: `args[${j}] (${param.name})${valuePath(misfit.path)}: ${misfit.message}` });
  });
  const misfit = expected && checkValue(sig.returns, expected.value, sig);
  if (misfit) out.push({ at: ['expected', ...misfit.path], message: `expected${valuePath(misfit.path)}: ${misfit.message}` });
  return out;
}

/** A path inside a value as the candidate would index it: `[3].start`, `["a b"]`. */
export function valuePath(path: readonly (string | number)[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`)).join('');
}
