import type { Choice } from '../reviews/objective-view.schema';
import { positionBias } from './position-bias';

const pick = (choice: Choice['choice'], responseId: string | null): Choice => ({ choice, strength: choice === 'equal' ? null : 'clearly', responseId });
const on = (challengeId: string, choice: Choice | null) => ({ challengeId, title: challengeId, choice });

describe('positionBias', () => {
  // The probe shows the original's order reversed: resp-x is A in cmp and B in cmp-swap.
  it.each([
    ['the same response both times', pick('A', 'resp-x'), pick('B', 'resp-x'), 'followed_answer'],
    ['the same label both times', pick('A', 'resp-x'), pick('A', 'resp-y'), 'followed_position'],
    ['equal both times', pick('equal', null), pick('equal', null), 'equal_both'],
    ['equal once only', pick('equal', null), pick('B', 'resp-x'), 'mixed'],
    ['no preference on the probe', pick('A', 'resp-x'), null, 'unanswered'],
    ['orders that were not reversed', pick('A', 'resp-x'), pick('A', 'resp-x'), 'not_swapped'],
  ] as const)('%s', (_name, first, second, outcome) => {
    const bias = positionBias(on('cmp', first), on('cmp-swap', second));
    expect(bias.outcome).toBe(outcome);
    expect(bias.original).toEqual(on('cmp', first));
    expect(bias.probe).toEqual(on('cmp-swap', second));
  });
});
