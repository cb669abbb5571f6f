import { Ratio } from './score-ratio';

describe('Ratio', () => {
  it.each([
    [0.1, '1/10'],
    [0.7, '7/10'],
    [-0.25, '-1/4'],
    [1.5e-7, '3/20000000'],
    [1e21, '1000000000000000000000'],
    [0, '0'],
    [-0, '0'],
  ])('reads %p as it is written: %s', (value, exact) => {
    expect(Ratio.fromNumber(value).toString()).toBe(exact);
  });

  it('adds, multiplies and divides exactly, in lowest terms', () => {
    const sum = Ratio.fromNumber(0.1).add(Ratio.fromNumber(0.2));
    expect(sum.toString()).toBe('3/10');
    expect(sum.compare(Ratio.fromNumber(0.3))).toBe(0);
    expect(Ratio.of(2n, 3n).mul(Ratio.of(3n, 4n)).toString()).toBe('1/2');
    expect(Ratio.of(1n, 3n).div(Ratio.of(-2n, 3n)).toString()).toBe('-1/2');
    expect(Ratio.fromNumber(2).sub(Ratio.fromNumber(4.5)).toString()).toBe('-5/2');
    expect(Ratio.parse('-7/8').toString()).toBe('-7/8');
    expect(() => Ratio.of(1n, 0n)).toThrow('division by zero');
    expect(() => Ratio.fromNumber(Infinity)).toThrow('not a finite number: Infinity');
  });

  it.each([
    [Ratio.of(2n, 3n), 4, 0.6667],
    [Ratio.of(27n, 160n), 4, 0.1688],
    [Ratio.of(1n, 8n), 2, 0.13],
    [Ratio.of(-1n, 8n), 2, -0.13],
    [Ratio.of(1n, 3n), 0, 0],
  ])('rounds %s to %i places, halves away from zero: %p', (ratio, decimals, rounded) => {
    expect(ratio.round(decimals)).toBe(rounded);
  });
});
