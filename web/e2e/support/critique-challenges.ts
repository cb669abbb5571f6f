/**
 * Small review, compare and explain challenges in python, created through
 * the admin API by the suites that need them, so they do not depend on the
 * catalog. The review answer starts its maximum at 0 (line 2): a list of
 * negatives exposes it. Compare: A is that answer, B the built-in `max`.
 */

const BUGGY_LARGEST = ['def largest(nums):', '    best = 0', '    for n in nums:', '        if n > best:', '            best = n', '    return best', ''].join('\n');
const REFERENCE = 'def largest(nums):\n    return max(nums)\n';
const PROMPT = '# Largest element\n\nReturn the largest element of a non-empty list of integers.\n';
const TESTS = {
  'tests/public.yaml': '- { name: small, args: [[1, 3, 2]], expected: 3 }\n',
  'tests/hidden.yaml': '- { name: negatives, args: [[-3, -1, -2]], expected: -1 }\n- { name: one, args: [[7]], expected: 7 }\n',
};

/** Review kind: one AI answer with a bug on line 2. */
export const REVIEW_CHALLENGE = {
  'challenge.yaml': [
    'id: e2e-review-largest',
    "title: Review the AI's Largest Element",
    'kind: review',
    'languages: [python]',
    'mode: function',
    'entry: largest',
    'scoring: { weights: { objective: 1 } }',
    'explanation: { required: false, prompt: Why is the answer right or wrong? }',
    '',
  ].join('\n'),
  'prompt.md': PROMPT,
  'reference/python.py': REFERENCE,
  'responses/a.yaml': `id: zero-start\nlanguage: python\nexplanation: I keep the best value seen so far.\ncode: |\n${indent(BUGGY_LARGEST)}`,
  'key.yaml': 'verdict: incorrect\nbuggyLines: [2]\n',
  ...TESTS,
};

/** Compare kind: the buggy answer and a correct one. */
export const COMPARE_CHALLENGE = {
  'challenge.yaml': [
    'id: e2e-compare-largest',
    'title: Compare two Largest Element answers',
    'kind: compare',
    'languages: [python]',
    'mode: function',
    'entry: largest',
    'scoring: { weights: { objective: 1 } }',
    '',
  ].join('\n'),
  'prompt.md': PROMPT,
  'reference/python.py': REFERENCE,
  'responses/a.yaml': `id: zero-start\nlanguage: python\nexplanation: A loop keeping the best so far.\ncode: |\n${indent(BUGGY_LARGEST)}`,
  'responses/b.yaml': `id: builtin\nlanguage: python\nexplanation: The built-in max.\ncode: |\n${indent(REFERENCE)}`,
  'key.yaml': 'preferred: builtin\nstrength: clearly\n',
  ...TESTS,
};

/** Explain kind: prose about one piece of code. */
export const EXPLAIN_CHALLENGE = {
  'challenge.yaml': [
    'id: e2e-explain-largest',
    'title: Explain the Largest Element loop',
    'kind: explain',
    'languages: [python]',
    'mode: function',
    'entry: largest',
    'scoring: { weights: { rubric: 1 } }',
    'explanation: { required: true, minWords: 5, prompt: What does this code do wrong? }',
    '',
  ].join('\n'),
  'prompt.md': '# Explain\n\nExplain what this code returns for a list of negative numbers.\n',
  'responses/a.yaml': `id: zero-start\nlanguage: python\ncode: |\n${indent(BUGGY_LARGEST)}`,
  'rubric.yaml': [
    'criteria:',
    '  - id: bug',
    '    title: Names the bug',
    '    description: Says that a list of negatives returns 0.',
    '    levels:',
    '      - { points: 0, descriptor: Missing. }',
    '      - { points: 1, descriptor: Named. }',
    '',
  ].join('\n'),
};

function indent(code: string): string {
  return code
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');
}
