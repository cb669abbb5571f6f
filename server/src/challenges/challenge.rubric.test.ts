import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadChallenge } from './challenge.loader';
import { formatProblem } from './challenge.problem';
import { RubricSchema, criterionPoints, rubricFullMarks, type Rubric } from './challenge.schema';
import { isLegacyRubric } from './rubric.legacy';
import { SEED_CATALOG, tempCatalog, writeChallenge } from './test-support/challenge-fixture';

let root: string;
beforeEach(() => {
  root = tempCatalog();
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** Loads a challenge with `rubric.yaml` = `text`: the rubric, or the problems as formatted lines. */
function load(text: string): { rubric: Rubric | null; problems: string[] } {
  const loaded = loadChallenge(writeChallenge(root, 'add-two', { 'rubric.yaml': text }));
  return { rubric: loaded.challenge?.rubric ?? null, problems: loaded.problems.map((p) => formatProblem({ ...p, file: path.relative(root, p.file) })) };
}

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
const CLARITY = ['  - id: clarity', '    title: Clarity', '    description: Easy to follow.'];
const LEVELS_0_2 = ['    levels:', '      - { points: 0, descriptor: Unclear. }', '      - { points: 1, descriptor: Mostly clear. }', '      - { points: 2, descriptor: Clear. }'];

describe('rubric.yaml (today’s format)', () => {
  it('loads criteria with weights and levels, filling the defaults', () => {
    const text = yaml('criteria:', ...CLARITY, '    weight: 2', ...LEVELS_0_2, '    notes: Reviewers only.', '  - id: depth', '    title: Depth', '    description: Goes deep.', '    levels: [{ points: 1, descriptor: Shallow. }, { points: 3, descriptor: Deep. }]', 'gates:', '  - { criterion: depth, minPoints: 3 }', '  - { minPoints: 4 }');
    const { rubric, problems } = load(text);
    expect(problems).toEqual([]);
    expect(rubric).toEqual({
      scoring: 'positive',
      floor: 0,
      criteria: [
        { id: 'clarity', title: 'Clarity', description: 'Easy to follow.', weight: 2, notes: 'Reviewers only.', levels: [{ points: 0, descriptor: 'Unclear.' }, { points: 1, descriptor: 'Mostly clear.' }, { points: 2, descriptor: 'Clear.' }] },
        { id: 'depth', title: 'Depth', description: 'Goes deep.', weight: 1, levels: [{ points: 1, descriptor: 'Shallow.' }, { points: 3, descriptor: 'Deep.' }] },
      ],
      gates: [{ criterion: 'depth', minPoints: 3 }, { minPoints: 4 }],
    });
    expect(rubricFullMarks(rubric!)).toBe(7);
    expect(rubric!.criteria.map((c) => criterionPoints(rubric!, c))).toEqual([2, 3]);
  });

  it('loads negative scoring with deductions, its full marks defaulting to every deduction at its largest', () => {
    const text = yaml('scoring: negative', 'floor: 1', 'criteria:', ...CLARITY, '    weight: 2', '    levels: [{ points: -3, descriptor: Confusing. }, { points: 0, descriptor: Clear. }]', '  - id: edges', '    title: Edge cases', '    description: Names them.', '    levels: [{ points: -2, descriptor: None. }, { points: -1, descriptor: Some. }, { points: 0, descriptor: All. }]');
    const { rubric, problems } = load(text);
    expect(problems).toEqual([]);
    expect(rubric).toMatchObject({ scoring: 'negative', floor: 1, fullMarks: 8 });
    expect(rubric!.criteria.map((c) => criterionPoints(rubric!, c))).toEqual([3, 2]);
    expect(load(text.replace('floor: 1', 'fullMarks: 5')).rubric).toMatchObject({ fullMarks: 5, floor: 0 });
  });

  it.each([
    ['an unknown key', yaml('criteria:', ...CLARITY, ...LEVELS_0_2, '    colour: red'), 'add-two/rubric.yaml:9: criteria[0].colour: unknown key'],
    ['levels that do not rise', yaml('criteria:', ...CLARITY, ...LEVELS_0_2.slice(0, 2), '      - { points: 0, descriptor: Clear. }'), 'add-two/rubric.yaml:7: criteria[0].levels[1].points: must be above the level before it (levels go from the lowest points to the highest)'],
    ['a lone level', yaml('criteria:', ...CLARITY, '    levels: [{ points: 1, descriptor: Any. }]'), 'add-two/rubric.yaml:5: criteria[0].levels: a criterion needs at least two levels to tell answers apart'],
    ['a missing descriptor', yaml('criteria:', ...CLARITY, '    levels: [{ points: 0 }, { points: 1, descriptor: Any. }]'), 'add-two/rubric.yaml:5: criteria[0].levels[0].descriptor: required'],
    ['a deduction in positive scoring', yaml('criteria:', ...CLARITY, '    levels: [{ points: -1, descriptor: Bad. }, { points: 1, descriptor: Good. }]'), 'add-two/rubric.yaml:5: criteria[0].levels[0].points: must be at least 0 with positive scoring (negative scoring deducts)'],
    ['points added in negative scoring', yaml('scoring: negative', 'criteria:', ...CLARITY, '    levels: [{ points: -1, descriptor: Bad. }, { points: 0, descriptor: Fine. }, { points: 1, descriptor: Good. }]'), 'add-two/rubric.yaml:6: criteria[0].levels[2].points: must be at most 0 with negative scoring: a level deducts its points'],
    ['a negative criterion whose best level still deducts', yaml('scoring: negative', 'criteria:', ...CLARITY, '    levels: [{ points: -2, descriptor: Bad. }, { points: -1, descriptor: Fine. }]'), 'add-two/rubric.yaml:6: criteria[0].levels[1].points: the best level deducts nothing with negative scoring: points 0'],
    ['full marks with positive scoring', yaml('fullMarks: 4', 'criteria:', ...CLARITY, ...LEVELS_0_2), "add-two/rubric.yaml:1: fullMarks: only with scoring: negative; positive scoring's full marks are the criteria's top levels"],
    ['a floor with positive scoring', yaml('floor: 1', 'criteria:', ...CLARITY, ...LEVELS_0_2), 'add-two/rubric.yaml:1: floor: only with scoring: negative; positive scoring starts from 0'],
    ['a floor at the full marks', yaml('scoring: negative', 'floor: 2', 'criteria:', ...CLARITY, '    levels: [{ points: -2, descriptor: Bad. }, { points: 0, descriptor: Good. }]'), 'add-two/rubric.yaml:2: floor: must be below the full marks (2)'],
    ['only weight-0 criteria', yaml('criteria:', ...CLARITY, '    weight: 0', ...LEVELS_0_2), 'add-two/rubric.yaml:1: criteria: every criterion weighs 0: nothing can be scored'],
    ['a repeated criterion id', yaml('criteria:', ...CLARITY, ...LEVELS_0_2, ...CLARITY, ...LEVELS_0_2), 'add-two/rubric.yaml:9: criteria[1].id: duplicate criterion id "clarity"'],
    ['a gate on an unknown criterion', yaml('criteria:', ...CLARITY, ...LEVELS_0_2, 'gates: [{ criterion: depth, minPoints: 1 }]'), 'add-two/rubric.yaml:9: gates[0].criterion: no criterion has id "depth"'],
    ['a gate no level reaches', yaml('criteria:', ...CLARITY, ...LEVELS_0_2, 'gates: [{ criterion: clarity, minPoints: 3 }]'), 'add-two/rubric.yaml:9: gates[0].minPoints: no level of "clarity" reaches 3 points (its top is 2)'],
    ['a gate every level passes', yaml('criteria:', ...CLARITY, ...LEVELS_0_2, 'gates: [{ criterion: clarity, minPoints: 0 }]'), 'add-two/rubric.yaml:9: gates[0].minPoints: every level of "clarity" reaches 0 points: the gate never fails'],
    ['a total gate above the full marks', yaml('criteria:', ...CLARITY, ...LEVELS_0_2, 'gates:', '  - minPoints: 2.5'), 'add-two/rubric.yaml:10: gates[0].minPoints: the total never reaches 2.5 (full marks: 2)'],
    ['a total gate the floor always meets', yaml('scoring: negative', 'fullMarks: 3', 'floor: 1', 'criteria:', ...CLARITY, '    levels: [{ points: -4, descriptor: Bad. }, { points: 0, descriptor: Good. }]', 'gates: [{ minPoints: 1 }]'), 'add-two/rubric.yaml:9: gates[0].minPoints: every total reaches 1 (the lowest is 1): the gate never fails'],
  ])('refuses %s, naming the file, line and field', (_what, text, problem) => {
    expect(load(text).problems).toEqual([problem]);
  });

  it('names the field inside a challenge’s stored content too (paths nest)', () => {
    const parsed = z.object({ rubric: RubricSchema }).safeParse({ rubric: { criteria: [{ id: 'a', title: 'A', description: 'A.', levels: [{ points: 1, descriptor: 'x' }, { points: 0, descriptor: 'y' }] }] } });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['rubric.criteria.0.levels.1.points', 'must be above the level before it (levels go from the lowest points to the highest)']]);
  });
});

