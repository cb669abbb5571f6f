import { javaTarget } from './java';
import { parseSignature, type Signature } from './signature';

const stub = (entry: string, sig: Signature) => javaTarget.stub(entry, parseSignature(sig));

describe('java stub', () => {
  it('declares the records as classes with public fields and both constructors, then Solution with the entry', () => {
    const text = stub('mergeIntervals', {
      params: [
        { name: 'intervals', type: 'Interval[]' },
        { name: 'min_gap', type: 'int' },
      ],
      returns: 'Interval[]',
      records: { Interval: { start: 'int', end: 'int', label: 'string?' } },
    });
    expect(text).toBe(`import java.util.*;

class Interval {
  public long start;
  public long end;
  public String label;

  public Interval() {}

  public Interval(long start, long end, String label) {
    this.start = start;
    this.end = end;
    this.label = label;
  }
}

class Solution {
  public Interval[] mergeIntervals(Interval[] intervals, long minGap) {
    return new Interval[0];
  }
}
`);
  });

  it('spells every type as the mapping table says, boxing nullable primitives and map values', () => {
    const text = stub('f', {
      params: [
        { name: 'a', type: 'float[][]' },
        { name: 'b', type: 'int?[]' },
        { name: 'c', type: 'map<string, bool>' },
        { name: 'd', type: 'bool?' },
        { name: 'e', type: 'map<string, int[]>?' },
      ],
      returns: 'map<string, float?>',
    });
    expect(text).toContain('public Map<String, Double> f(double[][] a, Long[] b, Map<String, Boolean> c, Boolean d, Map<String, long[]> e) {\n    return new HashMap<>();');
  });

  it('renames parameters and fields that are Java keywords, and returns a placeholder of each return type', () => {
    const cases: [string, string][] = [
      ['int', 'return 0;'],
      ['float', 'return 0.0;'],
      ['bool', 'return false;'],
      ['string', 'return "";'],
      ['int[][]', 'return new long[0][];'],
      ['string?', 'return null;'],
      ['R', 'return new R();'],
      ['map<string, int>[]', 'return null;'], // an array of a generic type has no creation without a warning
    ];
    for (const [returns, body] of cases) {
      const text = stub('g', { params: [{ name: 'default', type: 'int' }], returns, records: { R: { class: 'int' } } });
      expect(text).toContain(`public long class_;`);
      expect(text).toContain(`g(long default_) {\n    ${body}`);
    }
  });
});

describe('java driver', () => {
  it('is one AssayMain.java that calls the entry on a new Solution', () => {
    const sig: Signature = { params: [{ name: 'rows', type: 'map<string, int>[]' }], returns: 'int' };
    const files = javaTarget.driverFiles('countRows', parseSignature(sig), sig);
    expect(Object.keys(files)).toEqual(['AssayMain.java']);
    expect(files['AssayMain.java']).toContain('r = new Solution().countRows(p0);');
  });
});
