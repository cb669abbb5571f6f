import { entryNameFor } from './entry-name';

describe('entryNameFor', () => {
  it.each([
    ['twoSum', 'python', 'two_sum'],
    ['twoSum', 'javascript', 'twoSum'],
    ['twoSum', 'typescript', 'twoSum'],
    ['two_sum', 'javascript', 'twoSum'],
    ['two_sum', 'python', 'two_sum'],
    ['parseHTTPHeader', 'python', 'parse_http_header'],
    ['meanAndStddev', 'python', 'mean_and_stddev'],
    ['Solve', 'javascript', 'solve'],
  ] as const)('derives %s for %s as %s', (entry, language, expected) => {
    expect(entryNameFor({ mode: 'function', entry }, language)).toBe(expected);
  });

  it('uses an explicit per-language map as written', () => {
    const meta = { mode: 'function' as const, entry: { python: 'solve', javascript: 'Solve' } };
    expect(entryNameFor(meta, 'python')).toBe('solve');
    expect(entryNameFor(meta, 'javascript')).toBe('Solve');
  });

  it('has no entry in stdio mode', () => {
    expect(entryNameFor({ mode: 'stdio', entry: undefined }, 'python')).toBeUndefined();
  });
});
