import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A small valid function-mode challenge (python + javascript), file path → content. */
export const MINIMAL_CHALLENGE: Readonly<Record<string, string>> = {
  'challenge.yaml': [
    'id: add-two',
    'title: Add Two Numbers',
    'kind: implement',
    'languages: [python, javascript]',
    'mode: function',
    'entry: addTwo',
    'scoring:',
    '  groups: { basic: 1, edge: 1 }',
    '',
  ].join('\n'),
  'prompt.md': '# Add two numbers\n\nReturn `a + b`.\n',
  'starter/python.py': 'def add_two(a, b):\n    raise NotImplementedError\n',
  'starter/javascript.js': 'function addTwo(a, b) {\n}\n',
  'reference/python.py': 'def add_two(a, b):\n    return a + b\n',
  'reference/javascript.js': 'function addTwo(a, b) {\n  return a + b;\n}\n',
  'tests/public.yaml': ['- name: small', '  args: [1, 2]', '  expected: 3', ''].join('\n'),
  'tests/hidden.yaml': [
    '- name: zeros',
    '  group: edge',
    '  args: [0, 0]',
    '  expected: 0',
    '- name: negatives',
    '  group: basic',
    '  args: [-4, 1]',
    '  expected: -3',
    '- name: large',
    '  group: basic',
    '  args: [1000000, 2345678]',
    '  expected: 3345678',
    '',
  ].join('\n'),
};

/** A fresh temporary catalog folder; remove it with `fs.rmSync(dir, { recursive: true })`. */
export function tempCatalog(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'assay-challenges-'));
}

/**
 * Writes a challenge folder `root/slug` from MINIMAL_CHALLENGE with
 * `changes` applied (a string replaces or adds a file, null removes it) and
 * with `add-two` in challenge.yaml renamed to `slug`. Returns the folder.
 */
export function writeChallenge(root: string, slug: string, changes: Record<string, string | null> = {}): string {
  const dir = path.join(root, slug);
  const files: Record<string, string | null> = { ...MINIMAL_CHALLENGE, ...changes };
  for (const [rel, content] of Object.entries(files)) {
    if (content === null) continue;
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const text = rel === 'challenge.yaml' && !('challenge.yaml' in changes) ? content.replace('id: add-two', `id: ${slug}`) : content;
    fs.writeFileSync(file, text);
  }
  return dir;
}

/** The seeded catalog in the repository's `challenges/` folder. */
export const SEED_CATALOG = path.resolve(__dirname, '../../../../challenges');

/**
 * A typed function-mode challenge (python, java, go) with a signature that
 * uses a record and no starter files: each language's starter is generated.
 * `span_total(spans, scale)` = scale × Σ (hi − lo). Write it with
 * `writeChallenge(root, 'span-total', SIGNED_CHALLENGE)`.
 */
export const SIGNED_CHALLENGE: Readonly<Record<string, string | null>> = {
  'challenge.yaml': [
    'id: span-total',
    'title: Total span length',
    'kind: implement',
    'languages: [python, java, go]',
    'mode: function',
    'entry: spanTotal',
    'signature:',
    '  params:',
    '    - { name: spans, type: "Span[]" }',
    '    - { name: scale, type: int }',
    '  returns: int',
    '  records:',
    '    Span: { lo: int, hi: int }',
    '',
  ].join('\n'),
  'starter/python.py': null,
  'starter/javascript.js': null,
  'reference/python.py': 'def span_total(spans, scale):\n    return scale * sum(s.hi - s.lo for s in spans)\n',
  'reference/javascript.js': null,
  'reference/java.java': 'class Solution {\n  long spanTotal(Span[] spans, long scale) {\n    long t = 0;\n    for (Span s : spans) t += s.hi - s.lo;\n    return t * scale;\n  }\n}\n',
  'reference/go.go': 'func spanTotal(spans []Span, scale int64) int64 {\n\tvar t int64\n\tfor _, s := range spans {\n\t\tt += s.Hi - s.Lo\n\t}\n\treturn t * scale\n}\n',
  'tests/public.yaml': ['- name: one span', '  args: [[{ lo: 1, hi: 3 }], 2]', '  expected: 4', ''].join('\n'),
  'tests/hidden.yaml': [
    '- name: empty',
    '  args: [[], 5]',
    '  expected: 0',
    '- name: huge',
    '  args:',
    '    - [{ lo: 0, hi: 9223372036854775807 }]',
    '    - 1',
    '  expected: 9223372036854775807',
    '',
  ].join('\n'),
};
