import { DOCKER_TIMEOUT_MS, fn, only, realRunner } from '../test-support/real-runner';
import { expectRoundTrip, picked, runStub } from '../test-support/typed-function';

jest.setTimeout(DOCKER_TIMEOUT_MS);
const { runner } = realRunner();
afterAll(() => runner.close());

const ECHO = `from dataclasses import dataclass
from typing import Optional


@dataclass
class Point:
    x: int
    label: Optional[str]


@dataclass
class Bag:
    nested: list[list[int]]
    empty: list[int]
    holes: list[Optional[int]]
    text: str
    big: int
    small: int
    sum: float
    whole: float
    point: Point
    counts: dict[str, int]
    missing: Optional[Point]
    flag: bool


def echo(nested, empty, holes, text, big, small, a, b, whole, point, counts, missing, flag):
    assert big == 2**63 - 1 and small == -(2**63), (big, small)
    assert type(whole) is float and isinstance(point, Point) and type(point.x) is int, (whole, point)
    print('{"not": "the value"}')
    return Bag(nested, empty, holes, text, big, small, a + b, whole, point, counts, missing, flag)
`;

describe('python typed function mode', () => {
  it('decodes and encodes every type exactly, in a fresh process and in the zygote, with prints kept out of the value', async () => {
    await expectRoundTrip(runner, 'python', ECHO);
  });

  it('refuses a result that does not fit the return type, naming the expected type and where', async () => {
    const code = 'def pick(k):\n    return [[1, 2, "x"], [True], [3.5], [2**63], [3.0]][k]\n';
    expect(await picked(runner, 'python', code, 5, 'int[]')).toEqual([
      ['runtime_error', 'assay: returned value[2]: expected int, got str', undefined],
      ['runtime_error', 'assay: returned value[0]: expected int, got bool True', undefined],
      ['runtime_error', 'assay: returned value[0]: expected int, got float 3.5', undefined],
      ['runtime_error', 'assay: returned value[0]: 9223372036854775808 does not fit a 64-bit int', undefined],
      ['ok', '', '[3]'],
    ]);
  });

  it('refuses NaN and Infinity for a float, and accepts an int there', async () => {
    const code = 'def pick(k):\n    return [float("nan"), float("inf"), 3][k]\n';
    expect(await picked(runner, 'python', code, 3, 'float')).toEqual([
      ['runtime_error', 'assay: returned value: expected float, got nan, which JSON has no number for', undefined],
      ['runtime_error', 'assay: returned value: expected float, got inf, which JSON has no number for', undefined],
      ['ok', '', '3.0'],
    ]);
  });

  it('reads a record from a dataclass, a dict with exactly its fields, or an object with them', async () => {
    const code = `from dataclasses import dataclass
from types import SimpleNamespace


@dataclass
class Span:
    start: int
    end: int


def pick(k):
    return [Span(1, 2), {"start": 1, "end": 2}, SimpleNamespace(start=1, end=2), {"start": 1}, {"start": 1, "end": 2, "x": 0}, Span(1, "2")][k]
`;
    expect(await picked(runner, 'python', code, 6, 'Span', { Span: { start: 'int', end: 'int' } })).toEqual([
      ['ok', '', '{"start":1,"end":2}'],
      ['ok', '', '{"start":1,"end":2}'],
      ['ok', '', '{"start":1,"end":2}'],
      ['runtime_error', 'assay: returned value: Span needs its field end (got dict)', undefined],
      ['runtime_error', "assay: returned value: Span has no field 'x'", undefined],
      ['runtime_error', 'assay: returned value.end: expected int, got str', undefined],
    ]);
  });

  it("shows a crash's traceback at the candidate's own line", async () => {
    const code = 'def pick(k):\n    x = 1\n    raise ValueError("bad %d" % k)\n';
    for (const [status, stderr] of await picked(runner, 'python', code, 3, 'int')) {
      expect(status).toBe('runtime_error');
      expect(stderr).toMatch(/main\.py", line 3, in pick\n[\s\S]*ValueError: bad \d/);
    }
  });

  it('runs the generated stub as it is: it loads, and its None is refused for a list', async () => {
    const c = only(await runStub(runner, 'python', 'merge_intervals', 'Interval[]'));
    expect(c).toMatchObject({ status: 'runtime_error', stderr: 'assay: returned value: expected Interval[], got None\n' });
  });

  it('keeps an untyped job as it was: plain JSON values, tuples and sets encoded', async () => {
    const code = 'def f(a, b):\n    return (a, {b}, type(a).__name__)\n';
    const c = only(await runner.run(fn('python', code, 'f', [{ name: 'a', argsJson: '[9223372036854775807, 1.5]' }])));
    expect(c).toMatchObject({ status: 'ok', valueJson: '[9223372036854775807,[1.5],"int"]' });
  });
});
