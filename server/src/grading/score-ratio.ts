import { decimalOf } from './decimal';

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y) [x, y] = [y, x % y];
  return x;
};

/**
 * An exact rational number, always in lowest terms with a positive
 * denominator. Scores are sums of products of weights and points written
 * as decimals (0.7, 0.1, 1.5): in doubles 0.7 × 0.5 + 0.1 × 0.5 … drifts
 * across a rounding boundary, so the score maths runs on these and rounds
 * once, at the end.
 */
export class Ratio {
  static readonly ZERO = new Ratio(0n, 1n);
  static readonly ONE = new Ratio(1n, 1n);

  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  /** num / den, reduced. Throws on a zero denominator. */
  static of(num: bigint, den = 1n): Ratio {
    if (den === 0n) throw new RangeError('division by zero');
    const sign = den < 0n ? -1n : 1n;
    const g = gcd(num, den) || 1n;
    return new Ratio((sign * num) / g, (sign * den) / g);
  }

  /** A finite number exactly as it is written (its shortest decimal form): 0.1 is 1/10, not the double nearest it. */
  static fromNumber(value: number): Ratio {
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    const d = decimalOf(String(value));
    if (!d.digits) return Ratio.ZERO;
    const digits = BigInt(d.digits) * (d.neg ? -1n : 1n);
    const shift = d.exp - d.digits.length; // value = digits × 10^shift
    return shift >= 0 ? Ratio.of(digits * 10n ** BigInt(shift)) : Ratio.of(digits, 10n ** BigInt(-shift));
  }

  /** The inverse of `toString`: `"3/8"` or `"2"`. */
  static parse(text: string): Ratio {
    const match = /^(-?\d+)(?:\/(\d+))?$/.exec(text);
    if (!match) throw new RangeError(`not a ratio: "${text}"`);
    return Ratio.of(BigInt(match[1]!), BigInt(match[2] ?? '1'));
  }

  add(other: Ratio): Ratio {
    return Ratio.of(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  sub(other: Ratio): Ratio {
    return Ratio.of(this.num * other.den - other.num * this.den, this.den * other.den);
  }

  mul(other: Ratio): Ratio {
    return Ratio.of(this.num * other.num, this.den * other.den);
  }

  div(other: Ratio): Ratio {
    return Ratio.of(this.num * other.den, this.den * other.num);
  }

  /** Negative, 0 or positive as this is below, equal to or above `other`. */
  compare(other: Ratio): number {
    const diff = this.num * other.den - other.num * this.den;
    return diff < 0n ? -1 : diff > 0n ? 1 : 0;
  }

  max(other: Ratio): Ratio {
    return this.compare(other) >= 0 ? this : other;
  }

  /** Rounded to `decimals` places, halves away from zero, then as the double nearest that decimal. */
  round(decimals: number): number {
    const scale = 10n ** BigInt(decimals);
    const twice = 2n * (this.num < 0n ? -this.num : this.num) * scale;
    const rounded = (twice + this.den) / (2n * this.den); // floor(x + 1/2) on the magnitude
    return (this.num < 0n ? -1 : 1) * (Number(rounded) / Number(scale));
  }

  /** `"3/8"`, or `"2"` for a whole number: exact, and read back by `Ratio.parse`. */
  toString(): string {
    return this.den === 1n ? `${this.num}` : `${this.num}/${this.den}`;
  }

  /** The sum of `values` (0 for none). */
  static sum(values: readonly Ratio[]): Ratio {
    return values.reduce((acc, v) => acc.add(v), Ratio.ZERO);
  }
}
