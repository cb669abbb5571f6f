import { critiqueChallenge } from '../test-support/critique-factories';
import { responseOrdersFor } from './response-order';

/** A RandomInt that answers from a list (then 0). */
const fixed =
  (...values: number[]) =>
  (n: number) =>
    Math.min(values.shift() ?? 0, n - 1);

describe('responseOrdersFor', () => {
  const first = critiqueChallenge('compare', { id: 'pair' });
  const swapped = critiqueChallenge('compare', { id: 'pair-swapped', swapOf: 'pair' });

  it('draws a random order for each compare challenge and none for the other kinds', () => {
    const review = critiqueChallenge('review');
    expect(responseOrdersFor([first, review], fixed(0))).toEqual({ pair: ['resp-plus', 'resp-minus'] });
    expect(responseOrdersFor([first, review], fixed(1))).toEqual({ pair: ['resp-minus', 'resp-plus'] });
  });

  it("gives a swapOf challenge its original's order reversed, whichever comes first", () => {
    for (const pick of [0, 1]) {
      const orders = responseOrdersFor([swapped, first], fixed(pick));
      expect(orders['pair-swapped']).toEqual([...orders.pair!].reverse());
    }
  });

  it('draws at random for a swapOf challenge whose original is not in the attempt, or shows other responses', () => {
    expect(responseOrdersFor([swapped], fixed(0))).toEqual({ 'pair-swapped': ['resp-plus', 'resp-minus'] });
    const other = critiqueChallenge('compare', { id: 'other', swapOf: 'pair', code: { responses: { x: 'a', y: 'b' }, reference: 'r' } });
    expect(responseOrdersFor([first, other], fixed(1, 1))).toEqual({ pair: ['resp-minus', 'resp-plus'], other: ['x', 'y'] });
  });

  it('with the default source, every order is a permutation of the ids, and both orders occur', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 64; i++) {
      const order = responseOrdersFor([first]).pair!;
      expect([...order].sort()).toEqual(['resp-minus', 'resp-plus']);
      seen.add(order.join());
    }
    expect(seen.size).toBe(2); // fails with probability 2^-63 when fair
  });
});
