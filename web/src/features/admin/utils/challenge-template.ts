import type { Files } from '../api/challenges';

/**
 * What "New challenge" starts from: a small, valid implement challenge
 * (one language, two examples, two hidden tests, a reference), so Validate
 * passes before the author changes anything.
 */
export function challengeTemplate(): Files {
  return {
    'challenge.yaml': [
      'id: new-challenge',
      'title: New challenge',
      'kind: implement',
      'difficulty: easy',
      'languages: [python]',
      'mode: function',
      'entry: sumOfSquares',
      'comparison: exact',
      'timeLimitMinutes: 20',
      '',
    ].join('\n'),
    'prompt.md': [
      '# New challenge',
      '',
      'Write `sum_of_squares(nums)` that returns the sum of the squares of a list of integers.',
      'An empty list gives `0`.',
      '',
      '## Examples',
      '',
      '| `nums` | result |',
      '| --- | --- |',
      '| `[1, 2, 3]` | `14` |',
      '| `[]` | `0` |',
      '',
    ].join('\n'),
    'tests/public.yaml': ['- name: example 1', '  args: [[1, 2, 3]]', '  expected: 14', '- name: empty list', '  args: [[]]', '  expected: 0', ''].join('\n'),
    'tests/hidden.yaml': ['- name: single value', '  args: [[7]]', '  expected: 49', '- name: negatives', '  args: [[-3, 4]]', '  expected: 25', ''].join('\n'),
    'reference/python.py': ['def sum_of_squares(nums):', '    return sum(n * n for n in nums)', ''].join('\n'),
  };
}
