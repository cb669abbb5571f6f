/** Expected vs. actual output of one example, with the differing part marked. */
export function ValueDiff({ expected, actual }: { expected: string; actual: string }) {
  if (!expected.includes('\n') && !actual.includes('\n')) {
    let i = 0;
    while (i < expected.length && i < actual.length && expected[i] === actual[i]) i += 1;
    return (
      <div className="diff" role="group" aria-label="Difference between expected and actual output">
        <div className="diff-line diff-del">
          <span className="diff-sign" aria-hidden="true">
            −
          </span>
          <span className="diff-label">expected</span>
          <code>
            {expected.slice(0, i)}
            <mark>{expected.slice(i)}</mark>
          </code>
        </div>
        <div className="diff-line diff-add">
          <span className="diff-sign" aria-hidden="true">
            +
          </span>
          <span className="diff-label">actual</span>
          <code>
            {actual.slice(0, i)}
            <mark>{actual.slice(i)}</mark>
          </code>
        </div>
      </div>
    );
  }
  return (
    <div className="diff" role="group" aria-label="Line-by-line difference between expected and actual output">
      {lineDiff(expected.split('\n'), actual.split('\n')).map((d, i) => (
        <div key={i} className={`diff-line diff-${d.op}`}>
          <span className="diff-sign" aria-hidden="true">
            {d.op === 'del' ? '−' : d.op === 'add' ? '+' : ' '}
          </span>
          <span className="visually-hidden">{d.op === 'del' ? 'expected only: ' : d.op === 'add' ? 'actual only: ' : ''}</span>
          <code>{d.text || ' '}</code>
        </div>
      ))}
    </div>
  );
}

type DiffLine = { op: 'same' | 'del' | 'add'; text: string };

/** A longest-common-subsequence line diff (outputs here are small: capped at a few hundred lines). */
export function lineDiff(a: string[], b: string[]): DiffLine[] {
  const x = a.slice(0, 400);
  const y = b.slice(0, 400);
  const lcs = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
  for (let i = x.length - 1; i >= 0; i -= 1) {
    for (let j = y.length - 1; j >= 0; j -= 1) {
      lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      out.push({ op: 'same', text: x[i]! });
      i += 1;
      j += 1;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      out.push({ op: 'del', text: x[i]! });
      i += 1;
    } else {
      out.push({ op: 'add', text: y[j]! });
      j += 1;
    }
  }
  while (i < x.length) out.push({ op: 'del', text: x[i++]! });
  while (j < y.length) out.push({ op: 'add', text: y[j++]! });
  return out;
}
