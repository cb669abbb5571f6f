import { parse } from 'yaml';
import { RubricFileSchema, type RubricFileInput } from '../challenges/rubric.schema';
import { compactRubric, normalRubric, rubricYaml } from './rubric-yaml';

const positive: RubricFileInput = {
  criteria: [
    {
      id: 'bug',
      title: 'Identifies the bug',
      description: 'Names the bound: and, {the} inputs # it breaks',
      weight: 2,
      levels: [
        { points: 0, descriptor: 'Wrong, or missing: "nothing" {here}' },
        { points: 1.5, descriptor: 'Line\nor inputs' },
      ],
      notes: 'For reviewers only',
    },
    {
      id: 'fix',
      title: 'Fix',
      description: 'Why',
      levels: [
        { points: 0, descriptor: 'no' },
        { points: 2, descriptor: 'yes' },
      ],
      notes: '  ',
    },
  ],
  gates: [{ criterion: 'bug', minPoints: 1 }, { minPoints: 2 }],
};

const negative: RubricFileInput = {
  scoring: 'negative',
  floor: 1,
  criteria: [
    {
      id: 'edge',
      title: 'Edges',
      description: 'Empty list',
      levels: [
        { points: -2, descriptor: 'misses it' },
        { points: 0, descriptor: 'covers it' },
      ],
    },
  ],
};

describe('rubricYaml', () => {
  it.each([
    ['positive, with weights, gates and text YAML must quote', positive],
    ['negative, with a floor and default full marks', negative],
    ['negative, with full marks of its own', { ...negative, fullMarks: 5 }],
  ])('writes YAML that parses back to the same rubric: %s', (_name, input) => {
    const rubric = RubricFileSchema.parse(input);
    expect(RubricFileSchema.parse(parse(rubricYaml(rubric)))).toEqual(normalRubric(rubric));
    expect(normalRubric(rubric)).toEqual({ ...rubric, criteria: rubric.criteria.map(({ notes, ...c }) => (notes?.trim() ? { ...c, notes } : c)) });
  });

  it('leaves out what the format defaults, and blank notes', () => {
    const compact = compactRubric(RubricFileSchema.parse(negative));
    expect(compact).toEqual({ scoring: 'negative', floor: 1, criteria: [expect.not.objectContaining({ weight: expect.anything() })] });
    expect(compactRubric(RubricFileSchema.parse(positive)).criteria[1]).not.toHaveProperty('notes');
  });

  it('writes each level and gate on one line, under a header comment', () => {
    const text = rubricYaml(RubricFileSchema.parse(positive), 'Edited by Ada');
    expect(text.startsWith('# Edited by Ada\n')).toBe(true);
    expect(text).toContain('- { points: 0, descriptor: \'Wrong, or missing: "nothing" {here}\' }');
    expect(text).toContain('- { criterion: bug, minPoints: 1 }');
  });
});
