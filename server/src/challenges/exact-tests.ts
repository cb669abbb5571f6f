import { parseDocument } from 'yaml';
import { toJsonText } from '../grading/json-exact';
import { fieldPath, type Problem } from './challenge.problem';
import type { TestCase } from './challenge.schema';

/**
 * Function tests with their exact expected JSON text. The schema pass reads
 * YAML integers as doubles (so 9007199254740993 would become ...992); this
 * second read keeps them as bigints and writes `expectedJson` from that.
 * Arguments still travel to the program as JSON numbers, so an integer
 * argument beyond ±2^53 is a problem rather than a silently different
 * input; so is a non-finite number anywhere (JSON has none).
 */
export function withExactValues(
  file: string,
  text: string,
  tests: TestCase[],
  locate: (path: readonly PropertyKey[]) => number | undefined,
): { tests: TestCase[]; problems: Problem[] } {
  const raw = parseDocument(text, { intAsBigInt: true, uniqueKeys: true }).toJS({ maxAliasCount: 100 }) as unknown;
  if (!Array.isArray(raw)) return { tests, problems: [] };
  const problems: Problem[] = [];
  const problem = (path: PropertyKey[], message: string) => problems.push({ file, line: locate(path), field: fieldPath(path), message });
  const out = tests.map((test, i): TestCase => {
    const source = raw[i] as { args?: unknown; expected?: unknown } | undefined;
    if (!('args' in test) || !source) return test;
    const unsafe = findUnsafeNumber(source.args, [i, 'args']);
    if (unsafe) problem(unsafe.path, unsafe.message);
    try {
      return { ...test, expectedJson: toJsonText(source.expected) };
    } catch (error) {
      problem([i, 'expected'], (error as Error).message.replace(/^value: /, ''));
      return test;
    }
  });
  return { tests: out, problems };
}

/** The first number in an argument that cannot reach the program exactly, with why. */
function findUnsafeNumber(value: unknown, path: PropertyKey[]): { path: PropertyKey[]; message: string } | undefined {
  if (typeof value === 'bigint' && (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER))) {
    return { path, message: 'integer arguments beyond ±2^53 cannot reach the program exactly' };
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return { path, message: `${value} is not a JSON number` };
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnsafeNumber(item, [...path, Array.isArray(value) ? Number(key) : key]);
      if (found) return found;
    }
  }
  return undefined;
}
