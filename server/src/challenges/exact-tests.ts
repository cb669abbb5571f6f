import { parseDocument } from 'yaml';
import { parseSignature, type Signature } from '@assay/runners';
import { toJsonText } from '../grading/json-exact';
import { fieldPath, type Problem } from './challenge.problem';
import type { TestCase } from './challenge.schema';
import { signatureMisfits } from './signature-misfits';

/** What the second read of a function-mode test file checks besides exactness. */
export interface ExactOptions {
  /** The challenge's signature: every test's args and expected value must fit it. */
  signature?: Signature;
  /**
   * Whether an integer argument beyond ±2^53 is refused: without a
   * signature, JavaScript and TypeScript read arguments as doubles, so such
   * an argument would reach them as a different number.
   */
  refuseUnsafeInts?: boolean;
}

/**
 * Function tests with their exact JSON texts. The schema pass reads YAML
 * integers as doubles (so 9007199254740993 would become ...992); this
 * second read keeps them as bigints and writes `argsJson` and
 * `expectedJson` from that, so the program gets, and the comparison
 * expects, exactly what the file says. A non-finite number anywhere is a
 * problem (JSON has none), and with a signature so is a value that does
 * not fit its declared type, naming the test and the argument.
 */
export function withExactValues(
  file: string,
  text: string,
  tests: TestCase[],
  locate: (path: readonly PropertyKey[]) => number | undefined,
  options: ExactOptions = {},
): { tests: TestCase[]; problems: Problem[] } {
  const raw = parseDocument(text, { intAsBigInt: true, uniqueKeys: true }).toJS({ maxAliasCount: 100 }) as unknown;
  if (!Array.isArray(raw)) return { tests, problems: [] };
  const sig = options.signature ? parseSignature(options.signature) : undefined;
  const problems: Problem[] = [];
  const out = tests.map((test, i): TestCase => {
    const source = raw[i] as { args?: unknown[]; expected?: unknown } | undefined;
    if (!('args' in test) || !source || !Array.isArray(source.args)) return test;
    const problem = (path: PropertyKey[], message: string, withField = true) =>
      problems.push({ file, line: locate([i, ...path]), ...(withField ? { field: fieldPath([i, ...path]) } : {}), test: test.name, message });
    const exact: { argsJson?: string; expectedJson?: string } = {};
    for (const [key, value] of [['args', source.args], ['expected', source.expected]] as const) {
      try {
        exact[key === 'args' ? 'argsJson' : 'expectedJson'] = toJsonText(value);
      } catch (error) {
        problem([key], (error as Error).message.replace(/^value: /, ''));
      }
    }
    if (options.refuseUnsafeInts) {
      const unsafe = findUnsafeInt(source.args, ['args']);
      if (unsafe) problem(unsafe, 'integer arguments beyond ±2^53 reach JavaScript and TypeScript rounded: declare a signature to pass them exactly');
    }
    if (sig && exact.argsJson !== undefined && exact.expectedJson !== undefined) {
      for (const misfit of signatureMisfits(sig, source.args, { value: source.expected })) problem(misfit.at, misfit.message, false);
    }
    return { ...test, ...exact };
  });
  return { tests: out, problems };
}

/** The path of the first integer beyond ±2^53 in a value (as the bigint-reading parse gives it). */
function findUnsafeInt(value: unknown, path: PropertyKey[]): PropertyKey[] | undefined {
  if (typeof value === 'bigint' && (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER))) return path;
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnsafeInt(item, [...path, Array.isArray(value) ? Number(key) : key]);
      if (found) return found;
    }
  }
  return undefined;
}
