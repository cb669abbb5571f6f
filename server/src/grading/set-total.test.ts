import { setTotal, type RubricForTotal } from './score-rubric';

const rubric = (over: Partial<RubricForTotal> = {}): RubricForTotal => ({
  scoring: 'positive',
  floor: 0,
  criteria: [
    { id: 'cause', weight: 2, levels: [{ points: 0 }, { points: 1 }, { points: 3 }] },
    { id: 'fix', weight: 1, levels: [{ points: 0 }, { points: 2 }] },
  ],
  gates: [],
  ...over,
});

describe('setTotal: one set of picks as the rubric totals it', () => {
  it.each([
    ['weighted positive sum', rubric(), { cause: 2, fix: 1 }, { total: 8, gatesPassed: true, value: 1 }],
    ['weights count', rubric(), { cause: 1, fix: 0 }, { total: 2, gatesPassed: true, value: 0.25 }],
    ['a failed gate scores 0 but keeps the total', rubric({ gates: [{ criterion: 'cause', minPoints: 1 }] }), { cause: 0, fix: 1 }, { total: 2, gatesPassed: false, value: 0 }],
    [
      'a total gate (criterion null, as the contract sends it)',
      rubric({ gates: [{ criterion: null, minPoints: 5 }] }),
      { cause: 1, fix: 1 },
      { total: 4, gatesPassed: false, value: 0 },
    ],
    [
      'negative scoring deducts from full marks down to the floor',
      {
        scoring: 'negative',
        fullMarks: 10,
        floor: 3,
        criteria: [{ id: 'errors', weight: 3, levels: [{ points: -3 }, { points: -1 }, { points: 0 }] }],
        gates: [],
      } as RubricForTotal,
      { errors: 0 },
      { total: 3, gatesPassed: true, value: 0.3 },
    ],
  ])('%s', (_name, r, levels, expected) => {
    expect(setTotal(r, levels)).toEqual(expected);
  });

  it('is null while a criterion is unpicked, or a pick is out of range or for no criterion', () => {
    expect(setTotal(rubric(), { cause: 2 })).toBeNull();
    expect(setTotal(rubric(), { cause: 3, fix: 0 })).toBeNull();
    expect(setTotal(rubric(), { cause: 1, fix: 0, style: 1 })).toBeNull();
  });
});
