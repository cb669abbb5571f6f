import { DOCKER_TIMEOUT_MS, only, realRunner } from '../test-support/real-runner';
import { runStub } from '../test-support/typed-function';
import { describeNodeTyped } from '../test-support/typed-node-suite';

jest.setTimeout(DOCKER_TIMEOUT_MS);
const { runner } = realRunner();
afterAll(() => runner.close());

/** The round-trip echo with the types a candidate would write (the stub's interfaces). */
const ECHO = `interface Point {
  x: number;
  label: string | null;
}

function echo(nested: number[][], empty: number[], holes: (number | null)[], text: string, big: number, small: number, a: number, b: number, whole: number, point: Point, counts: Record<string, number>, missing: Point | null, flag: boolean) {
  if (big !== (9223372036854775807n as unknown) || small !== (-9223372036854775808n as unknown)) throw new Error("not exact: " + big + " " + small);
  if (typeof nested[0]![0] !== "number" || typeof point.x !== "number") throw new Error("a small int is a number");
  console.log('{"not": "the value"}');
  return { nested, empty, holes, text, big, small, sum: a + b, whole, point, counts, missing, flag };
}
`;

describe('typescript typed function mode', () => {
  describeNodeTyped('typescript', () => runner, ECHO);

  it('compiles and runs the generated stub as it is: its placeholder is a value of the return type', async () => {
    const report = await runStub(runner, 'typescript', 'mergeIntervals', 'Interval');
    expect(report.compile).toMatchObject({ ok: true });
    expect(only(report)).toMatchObject({ status: 'ok', valueJson: '{"start":0,"end":0}' });
  });
});
