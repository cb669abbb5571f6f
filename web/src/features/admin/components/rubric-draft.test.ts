import { describe, expect, it } from '@jest/globals';
import { RubricFileSchema, type Rubric } from '@assay/contract';
import { changesShape, checkDraft, draftFullMarks, draftOf, draftToInput, rubricReducer, serverErrors, type RubricAction, type RubricDraft } from './rubric-draft';

const rubric: Rubric = RubricFileSchema.parse({
  criteria: [
    {
      id: 'bug',
      title: 'Bug',
      description: 'Finds it',
      weight: 2,
      levels: [
        { points: 0, descriptor: 'no' },
        { points: 1, descriptor: 'some' },
        { points: 2, descriptor: 'all' },
      ],
      notes: 'only for reviewers',
    },
    {
      id: 'fix',
      title: 'Fix',
      description: 'Fixes it',
      levels: [
        { points: 0, descriptor: 'no' },
        { points: 3, descriptor: 'yes' },
      ],
    },
  ],
  gates: [{ criterion: 'bug', minPoints: 1 }],
});

const apply = (draft: RubricDraft, ...actions: RubricAction[]) => actions.reduce(rubricReducer, draft);

describe('the rubric editor’s draft', () => {
  it('reads a stored rubric and gives it back unchanged', () => {
    const checked = checkDraft(draftOf(rubric));
    expect(checked.errors).toEqual({});
    expect(checked.rubric).toEqual(rubric);
    expect(draftFullMarks(checked)).toBe(7);
  });

  it('starts a rubric that does not exist yet with one criterion of two levels', () => {
    const draft = draftOf(null);
    expect(draft.criteria).toHaveLength(1);
    expect(draft.criteria[0]!.levels.map((l) => l.points)).toEqual(['0', '1']);
    expect(checkDraft(draft).errors).toMatchObject({ 'criteria.0.title': expect.any(String), 'criteria.0.levels.0.descriptor': expect.any(String) });
  });

  it('names the path of each problem as the server does', () => {
    const draft = apply(draftOf(rubric), { type: 'level', c: 1, l: 0, field: 'points', value: '-1' });
    expect(checkDraft(draft)).toEqual({ rubric: null, errors: { 'criteria.1.levels.0.points': expect.stringMatching(/^must be at least 0/) } });
  });

  it('says "enter a number" where a number is not one (the rubric-wide checks wait until every field has the right type)', () => {
    const draft = apply(
      draftOf(rubric),
      { type: 'level', c: 1, l: 0, field: 'points', value: '-1' },
      { type: 'criterion', c: 0, field: 'weight', value: '' },
      { type: 'level', c: 0, l: 1, field: 'points', value: '1e' },
    );
    expect(checkDraft(draft).errors).toEqual({ 'criteria.0.levels.1.points': 'enter a number' });
    expect(draftToInput(draft).criteria).toMatchObject([{ weight: 1 }, {}]);
  });

  it('recomputes full marks as points and weights change', () => {
    const draft = apply(draftOf(rubric), { type: 'level', c: 1, l: 1, field: 'points', value: '5' }, { type: 'criterion', c: 0, field: 'weight', value: '0.5' });
    expect(draftFullMarks(checkDraft(draft))).toBe(6);
    expect(changesShape(draft, rubric)).toBe(false);
  });

  it('adds, moves and removes levels, each a shape change', () => {
    const added = apply(draftOf(rubric), { type: 'addLevel', c: 1 });
    expect(added.criteria[1]!.levels.map((l) => l.points)).toEqual(['0', '3', '4']);
    expect(changesShape(added, rubric)).toBe(true);
    const keys = added.criteria[1]!.levels.map((l) => l.key);
    expect(new Set([...keys, ...added.criteria[0]!.levels.map((l) => l.key)]).size).toBe(6);
    const moved = apply(added, { type: 'moveLevel', c: 1, l: 2, by: -1 });
    expect(moved.criteria[1]!.levels.map((l) => l.key)).toEqual([keys[0], keys[2], keys[1]]);
    expect(checkDraft(moved).errors['criteria.1.levels.2.points']).toMatch(/above the level before it/);
    expect(apply(moved, { type: 'moveLevel', c: 1, l: 0, by: -1 })).toEqual(moved);
    const removed = apply(added, { type: 'removeLevel', c: 1, l: 2 });
    expect(changesShape(removed, rubric)).toBe(false);
  });

  it('adds a criterion with a free id, reorders and removes criteria', () => {
    const added = apply(draftOf(rubric), { type: 'addCriterion' });
    expect(added.criteria[2]).toMatchObject({ id: 'criterion-3', weight: '1' });
    const moved = apply(added, { type: 'moveCriterion', c: 2, by: -1 });
    expect(moved.criteria.map((c) => c.id)).toEqual(['bug', 'criterion-3', 'fix']);
    expect(changesShape(apply(added, { type: 'removeCriterion', c: 2 }), rubric)).toBe(false);
    expect(changesShape(apply(draftOf(rubric), { type: 'criterion', c: 0, field: 'id', value: 'defect' }), rubric)).toBe(true);
  });

  it('writes negative scoring with full marks and floor, and only then', () => {
    const negative = apply(
      draftOf(null),
      { type: 'scoring', value: 'negative' },
      { type: 'criterion', c: 0, field: 'title', value: 'Edges' },
      { type: 'criterion', c: 0, field: 'description', value: 'Empty input' },
      { type: 'level', c: 0, l: 0, field: 'points', value: '-4' },
      { type: 'level', c: 0, l: 0, field: 'descriptor', value: 'misses it' },
      { type: 'level', c: 0, l: 1, field: 'points', value: '0' },
      { type: 'level', c: 0, l: 1, field: 'descriptor', value: 'covers it' },
      { type: 'floor', value: '1' },
    );
    expect(draftToInput(negative)).toMatchObject({ scoring: 'negative', floor: 1 });
    expect(draftToInput(negative)).not.toHaveProperty('fullMarks');
    expect(draftFullMarks(checkDraft(negative))).toBe(4);
    expect(draftToInput(apply(negative, { type: 'scoring', value: 'positive' }))).not.toHaveProperty('floor');
    expect(checkDraft(apply(negative, { type: 'floor', value: '4' })).errors).toEqual({ floor: 'must be below the full marks (4)' });
  });

  it('leaves default full marks of negative scoring empty, so they follow later edits; its own full marks stay', () => {
    const negative = RubricFileSchema.parse({
      scoring: 'negative',
      criteria: [
        {
          id: 'edge',
          title: 'Edges',
          description: 'Empty input',
          levels: [
            { points: -2, descriptor: 'misses it' },
            { points: 0, descriptor: 'covers it' },
          ],
        },
      ],
    });
    expect(negative.fullMarks).toBe(2);
    const draft = draftOf(negative);
    expect(draft.fullMarks).toBe('');
    expect(draftFullMarks(checkDraft(rubricReducer(draft, { type: 'level', c: 0, l: 0, field: 'points', value: '-3' })))).toBe(3);
    expect(draftOf({ ...negative, fullMarks: 5 }).fullMarks).toBe('5');
  });

  it('adds gates on the first criterion, and flags one on a criterion that is gone', () => {
    const gated = apply(draftOf(rubric), { type: 'addGate' }, { type: 'gate', g: 1, field: 'minPoints', value: '2' });
    expect(draftToInput(gated).gates).toEqual([
      { criterion: 'bug', minPoints: 1 },
      { criterion: 'bug', minPoints: 2 },
    ]);
    const orphan = apply(draftOf(rubric), { type: 'criterion', c: 0, field: 'id', value: 'defect' });
    expect(checkDraft(orphan).errors).toEqual({ 'gates.0.criterion': 'no criterion has id "bug"' });
  });

  it('reads the server’s 400 fields as editor paths', () => {
    expect(
      serverErrors({
        fields: [
          { field: 'body.rubric.criteria.1.levels.0.points', message: 'too low' },
          { field: 'body.note', message: 'too long' },
        ],
      }),
    ).toEqual({
      'criteria.1.levels.0.points': 'too low',
      'body.note': 'too long',
    });
    expect(serverErrors(undefined)).toEqual({});
  });
});