describe('rubric.yaml (the first format, still in stored challenge versions)', () => {
  const FIRST_FORMAT = yaml(
    'criteria:',
    '  - id: bug',
    '    title: Identifies the bug',
    '    description: Names the wrong bound.',
    '    points: 2',
    '    levels:',
    '      - { score: 2, description: "Names the bound and the inputs." }',
    '      - { score: 0, description: "Wrong or missing." }',
    '      - { score: 1, description: "One of the two." }',
    '    notes: Reviewers only.',
    '  - id: fix',
    '    title: Explains the fix',
    '    description: Why the new bound is right.',
    '    points: 2',
  );

  it('loads and means the same: points as the top, levels sorted, a criterion without levels scored 0 to its points', () => {
    const { rubric, problems } = load(FIRST_FORMAT);
    expect(problems).toEqual([]);
    expect(rubric).toEqual({
      scoring: 'positive',
      floor: 0,
      gates: [],
      criteria: [
        {
          id: 'bug',
          title: 'Identifies the bug',
          description: 'Names the wrong bound.',
          weight: 1,
          notes: 'Reviewers only.',
          levels: [
            { points: 0, descriptor: 'Wrong or missing.' },
            { points: 1, descriptor: 'One of the two.' },
            { points: 2, descriptor: 'Names the bound and the inputs.' },
          ],
        },
        {
          id: 'fix',
          title: 'Explains the fix',
          description: 'Why the new bound is right.',
          weight: 1,
          levels: [
            { points: 0, descriptor: '0 of 2 points' },
            { points: 1, descriptor: '1 of 2 points' },
            { points: 2, descriptor: '2 of 2 points' },
          ],
        },
      ],
    });
    expect(rubricFullMarks(rubric!)).toBe(4);
  });

  it('keeps the maximum where the levels stopped short of the points, or gave one level, and separates repeated ids', () => {
    const rubric = RubricSchema.parse({
      criteria: [
        { id: 'a', title: 'A', description: 'A.', points: 3, levels: [{ score: 0, description: 'none' }, { score: 1, description: 'some' }, { score: 1, description: 'a bit' }] },
        { id: 'a', title: 'B', description: 'B.', points: 2, levels: [{ score: 2, description: 'all' }] },
      ],
    });
    expect(rubric.criteria.map((c) => [c.id, c.levels])).toEqual([
      ['a', [{ points: 0, descriptor: 'none' }, { points: 1, descriptor: 'some / a bit' }, { points: 3, descriptor: '3 points: full marks' }]],
      ['a-2', [{ points: 0, descriptor: '0 points' }, { points: 2, descriptor: 'all' }]],
    ]);
  });

  it('reports a first-format mistake in that format’s terms', () => {
    expect(load(FIRST_FORMAT.replace('    points: 2\n    levels:', '    points: two\n    levels:')).problems).toEqual(['add-two/rubric.yaml:5: criteria[0].points: expected number, received string']);
  });

  it('parses its own output to the same rubric, in both formats (stored content is parsed again on read)', () => {
    for (const text of [FIRST_FORMAT, yaml('scoring: negative', 'criteria:', ...CLARITY, '    levels: [{ points: -2, descriptor: Bad. }, { points: 0, descriptor: Good. }]', 'gates: [{ minPoints: 1 }]')]) {
      const { rubric, problems } = load(text);
      expect(problems).toEqual([]);
      expect(RubricSchema.parse(JSON.parse(JSON.stringify(rubric)))).toEqual(rubric);
    }
  });
});

describe('the seeded rubrics', () => {
  it.each(['fix-search-insert', 'merge-intervals'])('%s is written in today’s format, with a gate', (slug) => {
    const text = fs.readFileSync(path.join(SEED_CATALOG, slug, 'rubric.yaml'), 'utf8');
    expect(isLegacyRubric(parse(text))).toBe(false);
    const { challenge, problems } = loadChallenge(path.join(SEED_CATALOG, slug));
    expect(problems).toEqual([]);
    expect(challenge!.rubric!.gates).toHaveLength(1);
  });
});
