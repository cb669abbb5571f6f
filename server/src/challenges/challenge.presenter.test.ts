import fs from 'node:fs';
import { loadCatalog, loadChallenge } from './challenge.loader';
import { candidateView } from './challenge.presenter';
import { CandidateChallengeViewSchema } from './challenge-view.schema';
import { RubricSchema, type Challenge } from './challenge.schema';
import { starterFor } from './challenge.starter';
import { SEED_CATALOG, tempCatalog, writeChallenge } from './test-support/challenge-fixture';

/** Serialised secrets long enough that finding one in the view cannot be a coincidence. */
function secretsOf(challenge: Challenge): string[] {
  // Public stdio cases raw too: a hidden case may expect the same output as an example (JSON would escape its newline).
  const publicText = JSON.stringify(challenge.tests.public) + challenge.tests.public.map((t) => ('args' in t ? '' : `${t.stdin}\n${t.stdout}\n`)).join('') + challenge.prompt;
  const secrets = challenge.tests.hidden.flatMap((t) => ('args' in t ? [JSON.stringify(t.args), JSON.stringify(t.expected)] : [t.stdin, t.stdout]));
  const code = Object.values(challenge.reference).flatMap((source) => source!.split('\n').filter((line) => line.trim().length >= 25));
  // The starter (a file, or generated from the signature) and the AI answers under review are shown, so a line they share with the reference is no secret.
  const shown = [...challenge.meta.languages.map((l) => starterFor(challenge, l) ?? ''), ...challenge.responses.map((r) => r.code)];
  return [...secrets, ...code].filter((s) => s.trim().length >= 8 && !publicText.includes(s) && !shown.some((st) => st!.includes(s)));
}

describe('candidateView', () => {
  const seeds = loadCatalog(SEED_CATALOG).map((l) => l.challenge!);

  it.each(seeds.map((c) => [c.id, c]))('shows %s without hidden tests or reference code', (_id, challenge) => {
    const view = candidateView(challenge);
    const json = JSON.stringify(view);
    const secrets = secretsOf(challenge);
    // Critique kinds may have nothing to find: an explain challenge has no reference or hidden tests, a review of correct code may share every line with its reference.
    if (challenge.meta.kind === 'implement' || challenge.meta.kind === 'debug') expect(secrets.length).toBeGreaterThan(3);
    for (const secret of secrets) expect(json.includes(JSON.stringify(secret).slice(1, -1)) || json.includes(secret)).toBe(false);
    expect(CandidateChallengeViewSchema.parse(view)).toEqual(view);
    expect(view.publicTests).toHaveLength(challenge.tests.public.length);
    expect(view.hiddenTestCount).toBe(challenge.tests.hidden.length);
  });

  it('keeps the key, rubric notes and levels, and hidden groups out of a review challenge', () => {
    const root = tempCatalog();
    try {
      const dir = writeChallenge(root, 'review-add', {
        'challenge.yaml': [
          'id: review-add',
          'title: Review the AI adder',
          'kind: review',
          'languages: [python]',
          'mode: function',
          'entry: addTwo',
          'scoring: { weights: { tests: 0.5, objective: 0.3, rubric: 0.2 }, groups: { basic: 1, edge: 1 } }',
          'explanation: { required: true, minWords: 10 }',
          '',
        ].join('\n'),
        'starter/javascript.js': null,
        'reference/javascript.js': null,
        'reference/python.py': 'def add_two(a, b):\n    return a + b  # SECRET-REFERENCE\n',
        'responses/ai.yaml': 'id: ai\nlanguage: python\ncode: |\n  def add_two(a, b):\n      return a - b\nexplanation: Subtracts, as asked.\n',
        'key.yaml': 'verdict: incorrect\nbuggyLines: [2]\nnotes: SECRET-KEY-NOTE\n',
        'rubric.yaml': 'criteria:\n  - id: bug\n    title: Finds the bug\n    description: Names the wrong operator.\n    points: 2\n    levels: [{ score: 2, description: SECRET-LEVEL }]\n    notes: SECRET-RUBRIC-NOTE\n',
      });
      const loaded = loadChallenge(dir);
      expect(loaded.problems).toEqual([]);
      const view = candidateView(loaded.challenge!);
      const json = JSON.stringify(view);
      for (const secret of ['SECRET-REFERENCE', 'SECRET-KEY-NOTE', 'SECRET-LEVEL', 'SECRET-RUBRIC-NOTE', 'incorrect', 'buggyLines', '2345678', 'edge', '"ai"']) {
        expect(json).not.toContain(secret);
      }
      expect(view.responses).toEqual([{ label: 'A', language: 'python', code: 'def add_two(a, b):\n    return a - b\n', explanation: 'Subtracts, as asked.' }]);
      expect(view.rubric).toEqual([{ id: 'bug', title: 'Finds the bug', description: 'Names the wrong operator.', points: 2, weight: 1 }]);
      expect(view.entry).toEqual({ python: 'add_two' });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('gives each criterion its worth in the total (weight applied) and the rubric’s full marks, never its levels', () => {
    const base = seeds.find((c) => c.rubric)!;
    const levels = (...points: number[]) => points.map((p) => ({ points: p, descriptor: `SECRET-DESCRIPTOR-${p}` }));
    const positive = RubricSchema.parse({
      criteria: [
        { id: 'bug', title: 'Bug', description: 'Finds it.', weight: 2, levels: levels(0, 1, 3) },
        { id: 'fix', title: 'Fix', description: 'Fixes it.', weight: 0.5, levels: levels(0, 4) },
      ],
    });
    const view = candidateView({ ...base, rubric: positive });
    expect(view.rubric.map((c) => [c.id, c.points, c.weight])).toEqual([
      ['bug', 6, 2],
      ['fix', 2, 0.5],
    ]);
    expect(view.rubricFullMarks).toBe(8);
    expect(JSON.stringify(view)).not.toContain('SECRET-DESCRIPTOR');
    const negative = RubricSchema.parse({ scoring: 'negative', fullMarks: 10, criteria: [{ id: 'clarity', title: 'Clarity', description: 'Clear.', weight: 1.5, levels: levels(-4, 0) }] });
    const deducted = candidateView({ ...base, rubric: negative });
    expect(deducted.rubric[0]).toMatchObject({ points: 6, weight: 1.5 });
    expect(deducted.rubricFullMarks).toBe(10);
    expect(candidateView({ ...base, rubric: null }).rubricFullMarks).toBeNull();
  });

  it('narrows starter code and entry names to the requested language', () => {
    const twoSum = seeds.find((c) => c.id === 'two-sum')!;
    const view = candidateView(twoSum, 'typescript');
    expect(Object.keys(view.starter)).toEqual(['typescript']);
    expect(view.entry).toEqual({ typescript: 'twoSum' });
    // Every code challenge offers all six languages; a critique challenge shows fewer.
    const withoutGo = seeds.find((c) => !c.meta.languages.includes('go'))!;
    expect(() => candidateView(withoutGo, 'go')).toThrow('not offered in go');
  });

  it('shows no responses for an implement challenge', () => {
    expect(candidateView(seeds.find((c) => c.meta.kind === 'implement')!).responses).toEqual([]);
  });
});
