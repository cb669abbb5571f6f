import { typeErrors } from '../test-support/ts-check';
import { javascriptTarget } from './javascript';
import { pythonTarget } from './python';
import { parseSignature, type Signature } from './signature';
import { typescriptTarget } from './typescript';

const MERGE: Signature = {
  params: [
    { name: 'intervals', type: 'Interval[]' },
    { name: 'min_gap', type: 'int?' },
    { name: 'labels', type: 'map<string, string?[]>' },
    { name: 'default', type: 'bool' },
  ],
  returns: 'Timeline',
  records: { Timeline: { spans: 'Interval[]', total: 'float' }, Interval: { start: 'int', end: 'int' } },
};

describe('typed function stubs', () => {
  const sig = parseSignature(MERGE);

  it('python: dataclasses in dependency order, snake_case parameters with hints, a pass body', () => {
    expect(pythonTarget.stub('merge_intervals', sig)).toBe(`from dataclasses import dataclass
from typing import Optional


@dataclass
class Interval:
    start: int
    end: int


@dataclass
class Timeline:
    spans: list[Interval]
    total: float


def merge_intervals(intervals: list[Interval], min_gap: Optional[int], labels: dict[str, list[Optional[str]]], default: bool) -> Timeline:
    pass
`);
  });

  it('python: imports only what the hints use, and renames a parameter that is a keyword', () => {
    const stub = pythonTarget.stub(
      'add',
      parseSignature({
        params: [
          { name: 'a', type: 'int' },
          { name: 'lambda', type: 'float' },
        ],
        returns: 'float',
      }),
    );
    expect(stub).toBe('def add(a: int, lambda_: float) -> float:\n    pass\n');
  });

  it('javascript: JSDoc typedefs and types, camelCase parameters, an empty body, and it type-checks as JSDoc', () => {
    const stub = javascriptTarget.stub('mergeIntervals', sig);
    expect(stub).toContain(' * @typedef {object} Interval\n * @property {number} start\n');
    expect(stub).toContain(
      ' * @param {Record<string, (string | null)[]>} labels\n * @param {boolean} default_\n * @returns {Timeline}\n */\nfunction mergeIntervals(intervals, minGap, labels, default_) {}\n',
    );
    // An empty body returns undefined: the only complaint a checker may have is that missing return.
    expect(typeErrors('stub.js', stub).filter((e) => !e.includes('return'))).toEqual([]);
  });

  it('typescript: interfaces, real types and a placeholder return, so it type-checks under strict', () => {
    const stub = typescriptTarget.stub('mergeIntervals', sig);
    expect(stub).toBe(`interface Interval {
  start: number;
  end: number;
}

interface Timeline {
  spans: Interval[];
  total: number;
}

function mergeIntervals(intervals: Interval[], minGap: number | null, labels: Record<string, (string | null)[]>, default_: boolean): Timeline {
  return { spans: [], total: 0 };
}
`);
    expect(typeErrors('stub.ts', stub)).toEqual([]);
  });

  it('writes the parsed signature for the shared harness, and only that', () => {
    for (const target of [pythonTarget, javascriptTarget, typescriptTarget]) {
      expect(target.driverFiles('f', sig, MERGE)).toEqual({ 'assay_signature.json': JSON.stringify(sig) });
    }
  });
});
